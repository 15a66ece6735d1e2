/**
 * In what capacities a person acts on one change request, derived from their role grants
 * (seat-derived committee roles included) and the change request's own teams. Pure: the
 * server hands in the grants and the facts, the lifecycle and the abilities decide.
 */
import type { Capacity } from "@/domain/change-requests/lifecycle";

export type CrTeam = "IMPACT_ANALYSIS" | "JAD" | "UAT";

/** The roles that give a capacity on every change request of their consortium, and which. */
const BY_CONSORTIUM_ROLE = {
  CONSORTIUM_PROJECT_LEADER: "CPL",
  JAD_MEMBER: "JAD_MEMBER",
  CONSORTIUM_TECHNICAL_MANAGER: "DEVELOPER",
  MO_VENDOR_PROJECT_MANAGER: "DEVELOPER",
} as const satisfies Record<string, Capacity>;

/** Those roles: whoever holds one may have a task on any change request of the consortium (server/change-requests/tasks.ts). */
export const CONSORTIUM_CAPACITY_ROLES = Object.keys(BY_CONSORTIUM_ROLE) as (keyof typeof BY_CONSORTIUM_ROLE)[];

export interface ActingGrant {
  role: string;
  scope: { type: string; consortiumId?: string | null; lcsaId?: string | null; committeeId?: string | null };
}

export interface CrParties {
  authorId: string;
  consortiumId: string;
  /** The consortium's Executive Steering Committee. */
  escCommitteeId: string | null;
  /** The CCSAS Change Control Board. */
  ccbCommitteeId: string | null;
  team: readonly { team: CrTeam; userId: string }[];
}

/**
 * `lcsaInConsortium` answers for the LCSAs of the person's LCSA-scoped grants: a JAD member
 * named for an LCSA of this consortium is a JAD member here.
 */
export function capacitiesOf(actor: { id: string; grants: readonly ActingGrant[] }, cr: CrParties, lcsaInConsortium: (lcsaId: string) => boolean): Capacity[] {
  const inConsortium = (grant: ActingGrant) =>
    grant.scope.type === "STATEWIDE" ||
    (grant.scope.type === "CONSORTIUM" && grant.scope.consortiumId === cr.consortiumId) ||
    (grant.scope.type === "LCSA" && Boolean(grant.scope.lcsaId) && lcsaInConsortium(grant.scope.lcsaId!));
  const holds = (role: string, where: (grant: ActingGrant) => boolean) => actor.grants.some((grant) => grant.role === role && where(grant));
  const onCommittee = (committeeId: string | null) => (grant: ActingGrant) => Boolean(committeeId) && grant.scope.committeeId === committeeId;
  const onTeam = (team: CrTeam) => cr.team.some((member) => member.team === team && member.userId === actor.id);

  const capacities: Capacity[] = [];
  if (actor.id === cr.authorId) capacities.push("AUTHOR");
  const byConsortium = (capacity: Capacity) => CONSORTIUM_CAPACITY_ROLES.some((role) => BY_CONSORTIUM_ROLE[role] === capacity && holds(role, inConsortium));
  if (byConsortium("CPL")) capacities.push("CPL");
  if (holds("ESC_CHAIR", onCommittee(cr.escCommitteeId))) capacities.push("ESC_CHAIR");
  if (holds("CCB_MEMBER", onCommittee(cr.ccbCommitteeId))) capacities.push("CCB_MEMBER");
  if (byConsortium("JAD_MEMBER") || onTeam("JAD")) capacities.push("JAD_MEMBER");
  // Plan 3.1.5 item 4: "LCSA users will conduct UAT"; the CPL names them to the UAT team.
  if (onTeam("UAT")) capacities.push("UAT_TESTER");
  if (byConsortium("DEVELOPER")) capacities.push("DEVELOPER");
  if (onTeam("IMPACT_ANALYSIS")) capacities.push("IMPACT_TEAM");
  if (actor.grants.some((grant) => grant.role === "ADMINISTRATOR")) capacities.push("ADMINISTRATOR");
  return capacities;
}
