"use client";

import { useActionState, useEffect, useRef } from "react";
import { errorsFor, FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action";

/**
 * A form described as data, so server pages can lay out the CPL's small forms (alerts,
 * status reports, escalation steps) without a client component each. Errors show beside
 * each field, the user's input survives a refusal, and the form empties after a success.
 */
export type FieldSpec =
  | { kind: "text" | "date"; name: string; label: string; hint?: string; defaultValue?: string; width?: string }
  | { kind: "textarea"; name: string; label: string; hint?: string; defaultValue?: string; rows?: number }
  | { kind: "select"; name: string; label: string; hint?: string; defaultValue?: string; options: { value: string; label: string }[] }
  | { kind: "radio"; name: string; label: string; hint?: string; defaultValue?: string; options: { value: string; label: string }[] };

interface SpecFormProps<T> {
  action: (state: ActionResult<T> | null, data: FormData) => Promise<ActionResult<T>>;
  /** Prefix for element ids, unique on the page. */
  id: string;
  fields: FieldSpec[];
  hidden?: Record<string, string>;
  submitLabel: string;
  pendingLabel: string;
  variant?: "primary" | "secondary";
}

const TEXTAREA =
  "block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm aria-invalid:border-red-700 focus-visible:border-brand-600";

export function SpecForm<T>({ action, id, fields, hidden = {}, submitLabel, pendingLabel, variant = "primary" }: SpecFormProps<T>) {
  const [state, formAction, pending] = useActionState(action, null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  const values = state && !state.ok ? state.values : undefined;
  const value = (field: FieldSpec) => values?.[field.name] ?? field.defaultValue;
  return (
    <form ref={form} action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      {Object.entries(hidden).map(([name, hiddenValue]) => (
        <input key={name} type="hidden" name={name} value={hiddenValue} />
      ))}
      {fields.map((field) => {
        const fieldId = `${id}-${field.name}`;
        const errors = errorsFor(state, field.name);
        if (field.kind === "radio") {
          const errorId = errors?.length ? `${fieldId}-error` : undefined;
          return (
            <fieldset key={`${field.name}-${state ? "s" : ""}`} aria-describedby={errorId} className="space-y-1">
              <legend className="text-sm font-medium text-slate-800">{field.label}</legend>
              {field.hint ? <p className="text-sm text-slate-600">{field.hint}</p> : null}
              <div className="flex flex-wrap gap-x-5 gap-y-2">
                {field.options.map((option, index) => (
                  <label key={option.value} className="inline-flex min-h-10 items-center gap-2 text-sm">
                    {/* The first choice carries the group's id: the error summary links to it. */}
                    <input
                      id={index === 0 ? fieldId : undefined}
                      type="radio"
                      name={field.name}
                      value={option.value}
                      defaultChecked={value(field) === option.value}
                      className="size-4"
                    />
                    {option.label}
                  </label>
                ))}
              </div>
              {errorId ? (
                <p id={errorId} className="text-sm font-medium text-red-700">
                  {errors!.join(" ")}
                </p>
              ) : null}
            </fieldset>
          );
        }
        return (
          <Field key={field.name} id={fieldId} label={field.label} hint={field.hint} errors={errors}>
            {(aria) =>
              field.kind === "textarea" ? (
                <textarea {...aria} name={field.name} rows={field.rows ?? 4} defaultValue={value(field)} className={TEXTAREA} />
              ) : field.kind === "select" ? (
                <Select {...aria} name={field.name} defaultValue={value(field)}>
                  {field.options.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </Select>
              ) : (
                <Input {...aria} name={field.name} type={field.kind} defaultValue={value(field)} className={field.width ?? ""} />
              )
            }
          </Field>
        );
      })}
      <Button type="submit" variant={variant} disabled={pending}>
        {pending ? pendingLabel : submitLabel}
      </Button>
    </form>
  );
}
