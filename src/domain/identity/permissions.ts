import { definePermissions, type ResourceScope } from "@/lib/permissions";
import { administrators } from "@/domain/governance/committee-rules";

/** Invitations, accounts and role grants are the administrator's (DESIGN.md "Roles"). */
export const identityPermissions = definePermissions("identity", {
  manage: (principal, _resource?: ResourceScope) => administrators(principal),
  /** Everyone keeps their own password; nobody, an administrator included, changes another's. */
  changeOwnPassword: (principal, resource: { userId: string }) => principal.id === resource.userId || "You can change only your own password.",
});
