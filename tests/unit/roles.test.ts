import { describe, expect, it } from "vitest";
import { ROLE_DEFINITIONS, ROLES, SCOPE_TARGET, SCOPE_TYPES, roleLabel, scopeProblem, type Role, type Scope, type ScopeType } from "@/domain/identity/roles";
import { Role as DbRole, ScopeType as DbScopeType } from "@/generated/prisma/enums";

/** A scope of `type` with its target id filled in. */
function scopeOf(type: ScopeType): Scope {
  const target = SCOPE_TARGET[type];
  expect(target).toBe(TARGET_OF[type]);
  return target ? { type, [target]: `${type.toLowerCase()}-1` } : { type };
}

describe("roles and the database enums", () => {
  it("ROLES are exactly the values of the Role enum in prisma/schema.prisma, in order", () => {
    expect(ROLES).toEqual(Object.values(DbRole));
  });

  it("SCOPE_TYPES are exactly the values of the ScopeType enum", () => {
    expect([...SCOPE_TYPES]).toEqual(Object.values(DbScopeType));
  });

  it("every role has a label, a description and at least one scope", () => {
    for (const role of ROLES) {
      const definition = ROLE_DEFINITIONS[role];
      expect(definition.label, role).not.toBe("");
      expect(definition.description, role).not.toBe("");
      expect(definition.scopes.length, role).toBeGreaterThan(0);
      expect(roleLabel(role)).toBe(definition.label);
    }
  });
});

/**
 * Where each role may be granted, written out from DESIGN.md "Roles" (each role is held
 * within a scope: a committee's seats, a consortium's project staff, an LCSA's people, the
 * statewide offices, a third-party organization's contact), not read from ROLE_DEFINITIONS.
 */
const GRANTED_IN: Record<Role, readonly ScopeType[]> = {
  ADMINISTRATOR: ["STATEWIDE"],
  ESC_CHAIR: ["COMMITTEE"],
  ESC_MEMBER: ["COMMITTEE"],
  TAB_MEMBER: ["COMMITTEE"],
  CCB_MEMBER: ["COMMITTEE"],
  JAD_MEMBER: ["CONSORTIUM", "LCSA"],
  UAT_TESTER: ["LCSA", "CONSORTIUM"],
  WORKGROUP_MEMBER: ["COMMITTEE"],
  CONSORTIUM_BUSINESS_ANALYST: ["CONSORTIUM"],
  TSD_DEPUTY_DIRECTOR: ["STATEWIDE"],
  DCSS_DIRECTORATE: ["STATEWIDE"],
  CCSAS_PROJECT_LEADER: ["STATEWIDE"],
  CONSORTIUM_PROJECT_LEADER: ["CONSORTIUM"],
  CONSORTIUM_TECHNICAL_MANAGER: ["CONSORTIUM"],
  MO_VENDOR_PROJECT_MANAGER: ["CONSORTIUM"],
  MO_CONTRACT_MANAGER: ["CONSORTIUM"],
  LCSA_DIRECTOR: ["LCSA"],
  LCSA_DIRECTOR_DESIGNEE: ["LCSA"],
  LCSA_TPA_COORDINATOR: ["LCSA"],
  LCSA_SYSTEM_ADMINISTRATOR: ["LCSA"],
  PROCESS_OWNER: ["STATEWIDE"],
  PROCESS_MANAGER: ["STATEWIDE"],
  DCSS_LEGAL: ["STATEWIDE"],
  CONTRACT_MANAGER: ["STATEWIDE"],
  INFRASTRUCTURE_MANAGER: ["STATEWIDE"],
  DCSS_ISO: ["STATEWIDE"],
  REQUESTOR: ["ORGANIZATION"],
  QAPI_REVIEWER: ["STATEWIDE", "LCSA"],
};

/** The id each narrower scope names, written out. */
const TARGET_OF: Record<ScopeType, string | null> = {
  STATEWIDE: null,
  CONSORTIUM: "consortiumId",
  LCSA: "lcsaId",
  COMMITTEE: "committeeId",
  ORGANIZATION: "organizationId",
};

describe("scopeProblem", () => {
  const cases = ROLES.flatMap((role) => SCOPE_TYPES.map((type) => [role, type] as const));

  it.each(cases)("%s in a %s scope is allowed exactly where the role is granted", (role, type) => {
    const problem = scopeProblem(role, scopeOf(type));
    if (GRANTED_IN[role].includes(type)) expect(problem).toBeNull();
    else
      expect(problem).toMatch(
        new RegExp(`^${escape(roleLabel(role))} is granted (statewide|for an? [^,]+)( or (statewide|for an? [^,]+))*, not (statewide|for an? .+)\\.$`),
      );
  });

  it("names the usual scope first: the first one a role is granted in", () => {
    for (const role of ROLES) expect(ROLE_DEFINITIONS[role].scopes[0], role).toBe(GRANTED_IN[role][0]);
  });

  it.each(cases.filter(([role, type]) => TARGET_OF[type] !== null && GRANTED_IN[role].includes(type)))(
    "%s in a %s scope needs the scope's target",
    (role, type) => {
      expect(scopeProblem(role, { type })).toMatch(/^Choose the /);
      expect(scopeProblem(role, { type, [TARGET_OF[type]!]: null })).toMatch(/^Choose the /);
      expect(scopeProblem(role, { type, [TARGET_OF[type]!]: "" })).toMatch(/^Choose the /);
    },
  );

  it("names the allowed scopes in its message", () => {
    expect(scopeProblem("LCSA_DIRECTOR", { type: "STATEWIDE" })).toBe("LCSA Director is granted for an LCSA, not statewide.");
    expect(scopeProblem("JAD_MEMBER", { type: "COMMITTEE", committeeId: "c" })).toBe(
      "JAD member is granted for a consortium or for an LCSA, not for a committee.",
    );
    expect(scopeProblem("ESC_MEMBER", { type: "COMMITTEE" })).toBe("Choose the committee for this role.");
    expect(scopeProblem("LCSA_DIRECTOR", { type: "LCSA" })).toBe("Choose the LCSA for this role.");
  });

  it("needs no target for a statewide role", () => {
    expect(scopeProblem("ADMINISTRATOR", { type: "STATEWIDE" })).toBeNull();
    expect(scopeProblem("QAPI_REVIEWER", { type: "STATEWIDE" })).toBeNull();
  });

  it("checks the target the scope type names, not another one", () => {
    const role: Role = "LCSA_DIRECTOR";
    expect(scopeProblem(role, { type: "LCSA", consortiumId: "x", committeeId: "y" })).toMatch(/^Choose the LCSA/);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
