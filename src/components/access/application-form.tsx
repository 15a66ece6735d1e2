"use client";

import { useActionState } from "react";
import { useFlashingAction } from "@/components/forms/flash";
import type { FormAction } from "@/components/forms/form-action";
import { errorsFor, FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { LEGAL_AUTHORITIES } from "@/domain/access/letters";
import { APPLICATION_FIELD_LABELS as LABEL, applicationFormSchema, type ApplicationFormField, type ApplicationFormValues } from "@/domain/access/schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(applicationFormSchema);

type TextField = Exclude<ApplicationFormField, "authorities" | "usersRequested" | "signedOn">;

interface ApplicationFormProps {
  applicationId: string;
  version: number;
  saved: ApplicationFormValues;
  /** What stops the saved application from being submitted (applicationProblems). */
  problems: readonly { field: ApplicationFormField; message: string }[];
  today: string;
  action: FormAction;
}

/**
 * Appendix B, "CSE THIRD PARTY ACCESS APPLICATION", every field in the appendix's order, for the
 * Requestor (6.4). "Save the draft" keeps it; "Submit" sends it to the Process Manager, which
 * needs every field (the fax number excepted, the product's rule).
 */
export function ApplicationForm({ applicationId, version, saved, problems, today, action }: ApplicationFormProps) {
  const flashing = useFlashingAction(action);
  const [state, formAction, pending] = useActionState(flashing.action, null);
  const echoed = state && !state.ok ? state.values : undefined;
  const text = (name: TextField) => echoed?.[name] ?? saved[name];
  const chosen = echoed ? (echoed[field.authorities] ?? "").split(",").filter(Boolean) : saved.authorities;

  const line = (name: TextField, type = "text", hint?: string) => (
    <Field id={`application-${name}`} label={LABEL[name]} hint={hint} errors={errorsFor(state, name)}>
      {(aria) => <Input {...aria} name={name} type={type} defaultValue={text(name)} autoComplete="off" />}
    </Field>
  );
  const area = (name: TextField) => (
    <Field id={`application-${name}`} label={LABEL[name]} errors={errorsFor(state, name)}>
      {(aria) => <Textarea {...aria} name={name} rows={4} defaultValue={text(name)} />}
    </Field>
  );
  const authorityErrors = errorsFor(state, field.authorities);

  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name={field.applicationId} value={applicationId} />
      <input type="hidden" name={field.version} value={version} />

      {problems.length && (!state || state.ok) ? (
        <div className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          <p className="font-semibold">Still needed before you can submit:</p>
          <ul className="mt-1 list-disc pl-5">
            {problems.map((problem) => (
              <li key={problem.field}>
                <a href={`#application-${problem.field}`} className="text-amber-900 underline">
                  {problem.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <fieldset className="space-y-4">
        <legend className="mb-2 font-semibold text-slate-900">Requestor information</legend>
        {line("requestorName")}
        <div className="grid gap-4 md:grid-cols-2">
          {line("contactName")}
          {line("contactTitle")}
          {line("contactPhone", "tel")}
          {line("contactFax", "tel", "Optional: leave it empty if the office has no fax.")}
        </div>
        {line("contactEmail", "email")}
        <div className="grid gap-4 md:grid-cols-2">
          {line("isoName")}
          {line("isoTitle")}
          {line("isoPhone", "tel")}
          {line("isoEmail", "email")}
          {line("mouSignerName")}
          {line("mouSignerTitle")}
        </div>
      </fieldset>

      <fieldset className="space-y-2" aria-describedby={authorityErrors ? "application-authorities-error" : undefined}>
        <legend className="font-semibold text-slate-900">{LABEL.authorities}</legend>
        <p className="text-sm text-slate-600">
          Choose each law that authorizes disclosure of child support information to your organization (Third Party Access Process, section 2).
        </p>
        {LEGAL_AUTHORITIES.map((authority, index) => (
          <label key={authority.key} className="flex min-h-10 items-center gap-3 text-sm text-slate-900">
            <input
              id={index === 0 ? "application-authorities" : undefined}
              type="checkbox"
              name={field.authorities}
              value={authority.key}
              defaultChecked={chosen.includes(authority.key)}
              className="h-5 w-5"
            />
            {authority.text}
          </label>
        ))}
        {authorityErrors ? (
          <p id="application-authorities-error" className="text-sm font-medium text-red-700">
            {authorityErrors.join(" ")}
          </p>
        ) : null}
      </fieldset>

      {area("authorityDescription")}
      {area("purpose")}

      <div className="grid gap-4 md:grid-cols-2">
        <Field id="application-usersRequested" label={LABEL.usersRequested} errors={errorsFor(state, field.usersRequested)}>
          {(aria) => (
            <Input
              {...aria}
              name={field.usersRequested}
              inputMode="numeric"
              defaultValue={echoed?.usersRequested ?? (saved.usersRequested === null ? "" : String(saved.usersRequested))}
              className="sm:w-40"
            />
          )}
        </Field>
        <div />
        {line("signatureName", "text", "Typing your name signs the application for the Requestor.")}
        <Field id="application-signedOn" label={LABEL.signedOn} errors={errorsFor(state, field.signedOn)}>
          {(aria) => (
            <Input {...aria} name={field.signedOn} type="date" max={today} defaultValue={echoed?.signedOn ?? saved.signedOn ?? ""} className="sm:w-48" />
          )}
        </Field>
      </div>

      <div className="flex flex-wrap gap-3">
        <Button type="submit" name={field.intent} value="submit" disabled={pending}>
          {pending ? "Working…" : "Submit the application to DCSS"}
        </Button>
        <Button type="submit" variant="secondary" name={field.intent} value="save" disabled={pending}>
          Save the draft
        </Button>
      </div>
      <p className="text-sm text-slate-600">
        Submitting sends it to the Process Manager, who obtains DCSS Legal&apos;s review and the connectivity test (Third Party Access Process 6.5). You cannot
        change it afterwards.
      </p>
    </form>
  );
}
