import type { Role, Scope } from "@/domain/identity/roles";
import { ForbiddenError } from "@/lib/errors";

/**
 * The one answer to "may this user do this to this thing". Pages and commands ask it on
 * the server; navigation asks it to hide what a role may not use. Pure: the caller passes
 * the user's active role assignments and, where it matters, the resource's scope.
 */
export interface Grant {
  role: Role;
  scope: Scope;
}

export interface Principal {
  id: string;
  grants: readonly Grant[];
}

/** What a resource exposes for scope checks; every field is optional. */
export interface ResourceScope {
  consortiumId?: string | null;
  lcsaId?: string | null;
  committeeId?: string | null;
  organizationId?: string | null;
  /** People the resource itself names as its members (e.g. a workgroup's), for rules that let them act. */
  memberIds?: readonly string[];
}

type Rule = (principal: Principal, resource?: ResourceScope) => boolean;

const hasRole = (principal: Principal, ...roles: Role[]) =>
  principal.grants.some((grant) => roles.includes(grant.role));

const isAdmin: Rule = (principal) => hasRole(principal, "ADMINISTRATOR");
const signedIn: Rule = () => true;

/**
 * The committee's chair, or an administrator. The CCSAS Change Control Board has no chair
 * role here, so its members put and close its motions (a change request's CCB decision).
 */
const chairsCommittee: Rule = (principal, resource) =>
  isAdmin(principal) || holdsRoleFor(principal, "ESC_CHAIR", resource ?? {}) || holdsRoleFor(principal, "CCB_MEMBER", resource ?? {});

/**
 * Staff of the child support program: anyone holding a role other than a third-party
 * Requestor's. Change requests are internal to the program (Governance plan 3).
 */
const programStaff: Rule = (principal) => principal.grants.some((grant) => grant.role !== "REQUESTOR");

/**
 * Governance plan 2.4: "At the direction of the ESC or TAB, Ad Hoc Workgroups will be
 * established … Workgroup assignments will be made by the ESC or TAB". The ESC acts
 * through its chair; every TAB seat holder may act for the TAB (resource: the ESC or TAB).
 */
const directsWorkgroups: Rule = (principal, resource) =>
  chairsCommittee(principal, resource) || holdsRoleFor(principal, "TAB_MEMBER", resource ?? {});

/** Those who direct the workgroup, and its own members (resource.memberIds). */
const worksInWorkgroup: Rule = (principal, resource) =>
  directsWorkgroups(principal, resource) || (resource?.memberIds?.includes(principal.id) ?? false);

/**
 * The consortium's Consortium Project Leader. Asked without a consortium (navigation, a page
 * that then scopes each row), a CPL of any consortium.
 */
const leadsConsortium: Rule = (principal, resource) =>
  isAdmin(principal) ||
  (resource?.consortiumId ? holdsRoleFor(principal, "CONSORTIUM_PROJECT_LEADER", resource) : hasRole(principal, "CONSORTIUM_PROJECT_LEADER"));

/** Governance plan 5.1.1: the CPL reports to the ESC and the TAB, so they read the CPL's dashboard. */
const followsChangeRequests: Rule = (principal) =>
  isAdmin(principal) || hasRole(principal, "CONSORTIUM_PROJECT_LEADER", "ESC_CHAIR", "ESC_MEMBER", "TAB_MEMBER");

/**
 * Plan 5.1.1: the CPL escalates to the TSD Deputy/Assistant Deputy Director (who chairs the
 * ESC), who resolves or escalates to the DCSS Directorate. Which of them acts at which level
 * is src/domain/change-requests/escalation.ts.
 */
const worksEscalations: Rule = (principal, resource) =>
  leadsConsortium(principal, resource) || (resource?.committeeId ? holdsRoleFor(principal, "ESC_CHAIR", resource) : hasRole(principal, "ESC_CHAIR"));

const RULES = {
  "home.view": signedIn,
  "reference.read": signedIn,
  "governance.read": signedIn,
  "motion.open": chairsCommittee,
  "motion.close": chairsCommittee,
  // Meetings: schedule, agenda, materials, attendance, action items (Governance plan 2.9, 2.10).
  "meeting.manage": chairsCommittee,
  "minutes.manage": chairsCommittee,
  "workgroup.create": directsWorkgroups,
  "workgroup.manage": directsWorkgroups,
  "workgroup.contribute": worksInWorkgroup,
  "election.open": chairsCommittee,
  /** Electorate, schedule, counting and certification of an election of the committee. */
  "election.manage": chairsCommittee,
  /** Which LCSAs of an election's electorate have voted, and who cast each vote. */
  "election.turnout": (principal, resource) =>
    chairsCommittee(principal, resource) || holdsRoleFor(principal, "ESC_MEMBER", resource ?? {}) || holdsRoleFor(principal, "TAB_MEMBER", resource ?? {}),
  // Who may do what to one change request is the change-requests module's (src/domain/change-requests/abilities.ts).
  "changeRequest.read": programStaff,
  "changeRequest.create": programStaff,
  "reference.edit": isAdmin,
  "identity.manage": isAdmin,
  "audit.read": isAdmin,
  /** The outgoing e-mail: held, queued, failed and sent (it carries every notice's text). */
  "outbox.read": isAdmin,
  "cr.dashboard.view": followsChangeRequests,
  "cr.alert.manage": leadsConsortium,
  "cr.status_report.file": leadsConsortium,
  "cr.escalation.raise": leadsConsortium,
  "cr.escalation.act": worksEscalations,
  "cr.import": leadsConsortium,
  // Plan 3.1: the ESC sees "that priorities are properly established"; its chair keeps the order it agrees.
  "cr.rank": chairsCommittee,
} satisfies Record<string, Rule>;

export type Action = keyof typeof RULES;

export function can(principal: Principal | null, action: Action, resource?: ResourceScope): boolean {
  if (!principal) return false;
  return RULES[action](principal, resource);
}

export function assertCan(principal: Principal | null, action: Action, resource?: ResourceScope): void {
  if (!can(principal, action, resource)) {
    throw new ForbiddenError();
  }
}

/** True when one of the principal's grants of `role` covers the resource's scope. */
export function holdsRoleFor(principal: Principal, role: Role, resource: ResourceScope = {}): boolean {
  return principal.grants.some((grant) => {
    if (grant.role !== role) return false;
    const { scope } = grant;
    switch (scope.type) {
      case "STATEWIDE":
        return true;
      case "CONSORTIUM":
        return scope.consortiumId === resource.consortiumId;
      case "LCSA":
        return scope.lcsaId === resource.lcsaId;
      case "COMMITTEE":
        return scope.committeeId === resource.committeeId;
      case "ORGANIZATION":
        return scope.organizationId === resource.organizationId;
    }
  });
}
