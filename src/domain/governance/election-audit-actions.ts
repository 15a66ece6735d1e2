import { auditActions } from "@/lib/audit-names";

export const electionAudit = auditActions("elections", [
  "open",
  "set_electorate",
  "open_voting",
  "nominate",
  "withdraw_nomination",
  "cast_vote",
  "change_vote",
  "count",
  "certify",
]);
