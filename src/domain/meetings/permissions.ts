import { definePermissions, type ResourceScope } from "@/lib/permissions";
import { chairsCommittee } from "@/domain/governance/committee-rules";

/** The chair runs the committee's meetings and keeps its minutes (Governance plan 2.9, 2.10); resource: the committee. */
export const meetingPermissions = definePermissions("meetings", {
  manage: (principal, resource?: ResourceScope) => chairsCommittee(principal, resource),
  manageMinutes: (principal, resource?: ResourceScope) => chairsCommittee(principal, resource),
});
