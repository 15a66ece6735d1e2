import { auditActions } from "@/lib/audit-names";

/** Governance's own audit actions (elections have theirs: election-audit-actions.ts). */
export const governanceAudit = auditActions("governance", ["set_voting_rules"]);
