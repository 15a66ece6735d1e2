import { ForbiddenError } from "@/lib/errors";

/**
 * The scope engine: the one answer to "may this person do this to this thing". It knows
 * no module. Each module names its permissions and writes their rules in its own domain
 * folder (`src/domain/<module>/permissions.ts`) with `definePermissions`; pages, navigation
 * and commands ask `can` / `assertCan` with one of those permissions and the resource it
 * is about. Pure: the caller passes the person's active grants and the resource's scope.
 */
export type ScopeType = "STATEWIDE" | "CONSORTIUM" | "LCSA" | "COMMITTEE" | "ORGANIZATION";

export interface Scope {
  type: ScopeType;
  consortiumId?: string | null;
  lcsaId?: string | null;
  committeeId?: string | null;
  organizationId?: string | null;
}

/**
 * The roles are the identity module's: it registers their names by augmenting this
 * interface (`declare module "@/lib/permissions" { interface Register { role: Role } }`),
 * so grants are typed with them while the engine knows none.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by module augmentation
export interface Register {}
export type RoleName = Register extends { role: infer Role extends string } ? Role : string;

/** One role held within one scope. */
export interface Grant<Role extends string = RoleName> {
  role: Role;
  scope: Scope;
}

export interface Principal<Role extends string = RoleName> {
  id: string;
  grants: readonly Grant<Role>[];
}

/** What a resource exposes for scope checks; every field is optional. */
export interface ResourceScope {
  consortiumId?: string | null;
  lcsaId?: string | null;
  committeeId?: string | null;
  organizationId?: string | null;
  /** People the resource itself names as its members (e.g. a workgroup's), for rules that let them act. */
  memberIds?: readonly string[];
}

/**
 * A rule answers true (allowed), false (refused with the generic message) or a sentence
 * saying why not, which the person sees ("You cannot edit the package at this step.").
 */
export type Rule<R> = (principal: Principal, resource: R) => boolean | string;

/** A named permission: `<module>.<verb>`, with the rule that decides it. */
export interface Permission<R = ResourceScope | undefined, Name extends string = string> {
  readonly name: Name;
  readonly rule: Rule<R>;
}

/**
 * Names a module's permissions `<module>.<key>` and keeps each rule beside its name, so a
 * command, a page and the navigation all ask for the same typed thing.
 */
export function definePermissions<const Module extends string, const Rules extends Record<string, Rule<never>>>(
  module: Module,
  rules: Rules,
): { readonly [K in keyof Rules & string]: Permission<Parameters<Rules[K]>[1], `${Module}.${K}`> } {
  return Object.fromEntries(Object.entries(rules).map(([key, rule]) => [key, { name: `${module}.${key}`, rule }])) as never;
}

/** Why the principal may not, or null when they may. */
export function refusalOf<R>(principal: Principal | null, permission: Permission<R>, resource: R): string | null {
  if (!principal) return GENERIC_REFUSAL;
  const answer = permission.rule(principal, resource);
  if (answer === true) return null;
  return answer === false ? GENERIC_REFUSAL : answer;
}

export function can<R>(principal: Principal | null, permission: Permission<R>, ...resource: OptionalIfUndefined<R>): boolean {
  return refusalOf(principal, permission, resource[0] as R) === null;
}

export function assertCan<R>(principal: Principal | null, permission: Permission<R>, ...resource: OptionalIfUndefined<R>): void {
  const refusal = refusalOf(principal, permission, resource[0] as R);
  if (refusal) throw new ForbiddenError(refusal);
}

/** A permission whose resource may be left out is asked as `can(user, p)`. */
type OptionalIfUndefined<R> = undefined extends R ? [resource?: R] : [resource: R];

const GENERIC_REFUSAL = "You do not have permission to do that.";

/** The administrator holds every permission a person may hold (rules that are personal attestations say otherwise). */
export const ADMINISTRATOR = "ADMINISTRATOR";

export function hasRole(principal: Principal, ...roles: readonly string[]): boolean {
  return principal.grants.some((grant) => roles.includes(grant.role));
}

export const isAdministrator = (principal: Principal): boolean => hasRole(principal, ADMINISTRATOR);

/** True when one of the principal's grants of `role` covers the resource's scope. */
export function holdsRoleFor(principal: Principal, role: string, resource: ResourceScope = {}): boolean {
  return principal.grants.some((grant) => {
    if (grant.role !== role) return false;
    const { scope } = grant;
    switch (scope.type) {
      case "STATEWIDE":
        return true;
      case "CONSORTIUM":
        return scope.consortiumId === resource.consortiumId;
      case "LCSA":
        return scope.lcsaId === resource.lcsaId;
      case "COMMITTEE":
        return scope.committeeId === resource.committeeId;
      case "ORGANIZATION":
        return scope.organizationId === resource.organizationId;
    }
  });
}
