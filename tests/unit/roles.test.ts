import { describe, expect, it } from "vitest";
import {
  ROLE_DEFINITIONS,
  ROLES,
  SCOPE_TARGET,
  SCOPE_TYPES,
  roleLabel,
  scopeProblem,
  type Role,
  type Scope,
  type ScopeType,
} from "@/domain/identity/roles";
import { Role as DbRole, ScopeType as DbScopeType } from "@/generated/prisma/enums";

/** A scope of `type` with its target id filled in. */
function scopeOf(type: ScopeType): Scope {
  const target = SCOPE_TARGET[type];
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

describe("scopeProblem", () => {
  const cases = ROLES.flatMap((role) => SCOPE_TYPES.map((type) => [role, type] as const));

  it.each(cases)("%s in a %s scope is allowed exactly when the role lists that scope", (role, type) => {
    const allowed = (ROLE_DEFINITIONS[role].scopes as readonly ScopeType[]).includes(type);
    const problem = scopeProblem(role, scopeOf(type));
    if (allowed) expect(problem).toBeNull();
    else expect(problem).toMatch(new RegExp(`^${escape(roleLabel(role))} is granted for a .+, not for a `));
  });

  it.each(
    cases.filter(([role, type]) => SCOPE_TARGET[type] !== null && (ROLE_DEFINITIONS[role].scopes as readonly ScopeType[]).includes(type)),
  )("%s in a %s scope needs the scope's target", (role, type) => {
    expect(scopeProblem(role, { type })).toMatch(/^Choose the /);
    expect(scopeProblem(role, { type, [SCOPE_TARGET[type]!]: null })).toMatch(/^Choose the /);
    expect(scopeProblem(role, { type, [SCOPE_TARGET[type]!]: "" })).toMatch(/^Choose the /);
  });

  it("names the allowed scopes in its message", () => {
    expect(scopeProblem("LCSA_DIRECTOR", { type: "STATEWIDE" })).toBe("LCSA Director is granted for a lcsa, not for a statewide.");
    expect(scopeProblem("JAD_MEMBER", { type: "COMMITTEE", committeeId: "c" })).toBe(
      "JAD member is granted for a consortium or lcsa, not for a committee.",
    );
    expect(scopeProblem("ESC_MEMBER", { type: "COMMITTEE" })).toBe("Choose the committee for this role.");
  });

  it("needs no target for a statewide role", () => {
    expect(scopeProblem("ADMINISTRATOR", { type: "STATEWIDE" })).toBeNull();
    expect(scopeProblem("QAPI_REVIEWER", { type: "STATEWIDE" })).toBeNull();
  });

  it("checks the target the scope type names, not another one", () => {
    const role: Role = "LCSA_DIRECTOR";
    expect(scopeProblem(role, { type: "LCSA", consortiumId: "x", committeeId: "y" })).toMatch(/^Choose the lcsa/);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
