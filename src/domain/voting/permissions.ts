import { definePermissions, type ResourceScope } from "@/lib/permissions";
import { chairsCommittee } from "@/domain/governance/committee-rules";

/** Motions are put and closed by the committee's chair (DESIGN.md "Voting"); resource: the committee. */
export const votingPermissions = definePermissions("voting", {
  openMotion: (principal, resource?: ResourceScope) => chairsCommittee(principal, resource),
  closeMotion: (principal, resource?: ResourceScope) => chairsCommittee(principal, resource),
});
