import { auditActions } from "@/lib/audit-names";

export const votingAudit = auditActions("voting", ["open_motion", "cast_ballot", "change_ballot", "close_motion", "name_designee", "withdraw_designee"]);
