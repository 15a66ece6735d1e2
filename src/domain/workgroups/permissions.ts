import { definePermissions, holdsRoleFor, type Principal, type ResourceScope } from "@/lib/permissions";
import { directsWorkgroups } from "@/domain/governance/committee-rules";

/**
 * Governance plan 2.5: "Each workgroup is supported by one or more CASES/ARS Business
 * Analyst(s). CASES/ARS Business Analysts are LCSA employees that report to the Consortium
 * Technical Manager"; 1.5: they give "day-to-day operational support to the Consortium
 * Technical Manager". So a Business Analyst of the workgroup's consortium may contribute to
 * it (record a recommendation, propose work).
 */
function supportsWorkgroups(principal: Principal, resource?: ResourceScope): boolean {
  return Boolean(resource?.consortiumId) && holdsRoleFor(principal, "CONSORTIUM_BUSINESS_ANALYST", { consortiumId: resource!.consortiumId });
}

/** Resource: the ESC or TAB that directs the workgroup, and the workgroup's own members. */
export const workgroupPermissions = definePermissions("workgroups", {
  create: (principal, resource?: ResourceScope) => directsWorkgroups(principal, resource),
  manage: (principal, resource?: ResourceScope) => directsWorkgroups(principal, resource),
  /** Those who direct the workgroup, its own members (resource.memberIds), and its consortium's Business Analysts. */
  contribute: (principal, resource?: ResourceScope) =>
    directsWorkgroups(principal, resource) || (resource?.memberIds?.includes(principal.id) ?? false) || supportsWorkgroups(principal, resource),
});
