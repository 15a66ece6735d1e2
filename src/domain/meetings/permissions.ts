import { definePermissions, holdsRoleFor, type Principal, type ResourceScope } from "@/lib/permissions";
import { chairsCommittee } from "@/domain/governance/committee-rules";

/** A committee, with what decides who coordinates its papers: its consortium and its kind. */
export interface CommitteeScope extends ResourceScope {
  committeeKind?: string;
}

/**
 * Governance plan 2.10: "For the CASES ESC, the M&O Contract Manager will coordinate
 * development of meeting agendas and posting of minutes to the consortia websites", and
 * 5.1.3: the M&O Contract Manager is "a resource to both the ARS and CASES consortia ESC,
 * primarily in coordinating meeting agendas, publishing of minutes". So an M&O Contract
 * Manager of the committee's consortium shapes an ESC's agenda and keeps its minutes; the
 * meeting itself (schedule, attendance, start, motions) stays the chair's.
 */
function coordinatesEscPapers(principal: Principal, resource: CommitteeScope = {}): boolean {
  return (
    resource.committeeKind === "ESC" &&
    Boolean(resource.consortiumId) &&
    holdsRoleFor(principal, "MO_CONTRACT_MANAGER", { consortiumId: resource.consortiumId })
  );
}

/**
 * The chair runs the committee's meetings (Governance plan 2.1: the TSD Assistant Deputy
 * Director "serves as the Chairperson" of each ESC). That a TAB's or the CCB's chair runs its
 * meetings the same way is the product's rule: the plan says nothing of how they meet.
 * Resource: the committee.
 */
export const meetingPermissions = definePermissions("meetings", {
  manage: (principal, resource?: CommitteeScope) => chairsCommittee(principal, resource),
  /** The agenda: the chair's, and for an ESC also the M&O Contract Manager's (2.10, 5.1.3). */
  coordinateAgenda: (principal, resource?: CommitteeScope) => chairsCommittee(principal, resource) || coordinatesEscPapers(principal, resource),
  /** Drafting, editing and posting the minutes (2.10): the same people as the agenda. */
  manageMinutes: (principal, resource?: CommitteeScope) => chairsCommittee(principal, resource) || coordinatesEscPapers(principal, resource),
});
