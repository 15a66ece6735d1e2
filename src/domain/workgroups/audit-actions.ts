import { auditActions } from "@/lib/audit-names";

export const workgroupAudit = auditActions("workgroups", [
  "create",
  "add_member",
  "remove_member",
  "propose_activity",
  "recommend",
  "complete_activity",
  "elevate",
  "dissolve",
  "activity_approved",
  "activity_rejected",
]);
