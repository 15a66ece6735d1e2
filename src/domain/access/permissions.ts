import { definePermissions, holdsRoleFor, isAdministrator, type Principal, type ResourceScope } from "@/lib/permissions";

/**
 * Who may do what in third-party access: CCSAS Third Party Access Process v1.1, section 1.5
 * ("Roles and Responsibilities") and the procedures of sections 6 to 10. DCSS's roles are
 * statewide; the LCSA's are scoped to its LCSA, and a Requestor to its own organization.
 *
 * The product's rule: an administrator may read every application (to help people), but takes
 * no step of the process: approving access is kept to the roles the process names.
 */
export interface AccessResource {
  lcsaId: string;
  organizationId: string;
}

/** The DCSS roles of section 1.5, and the LCSA's. */
export const DCSS_ACCESS_ROLES = ["PROCESS_OWNER", "PROCESS_MANAGER", "DCSS_LEGAL", "CONTRACT_MANAGER", "INFRASTRUCTURE_MANAGER", "DCSS_ISO"] as const;
export const LCSA_ACCESS_ROLES = ["LCSA_DIRECTOR", "LCSA_DIRECTOR_DESIGNEE", "LCSA_TPA_COORDINATOR", "LCSA_SYSTEM_ADMINISTRATOR"] as const;

const dcss = (principal: Principal, ...roles: readonly string[]) => roles.some((role) => holdsRoleFor(principal, role));
const ofLcsa = (principal: Principal, resource: AccessResource, ...roles: readonly string[]) =>
  roles.some((role) => holdsRoleFor(principal, role, { lcsaId: resource.lcsaId }));
const requestorOf = (principal: Principal, resource: AccessResource) => holdsRoleFor(principal, "REQUESTOR", { organizationId: resource.organizationId });

const only = (allowed: boolean, who: string) => allowed || `Only ${who} can do this.`;

export const accessPermissions = definePermissions("access", {
  /** The queue and the tracking of applications: DCSS's roles, and an LCSA's for its own county (section 5: "the Process Owner, Process Manager, LCSA Directors, Requestors, Coordinators, Administrators can check at any time"). */
  queue: (principal, _resource?: ResourceScope) =>
    isAdministrator(principal) ||
    dcss(principal, ...DCSS_ACCESS_ROLES) ||
    principal.grants.some((grant) => (LCSA_ACCESS_ROLES as readonly string[]).includes(grant.role)) ||
    "Third-party access applications are for DCSS's access roles and each LCSA's Director, Coordinator and System Administrator.",
  /** One application: DCSS's roles, the LCSA's roles of its county, and the Requestor it concerns. */
  read: (principal, resource: AccessResource) =>
    isAdministrator(principal) ||
    dcss(principal, ...DCSS_ACCESS_ROLES) ||
    ofLcsa(principal, resource, ...LCSA_ACCESS_ROLES) ||
    requestorOf(principal, resource) ||
    "This application belongs to another county or organization.",
  /** 6.2: "DCSS will send invitation letters only to Requestors identified by the LCSA Director for that county." */
  identify: (principal, resource: { lcsaId: string }) =>
    holdsRoleFor(principal, "LCSA_DIRECTOR", resource) || "Only the LCSA Director of this county identifies a Requestor (Third Party Access Process 6.2).",
  /** 6.3 and 6.5: the Process Manager sends the invitation, obtains the reviews and forwards the application; 6.7: sends the approval package. */
  manage: (principal, _resource?: AccessResource) => only(dcss(principal, "PROCESS_MANAGER"), "the Process Manager (Third Party Access Process 6.3 to 6.7)"),
  /** 6.4 and Appendix B: the Requestor completes the application; 6.8: returns the signed MOU; 7.3: identifies its users. */
  apply: (principal, resource: AccessResource) =>
    requestorOf(principal, resource) || "Only the Requestor's own contact completes its application (Third Party Access Process 6.4).",
  /** 6.5 item 1 and section 1.5: DCSS Legal "Provides advice regarding statutory authority". */
  legalReview: (principal, _resource?: AccessResource) => only(dcss(principal, "DCSS_LEGAL"), "DCSS Legal (Third Party Access Process 6.5)"),
  /** 6.5 item 2, 7.1 and 7.2: the Infrastructure Manager tests connectivity, creates the office ID and evaluates the infrastructure. */
  infrastructure: (principal, _resource?: AccessResource) =>
    only(dcss(principal, "INFRASTRUCTURE_MANAGER"), "the Infrastructure Manager (Third Party Access Process 6.5, 7.1, 7.2)"),
  /** 6.6 and section 1.5: the Process Owner "Approves Requests", "Determines number of users accounts", "Signs MOU on behalf of DCSS". */
  decide: (principal, _resource?: AccessResource) => only(dcss(principal, "PROCESS_OWNER"), "the Process Owner (Third Party Access Process 6.6, 6.9)"),
  /** 7.3 and section 1.5: the LCSA System Administrator "Assigns security role for each user". */
  createAccounts: (principal, resource: AccessResource) =>
    holdsRoleFor(principal, "LCSA_SYSTEM_ADMINISTRATOR", { lcsaId: resource.lcsaId }) ||
    "Only this county's LCSA System Administrator sets up user accounts (Third Party Access Process 7.3).",
  /** The product's: the Process Manager, or the Director who identified it for the county, may withdraw an application. */
  withdraw: (principal, resource: AccessResource) =>
    dcss(principal, "PROCESS_MANAGER") ||
    holdsRoleFor(principal, "LCSA_DIRECTOR", { lcsaId: resource.lcsaId }) ||
    "Only the Process Manager or this county's LCSA Director can withdraw the application.",
  /** Section 8: "The DCSS ISO audits the Requestor … and sends audit findings". */
  audit: (principal, _resource?: AccessResource) => only(dcss(principal, "DCSS_ISO"), "the DCSS ISO (Third Party Access Process 8)"),
  /** Section 8: the Process Owner "coordinates with Requestor's Information Security Officer … to clear any negative audit findings". */
  clearFindings: (principal, _resource?: AccessResource) => only(dcss(principal, "PROCESS_OWNER"), "the Process Owner (Third Party Access Process 8)"),
  /** 10.1: "the DCSS Contract Manager notifies the Process Manager that the MOU is due for renewal". */
  renewalNotice: (principal, _resource?: AccessResource) => only(dcss(principal, "CONTRACT_MANAGER"), "the Contract Manager (Third Party Access Process 10.1)"),
  /** Section 9: the Process Owner "will survey all third party organizations that have been granted user accounts"; each answers through its Requestor. */
  answerSurvey: (principal, resource: AccessResource) =>
    requestorOf(principal, resource) || "Only the organization's Requestor answers the survey for it (Third Party Access Process 9).",
  /** 1.2, 1.6 and 9: the Process Owner reviews the process yearly and updates the guide. */
  ownProcess: (principal) => only(dcss(principal, "PROCESS_OWNER"), "the Process Owner (Third Party Access Process 1.2, 9)"),
  /** Section 3: each county's conversion date, which the invitation waits on, is reference data: the administrator's. */
  editConversions: (principal) => isAdministrator(principal) || "Only an administrator edits counties' conversion dates.",
});
