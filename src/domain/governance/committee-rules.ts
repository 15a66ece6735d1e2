import { holdsRoleFor, isAdministrator, type Principal, type ResourceScope } from "@/lib/permissions";

/**
 * Who acts for a committee, as rules the modules' permissions are made of (committees are
 * governance's: meetings, motions, elections and workgroups all belong to one).
 */
export type CommitteeRule = (principal: Principal, resource?: ResourceScope) => boolean;

export const signedIn: CommitteeRule = () => true;

export const administrators: CommitteeRule = (principal) => isAdministrator(principal);

/**
 * The committee's chair, or an administrator. The CCSAS Change Control Board has no chair
 * role here, so its members put and close its motions (a change request's CCB decision).
 */
export const chairsCommittee: CommitteeRule = (principal, resource = {}) =>
  isAdministrator(principal) || CHAIR_ROLES.some((role) => holdsRoleFor(principal, role, resource));

/** The roles `chairsCommittee` reads: the ESC's chair, and the CCB's members. */
const CHAIR_ROLES = ["ESC_CHAIR", "CCB_MEMBER"] as const;

/** The committees a person chairs by those roles (not as an administrator): where a task list looks for a chair's work. */
export function chairedCommitteeIds(principal: Principal): string[] {
  return principal.grants.flatMap((grant) =>
    (CHAIR_ROLES as readonly string[]).includes(grant.role) && grant.scope.type === "COMMITTEE" && grant.scope.committeeId ? [grant.scope.committeeId] : [],
  );
}

/**
 * Governance plan 2.4: "At the direction of the ESC or TAB, Ad Hoc Workgroups will be
 * established … Workgroup assignments will be made by the ESC or TAB". The ESC acts
 * through its chair; every TAB seat holder may act for the TAB (resource: the ESC or TAB).
 */
export const directsWorkgroups: CommitteeRule = (principal, resource = {}) =>
  chairsCommittee(principal, resource) || holdsRoleFor(principal, "TAB_MEMBER", resource);

/** The committee's chair, its voting members and its TAB seats (who advise), and administrators. */
export const sitsOnCommittee: CommitteeRule = (principal, resource = {}) =>
  chairsCommittee(principal, resource) || holdsRoleFor(principal, "ESC_MEMBER", resource) || holdsRoleFor(principal, "TAB_MEMBER", resource);

/**
 * Staff of the child support program: anyone holding a role other than a third-party
 * Requestor's. Change requests are internal to the program (Governance plan 3).
 */
export const programStaff: CommitteeRule = (principal) => principal.grants.some((grant) => grant.role !== "REQUESTOR");

/** The Director of the LCSA (resource: the LCSA). */
export const directsLcsa: CommitteeRule = (principal, resource = {}) => holdsRoleFor(principal, "LCSA_DIRECTOR", resource);

/** The LCSA's Director or the Director's designee: who speaks for it in an election (resource: the LCSA). */
export const representsLcsa: CommitteeRule = (principal, resource = {}) =>
  directsLcsa(principal, resource) || holdsRoleFor(principal, "LCSA_DIRECTOR_DESIGNEE", resource);
