"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { editConversionSchema, MAX_CONVERSION_WAVE } from "@/domain/access/conversion-schemas";
import type { ActionResult } from "@/lib/action";
import { fieldsOf } from "@/lib/form-fields";

type Result = ActionResult<{ name: string }>;
const field = fieldsOf(editConversionSchema);
const WAVES = Array.from({ length: MAX_CONVERSION_WAVE }, (_, index) => index + 1);

/** One county's CSE conversion date and wave (Third Party Access Process 3), saved on its own. */
export function CountyConversionForm({
  county,
  action,
}: {
  county: { id: string; name: string; cseConversionOn: string | null; conversionWave: number | null; version: number };
  action: (state: Result | null, data: FormData) => Promise<Result>;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const kept = state && !state.ok ? state.values : undefined;
  const dateId = `conversion-on-${county.id}`;
  const waveId = `conversion-wave-${county.id}`;
  return (
    <form action={formAction} className="flex flex-col gap-2" noValidate>
      <div className="flex flex-wrap items-end gap-2">
        <input type="hidden" name={field.countyId} value={county.id} />
        <input type="hidden" name={field.version} value={county.version} />
        <div>
          <label htmlFor={dateId} className="block text-xs font-medium text-slate-700">
            Conversion date
          </label>
          <Input
            // A new version (someone saved) resets the controls to the stored values.
            key={`date-${county.version}-${kept?.[field.cseConversionOn] ?? ""}`}
            id={dateId}
            type="date"
            name={field.cseConversionOn}
            min="2000-01-01"
            max="2100-12-31"
            defaultValue={kept?.[field.cseConversionOn] ?? county.cseConversionOn ?? ""}
            aria-label={`CSE conversion date for ${county.name}`}
            className="w-40"
          />
        </div>
        <div>
          <label htmlFor={waveId} className="block text-xs font-medium text-slate-700">
            Wave
          </label>
          <Select
            key={`wave-${county.version}-${kept?.[field.conversionWave] ?? ""}`}
            id={waveId}
            name={field.conversionWave}
            defaultValue={kept?.[field.conversionWave] ?? (county.conversionWave === null ? "" : String(county.conversionWave))}
            aria-label={`Conversion wave for ${county.name}`}
            className="w-24"
          >
            <option value="">None</option>
            {WAVES.map((wave) => (
              <option key={wave} value={wave}>
                {wave}
              </option>
            ))}
          </Select>
        </div>
        <Button type="submit" variant="secondary" disabled={pending} aria-label={`Save the conversion of ${county.name}`}>
          {pending ? "Saving…" : "Save"}
        </Button>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
