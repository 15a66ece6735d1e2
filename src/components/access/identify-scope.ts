import { accessPermissions } from "@/domain/access/permissions";
import { can, type Principal } from "@/lib/permissions";

/**
 * Whether the person may identify a Requestor for at least one LCSA: accessPermissions.identify
 * asked of each LCSA their grants name (6.2: "the LCSA Director for that county"). It decides
 * whether the section shows "Identify a Requestor"; the form's counties are the server's
 * identificationCounties, and the command asks the permission again of the county chosen.
 */
export function identifiesSomewhere(principal: Principal): boolean {
  const lcsaIds = new Set(principal.grants.flatMap((grant) => (grant.scope.lcsaId ? [grant.scope.lcsaId] : [])));
  return [...lcsaIds].some((lcsaId) => can(principal, accessPermissions.identify, { lcsaId }));
}
