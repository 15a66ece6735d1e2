import { auditActions } from "@/lib/audit-names";

export const referenceAudit = auditActions("reference", ["set_caseload_category"]);
