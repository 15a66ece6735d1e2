import { inSentence } from "@/lib/format";
/**
 * The roles of DESIGN.md "Roles", each held within a scope. Pure data and rules: the
 * database enum of the same name is kept equal to ROLES by a unit test.
 */
import type { Scope, ScopeType } from "@/lib/permissions";

export type { Scope, ScopeType };

/** The scopes a role is held within: the scope engine's (src/lib/permissions.ts), listed in the database enum's order. */
export const SCOPE_TYPES = ["STATEWIDE", "CONSORTIUM", "LCSA", "COMMITTEE", "ORGANIZATION"] as const satisfies readonly ScopeType[];

interface RoleDefinition {
  label: string;
  /** Scopes in which the role may be granted; the first is the usual one. */
  scopes: readonly ScopeType[];
  description: string;
}

export const ROLE_DEFINITIONS = {
  ADMINISTRATOR: { label: "Administrator", scopes: ["STATEWIDE"], description: "Invites users, grants roles, reads the audit log." },
  ESC_CHAIR: { label: "ESC chair", scopes: ["COMMITTEE"], description: "TSD Assistant Deputy Director; chairs the ESC and votes." },
  ESC_MEMBER: { label: "ESC member", scopes: ["COMMITTEE"], description: "Voting member of an Executive Steering Committee (one vote)." },
  TAB_MEMBER: { label: "TAB member", scopes: ["COMMITTEE"], description: "Technical Advisory Board: advises the ESC, never votes." },
  CCB_MEMBER: { label: "CCB member", scopes: ["COMMITTEE"], description: "Decides at the CCSAS Change Control Board." },
  JAD_MEMBER: { label: "JAD member", scopes: ["CONSORTIUM", "LCSA"], description: "Joint Application Development team member." },
  UAT_TESTER: { label: "UAT tester", scopes: ["LCSA", "CONSORTIUM"], description: "Runs user acceptance tests and signs off." },
  WORKGROUP_MEMBER: { label: "Workgroup member", scopes: ["COMMITTEE"], description: "Member of a standing or ad hoc workgroup." },
  CONSORTIUM_PROJECT_LEADER: {
    label: "Consortium Project Leader",
    scopes: ["CONSORTIUM"],
    description: "Tracks change requests, files status reports and alerts.",
  },
  CONSORTIUM_TECHNICAL_MANAGER: {
    label: "Consortium Technical Manager",
    scopes: ["CONSORTIUM"],
    description: "Manages the consortium's staff; identifies a change request's risks and impacts early (plan 5.1.2).",
  },
  CONSORTIUM_BUSINESS_ANALYST: {
    label: "Consortium Business Analyst",
    scopes: ["CONSORTIUM"],
    description: "Supports the workgroups, UAT and training; reports to the Consortium Technical Manager (plan 1.5, 2.5).",
  },
  TSD_DEPUTY_DIRECTOR: {
    label: "TSD Deputy or Assistant Deputy Director",
    scopes: ["STATEWIDE"],
    description: "Resolves the issues a CPL escalates, or escalates them to the DCSS Directorate (plan 5.1.1).",
  },
  DCSS_DIRECTORATE: {
    label: "DCSS Directorate",
    scopes: ["STATEWIDE"],
    description: "Decides the issues TSD escalates, with the CCSAS Project Leader (plan 5.1.1).",
  },
  CCSAS_PROJECT_LEADER: {
    label: "CCSAS Project Leader",
    scopes: ["STATEWIDE"],
    description: "Decides the issues TSD escalates, with the DCSS Directorate (plan 5.1.1).",
  },
  MO_VENDOR_PROJECT_MANAGER: {
    label: "M&O Vendor Project Manager",
    scopes: ["CONSORTIUM"],
    description: "Maintenance and operations vendor's project manager.",
  },
  MO_CONTRACT_MANAGER: {
    label: "M&O Contract Manager",
    scopes: ["CONSORTIUM"],
    description: "Manages the M&O contract and its deliverables; coordinates ESC agendas and minutes (plan 2.10, 5.1.3).",
  },
  LCSA_DIRECTOR: { label: "LCSA Director", scopes: ["LCSA"], description: "Director of a Local Child Support Agency." },
  LCSA_DIRECTOR_DESIGNEE: {
    label: "LCSA Director's designee",
    scopes: ["LCSA"],
    description: "Acts for an LCSA Director: may stand for the ESC and vote in its elections.",
  },
  LCSA_TPA_COORDINATOR: { label: "LCSA Third Party Access Coordinator", scopes: ["LCSA"], description: "Coordinates third-party access for an LCSA." },
  LCSA_SYSTEM_ADMINISTRATOR: { label: "LCSA System Administrator", scopes: ["LCSA"], description: "Sets up CSE user accounts for approved third parties." },
  PROCESS_OWNER: { label: "Process Owner", scopes: ["STATEWIDE"], description: "Approves third-party access and countersigns MOUs." },
  PROCESS_MANAGER: { label: "Process Manager", scopes: ["STATEWIDE"], description: "Works third-party access applications to a signed MOU." },
  DCSS_LEGAL: { label: "DCSS Legal", scopes: ["STATEWIDE"], description: "Reviews third-party access applications." },
  CONTRACT_MANAGER: { label: "Contract Manager", scopes: ["STATEWIDE"], description: "Manages MOUs and contracts." },
  INFRASTRUCTURE_MANAGER: { label: "Infrastructure Manager", scopes: ["STATEWIDE"], description: "Tests connectivity and creates office IDs." },
  DCSS_ISO: { label: "DCSS Information Security Officer", scopes: ["STATEWIDE"], description: "Audits third-party security." },
  REQUESTOR: { label: "Requestor", scopes: ["ORGANIZATION"], description: "Contact of a third-party organization asking for access." },
  QAPI_REVIEWER: { label: "QAPI reviewer", scopes: ["STATEWIDE", "LCSA"], description: "Reviews LCSA quality and performance." },
} as const satisfies Record<string, RoleDefinition>;

