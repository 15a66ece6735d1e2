"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { CASELOAD_CATEGORIES } from "@/domain/reference/caseload";
import type { ActionResult } from "@/lib/action";

type Result = ActionResult<{ name: string; caseloadCategory: number }>;

export function CaseloadCategoryForm({
  lcsa,
  action,
}: {
  lcsa: { id: string; name: string; caseloadCategory: number; version: number };
  action: (state: Result | null, data: FormData) => Promise<Result>;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const chosen = state && !state.ok ? state.values?.caseloadCategory : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <div className="flex items-center gap-2">
        <input type="hidden" name="lcsaId" value={lcsa.id} />
        <input type="hidden" name="version" value={lcsa.version} />
        <Select
          // A new version (someone saved) resets the control to the stored value.
          key={`${lcsa.version}-${chosen ?? ""}`}
          id={`caseload-category-${lcsa.id}`}
          name="caseloadCategory"
          defaultValue={chosen ?? String(lcsa.caseloadCategory)}
          aria-label={`Caseload category for ${lcsa.name}`}
          className="w-20"
        >
          {CASELOAD_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {category}
            </option>
          ))}
        </Select>
        <Button type="submit" variant="secondary" disabled={pending} aria-label={`Save caseload category for ${lcsa.name}`}>
          {pending ? "Saving…" : "Save"}
        </Button>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
