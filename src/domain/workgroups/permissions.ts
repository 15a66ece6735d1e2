import { definePermissions, type ResourceScope } from "@/lib/permissions";
import { directsWorkgroups } from "@/domain/governance/committee-rules";

/** Resource: the ESC or TAB that directs the workgroup, and the workgroup's own members. */
export const workgroupPermissions = definePermissions("workgroups", {
  create: (principal, resource?: ResourceScope) => directsWorkgroups(principal, resource),
  manage: (principal, resource?: ResourceScope) => directsWorkgroups(principal, resource),
  /** Those who direct the workgroup, and its own members (resource.memberIds). */
  contribute: (principal, resource?: ResourceScope) => directsWorkgroups(principal, resource) || (resource?.memberIds?.includes(principal.id) ?? false),
});