export type Role = keyof typeof ROLE_DEFINITIONS;

// The scope engine (src/lib/permissions.ts) types every grant with these roles.
declare module "@/lib/permissions" {
  interface Register {
    role: Role;
  }
}
export const ROLES = Object.keys(ROLE_DEFINITIONS) as Role[];

export function roleLabel(role: Role): string {
  return ROLE_DEFINITIONS[role].label;
}

/** Why a role cannot be granted in this scope, or null when it can. */
export function scopeProblem(role: Role, scope: Scope): string | null {
  const allowed: readonly ScopeType[] = ROLE_DEFINITIONS[role].scopes;
  if (!allowed.includes(scope.type)) {
    const names = allowed.map((type) => SCOPE_PHRASES[type]).join(" or ");
    return `${roleLabel(role)} is granted ${names}, not ${SCOPE_PHRASES[scope.type]}.`;
  }
  const target = SCOPE_TARGET[scope.type];
  if (target && !scope[target]) {
    return `Choose the ${inSentence(SCOPE_LABELS[scope.type])} for this role.`;
  }
  return null;
}

export const SCOPE_LABELS: Record<ScopeType, string> = {
  STATEWIDE: "Statewide",
  CONSORTIUM: "Consortium",
  LCSA: "LCSA",
  COMMITTEE: "Committee",
  ORGANIZATION: "Third-party organization",
};

/** A scope inside a sentence: "granted for an LCSA", "granted statewide". */
const SCOPE_PHRASES: Record<ScopeType, string> = {
  STATEWIDE: "statewide",
  CONSORTIUM: "for a consortium",
  LCSA: "for an LCSA",
  COMMITTEE: "for a committee",
  ORGANIZATION: "for a third-party organization",
};

/** The id column that names the scope's target, for scopes narrower than statewide. */
export const SCOPE_TARGET: Record<ScopeType, keyof Omit<Scope, "type"> | null> = {
  STATEWIDE: null,
  CONSORTIUM: "consortiumId",
  LCSA: "lcsaId",
  COMMITTEE: "committeeId",
  ORGANIZATION: "organizationId",
};

/** A scope as the role assignment's columns: the type and one target id, the rest null. */
export function scopeColumns(scope: Scope) {
  return {
    scopeType: scope.type,
    consortiumId: scope.consortiumId ?? null,
    lcsaId: scope.lcsaId ?? null,
    committeeId: scope.committeeId ?? null,
    organizationId: scope.organizationId ?? null,
  };
}
