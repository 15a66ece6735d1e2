import { definePermissions, type ResourceScope } from "@/lib/permissions";
import { chairsCommittee, signedIn, sitsOnCommittee } from "./committee-rules";

/** Committees, their seats and terms (Governance plan 2), and CASES ESC elections (2.8). */
export const governancePermissions = definePermissions("governance", {
  read: (principal, _resource?: ResourceScope) => signedIn(principal),
});

export const electionPermissions = definePermissions("elections", {
  open: (principal, resource?: ResourceScope) => chairsCommittee(principal, resource),
  /** Electorate, schedule, counting and certification of an election of the committee. */
  manage: (principal, resource?: ResourceScope) => chairsCommittee(principal, resource),
  /** Which LCSAs of an election's electorate have voted, and who cast each vote. */
  viewTurnout: (principal, resource?: ResourceScope) => sitsOnCommittee(principal, resource),
});
