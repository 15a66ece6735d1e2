import { definePermissions, type ResourceScope } from "@/lib/permissions";
import { administrators } from "@/domain/governance/committee-rules";

export const auditPermissions = definePermissions("audit", {
  read: (principal, _resource?: ResourceScope) => administrators(principal),
});
