"use client";

import { useState } from "react";
import { Field, Select } from "@/components/ui/field";
import { useHydrated } from "@/components/use-hydrated";
import { ROLE_DEFINITIONS, SCOPE_LABELS, SCOPE_TARGET, type Role, type ScopeType } from "@/domain/identity/roles";
import { grantRoleSchema } from "@/domain/identity/schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(grantRoleSchema);

export interface ScopeChoices {
  consortia: { id: string; name: string }[];
  lcsas: { id: string; name: string }[];
  committees: { id: string; name: string }[];
  organizations: { id: string; name: string }[];
}

const CHOICES_FOR: Record<ScopeType, keyof ScopeChoices | null> = {
  STATEWIDE: null,
  CONSORTIUM: "consortia",
  LCSA: "lcsas",
  COMMITTEE: "committees",
  ORGANIZATION: "organizations",
};

/**
 * Role, then scope: the scope types offered are those the role may be granted in
 * (src/domain/identity/roles.ts), so an impossible combination cannot be chosen.
 */
export function RoleScopePicker({ choices, errors }: { choices: ScopeChoices; errors?: Record<string, string[] | undefined> }) {
  const roles = Object.entries(ROLE_DEFINITIONS) as [Role, (typeof ROLE_DEFINITIONS)[Role]][];
  const hydrated = useHydrated();
  const [role, setRole] = useState<Role | "">("");
  const allowed: readonly ScopeType[] = role ? ROLE_DEFINITIONS[role].scopes : [];
  const [scopeType, setScopeType] = useState<ScopeType | "">("");
  const effectiveScope = scopeType && allowed.includes(scopeType) ? scopeType : (allowed[0] ?? "");
  const targetList = effectiveScope ? CHOICES_FOR[effectiveScope] : null;
  const targetField = effectiveScope ? SCOPE_TARGET[effectiveScope] : null;

  return (
    <div className="grid gap-4 sm:grid-cols-3">
      <Field id="role" label="Role" errors={errors?.role} hint={role ? ROLE_DEFINITIONS[role].description : undefined}>
        {(aria) => (
          <Select {...aria} name={field.role} value={role} required disabled={!hydrated} onChange={(event) => setRole(event.target.value as Role)}>
            <option value="">Choose a role…</option>
            {roles.map(([value, definition]) => (
              <option key={value} value={value}>
                {definition.label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="scopeType" label="Scope" errors={errors?.scopeType}>
        {(aria) => (
          <Select
            {...aria}
            name={field.scopeType}
            value={effectiveScope}
            disabled={!role}
            required
            onChange={(event) => setScopeType(event.target.value as ScopeType)}
          >
            {!role ? <option value="">Choose a role first</option> : null}
            {allowed.map((type) => (
              <option key={type} value={type}>
                {SCOPE_LABELS[type]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      {targetList && targetField ? (
        <Field id={targetField} label={SCOPE_LABELS[effectiveScope as ScopeType]} errors={errors?.[targetField]}>
          {(aria) => (
            <Select {...aria} name={targetField} required defaultValue="">
              <option value="">Choose…</option>
              {choices[targetList].map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {choice.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
      ) : null}
    </div>
  );
}
