import { definePermissions, type ResourceScope } from "@/lib/permissions";
import { administrators } from "@/domain/governance/committee-rules";

/** Invitations, accounts and role grants are the administrator's (DESIGN.md "Roles"). */
export const identityPermissions = definePermissions("identity", {
  manage: (principal, _resource?: ResourceScope) => administrators(principal),
});
