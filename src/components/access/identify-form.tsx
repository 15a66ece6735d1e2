"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useState } from "react";
import type { FormAction, FormReducer } from "@/components/forms/form-action";
import { errorsFor, FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { useHydrated } from "@/components/use-hydrated";
import { invitationRefusal } from "@/domain/access/clocks";
import { identifySchema } from "@/domain/access/schemas";
import type { Day } from "@/domain/calendar/day";
import { formatDay } from "@/lib/format";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(identifySchema);

export interface IdentifyCounty {
  id: string;
  name: string;
  lcsa: string;
  conversionOn: Day | null;
  conversionIsDemo: boolean;
  /** Process 3 and 6.2 item 5: two months after the county's CSE conversion; null while it has not converted. */
  earliestInvitationOn: Day | null;
  /** The organizations already known in the county, offered as the name is typed. */
  organizations: string[];
}

/** When the invitation letter may go: the later of today and the county's earliest day. */
function earliestFor(county: IdentifyCounty | undefined, today: Day): Day | null {
  if (!county?.earliestInvitationOn) return null;
  return county.earliestInvitationOn > today ? county.earliestInvitationOn : today;
}

function invitationHint(county: IdentifyCounty | undefined, today: Day) {
  if (!county) return "Choose the county first: the earliest day depends on its CSE conversion.";
  if (!county.conversionOn || !county.earliestInvitationOn) {
    return `${county.name} County has no CSE conversion date recorded yet, so no invitation date can be given (Third Party Access Process 3).`;
  }
  const demo = county.conversionIsDemo ? " (a demonstration date)" : "";
  // Process 6.2 item 5: "Must be a minimum of two months after CSE conversion for the LCSA."
  if (county.earliestInvitationOn >= today) {
    return `The earliest allowed is ${formatDay(county.earliestInvitationOn)}: a minimum of two months after ${county.name} County's CSE conversion on ${formatDay(county.conversionOn)}${demo}.`;
  }
  // The product's rule: a letter cannot be sent on a day already past.
  return `${county.name} County converted to CSE on ${formatDay(county.conversionOn)}${demo}, more than two months ago: the earliest allowed is today, ${formatDay(today)}.`;
}

/**
 * Third Party Access Process 6.2: the LCSA Director's five items, one group each. The earliest
 * invitation day is shown for the county chosen, and a day before it is flagged as it is typed
 * with the command's own rule (invitationRefusal); the command decides on submit.
 */
export function IdentifyForm({ counties, action, today }: { counties: IdentifyCounty[]; action: FormAction; today: Day }) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(action as FormReducer, null);
  const ready = useHydrated() && !pending;
  const values = state && !state.ok ? state.values : undefined;
  const [countyId, setCountyId] = useState(values?.countyId ?? (counties.length === 1 ? counties[0]!.id : ""));
  // A sensible default (the product's): the earliest day the letter may go for the county first shown.
  const [invitationOn, setInvitationOn] = useState(
    () =>
      values?.invitationOn ??
      earliestFor(
        counties.find((candidate) => candidate.id === countyId),
        today,
      ) ??
      "",
  );
  const county = counties.find((candidate) => candidate.id === countyId);
  const earliest = earliestFor(county, today);

  useEffect(() => {
    if (state?.ok) router.push(`/access/applications/${(state.data as { id: string }).id}`);
  }, [state, router]);

  // Instant feedback from the command's rule; the command's own refusal, once sent, comes back as the field's error.
  const typedRefusal = county && /^\d{4}-\d{2}-\d{2}$/.test(invitationOn) ? invitationRefusal(invitationOn as Day, county.conversionOn) : null;
  const sentErrors = invitationOn === (values?.invitationOn ?? "") ? errorsFor(state, field.invitationOn) : undefined;
  const invitationErrors = sentErrors?.length ? sentErrors : typedRefusal ? [typedRefusal] : undefined;
  const datalist = county?.organizations.length ? "identify-organizations" : undefined;

  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormMessage state={state && !state.ok ? state : null} />

      <fieldset className="space-y-4">
        <legend className="mb-2 text-base font-semibold text-slate-900">1. The organization and the person to invite</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="identify-county" label="County" errors={errorsFor(state, field.countyId)}>
            {(aria) => (
              <Select {...aria} name={field.countyId} required value={countyId} onChange={(event) => setCountyId(event.target.value)}>
                {counties.length > 1 ? <option value="">Choose the county</option> : null}
                {counties.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.name} ({candidate.lcsa})
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field
            id="identify-organization"
            label="Organization"
            hint="As the User Account Allocation Guide names it, where it does (a superior court, a county agency)."
            errors={errorsFor(state, field.organizationName)}
          >
            {(aria) => (
              <>
                <Input
                  {...aria}
                  name={field.organizationName}
                  required
                  maxLength={200}
                  autoComplete="organization"
                  list={datalist}
                  defaultValue={values?.organizationName}
                />
                {datalist ? (
                  <datalist id={datalist}>
                    {county!.organizations.map((name) => (
                      <option key={name} value={name} />
                    ))}
                  </datalist>
                ) : null}
              </>
            )}
          </Field>
          <Field id="identify-invitee-name" label="Name of the person to invite" errors={errorsFor(state, field.inviteeName)}>
            {(aria) => <Input {...aria} name={field.inviteeName} required maxLength={120} autoComplete="off" defaultValue={values?.inviteeName} />}
          </Field>
          <Field id="identify-invitee-title" label="Their title" errors={errorsFor(state, field.inviteeTitle)}>
            {(aria) => <Input {...aria} name={field.inviteeTitle} required maxLength={120} autoComplete="off" defaultValue={values?.inviteeTitle} />}
          </Field>
          <Field id="identify-invitee-address" label="Their mailing address" errors={errorsFor(state, field.inviteeAddress)}>
            {(aria) => <Textarea {...aria} name={field.inviteeAddress} rows={3} required maxLength={500} defaultValue={values?.inviteeAddress} />}
          </Field>
          <Field
            id="identify-invitee-email"
            label="Their email address"
            hint="The invitation goes here, with a link to set up their account."
            errors={errorsFor(state, field.inviteeEmail)}
          >
            {(aria) => <Input {...aria} name={field.inviteeEmail} type="email" required autoComplete="off" defaultValue={values?.inviteeEmail} />}
          </Field>
        </div>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="mb-2 text-base font-semibold text-slate-900">2. The LCSA Third Party Access Coordinator</legend>
        <p className="text-sm text-slate-700">The contact person at the LCSA for all third-party access issues (Third Party Access Process 1.5).</p>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field id="identify-coordinator-name" label="Coordinator's name" errors={errorsFor(state, field.coordinatorName)}>
            {(aria) => <Input {...aria} name={field.coordinatorName} required maxLength={120} autoComplete="off" defaultValue={values?.coordinatorName} />}
          </Field>
          <Field id="identify-coordinator-title" label="Coordinator's title" errors={errorsFor(state, field.coordinatorTitle)}>
            {(aria) => <Input {...aria} name={field.coordinatorTitle} required maxLength={120} autoComplete="off" defaultValue={values?.coordinatorTitle} />}
          </Field>
          <Field id="identify-coordinator-contact" label="Coordinator's phone, email or address" errors={errorsFor(state, field.coordinatorContact)}>
            {(aria) => (
              <Input {...aria} name={field.coordinatorContact} required maxLength={500} autoComplete="off" defaultValue={values?.coordinatorContact} />
            )}
          </Field>
        </div>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="mb-2 text-base font-semibold text-slate-900">3. The LCSA System Administrator</legend>
        <p className="text-sm text-slate-700">Assigns the security role of each user account (Third Party Access Process 1.5).</p>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field id="identify-sysadmin-name" label="System Administrator's name" errors={errorsFor(state, field.sysadminName)}>
            {(aria) => <Input {...aria} name={field.sysadminName} required maxLength={120} autoComplete="off" defaultValue={values?.sysadminName} />}
          </Field>
          <Field id="identify-sysadmin-title" label="System Administrator's title" errors={errorsFor(state, field.sysadminTitle)}>
            {(aria) => <Input {...aria} name={field.sysadminTitle} required maxLength={120} autoComplete="off" defaultValue={values?.sysadminTitle} />}
          </Field>
          <Field id="identify-sysadmin-contact" label="System Administrator's phone, email or address" errors={errorsFor(state, field.sysadminContact)}>
            {(aria) => <Input {...aria} name={field.sysadminContact} required maxLength={500} autoComplete="off" defaultValue={values?.sysadminContact} />}
          </Field>
        </div>
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold text-slate-900">4 and 5. Accounts and the invitation</legend>
        <Field
          id="identify-accounts"
          label="User accounts you recommend"
          hint="How many of the organization's users should have CSE access. The Process Owner determines the number authorized."
          errors={errorsFor(state, field.recommendedAccounts)}
        >
          {(aria) => (
            <Input
              {...aria}
              name={field.recommendedAccounts}
              type="number"
              inputMode="numeric"
              min={1}
              required
              className="w-32"
              defaultValue={values?.recommendedAccounts}
            />
          )}
        </Field>
        <Field id="identify-invitation" label="Date the invitation letter should be sent" hint={invitationHint(county, today)} errors={invitationErrors}>
          {(aria) => (
            <Input
              {...aria}
              name={field.invitationOn}
              type="date"
              required
              min={earliest ?? today}
              className="w-48"
              value={invitationOn}
              onChange={(event) => setInvitationOn(event.target.value)}
            />
          )}
        </Field>
      </fieldset>

      <Button type="submit" disabled={!ready}>
        {pending ? "Sending…" : "Identify the Requestor"}
      </Button>
    </form>
  );
}
