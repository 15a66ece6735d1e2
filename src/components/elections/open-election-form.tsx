"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useState } from "react";
import { errorsFor, FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { useHydrated } from "@/components/use-hydrated";
import type { ActionResult } from "@/lib/action";
import type { CommitteeElections } from "@/server/elections/queries";
import { openElectionSchema } from "@/domain/governance/election-schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(openElectionSchema);

type Result = ActionResult<{ id: string }>;
type Defaults = NonNullable<CommitteeElections["defaults"]>;

const TIMES = [
  { name: field.nominationsCloseAt, label: "Nominations close" },
  { name: field.votingOpensAt, label: "Voting opens" },
  { name: field.votingClosesAt, label: "Voting closes" },
] as const;

/**
 * The chair opens an election: the June one for the seats whose terms end (the coming June
 * by default), or a special one for a vacant seat. Times are California time.
 */
export function OpenElectionForm({
  committeeId,
  defaults,
  action,
}: {
  committeeId: string;
  defaults: Defaults;
  action: (state: Result | null, data: FormData) => Promise<Result>;
}) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(action, null);
  // Until React runs, a click would be lost: the button waits for it.
  const ready = useHydrated() && !pending;
  const [kind, setKind] = useState<"REGULAR" | "SPECIAL">("REGULAR");
  const [year, setYear] = useState(String(defaults.year));
  useEffect(() => {
    if (state?.ok) router.push(`/elections/${state.data.id}`);
  }, [state, router]);
  const values = state && !state.ok ? state.values : undefined;
  const june = defaults.years.find((entry) => String(entry.year) === year);
  const times = kind === "SPECIAL" ? defaults.special : (june ?? defaults.years[0]!).schedule;
  const noVacancy = defaults.vacantSeats.length === 0;

  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state && !state.ok ? state : null} />
      <input type="hidden" name={field.committeeId} value={committeeId} />
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Kind of election</legend>
        <div className="mt-2 flex flex-wrap gap-3">
          <label className="flex min-h-10 cursor-pointer items-center gap-2 rounded-md border border-slate-300 bg-white px-4 text-sm has-checked:border-brand-700 has-checked:bg-brand-50">
            <input id="kind" type="radio" name={field.kind} value="REGULAR" checked={kind === "REGULAR"} onChange={() => setKind("REGULAR")} />
            June election
          </label>
          <label className="flex min-h-10 cursor-pointer items-center gap-2 rounded-md border border-slate-300 bg-white px-4 text-sm has-checked:border-brand-700 has-checked:bg-brand-50 has-disabled:cursor-not-allowed has-disabled:text-slate-500">
            <input type="radio" name={field.kind} value="SPECIAL" checked={kind === "SPECIAL"} onChange={() => setKind("SPECIAL")} disabled={noVacancy} />
            Special election for a vacant seat
          </label>
        </div>
        {noVacancy ? <p className="mt-1 text-sm text-slate-600">No seat is vacant today, so there is no special election to hold.</p> : null}
      </fieldset>
      {kind === "REGULAR" ? (
        <Field
          id="year"
          label="Year of the June election"
          hint={
            june
              ? june.seats.length
                ? `Seats up: ${june.seats.join(", ")} (their terms end June 30, ${year}). New terms start July 1.`
                : `No seat's term ends June 30, ${year}.`
              : "The seats whose terms end June 30 that year are put up."
          }
          errors={errorsFor(state, field.year)}
        >
          {(aria) => (
            <Input
              {...aria}
              name={field.year}
              type="number"
              min={2000}
              max={2100}
              required
              value={year}
              onChange={(event) => setYear(event.target.value)}
              className="w-32"
            />
          )}
        </Field>
      ) : (
        <Field id="seatId" label="Vacant seat" hint="The winner serves the rest of the seat's term." errors={errorsFor(state, field.seatId)}>
          {(aria) => (
            <Select {...aria} name={field.seatId} required defaultValue={values?.seatId ?? defaults.vacantSeats[0]?.id}>
              {defaults.vacantSeats.map((seat) => (
                <option key={seat.id} value={seat.id}>
                  {seat.title}
                </option>
              ))}
            </Select>
          )}
        </Field>
      )}
      <div className="grid gap-4 sm:grid-cols-3" key={kind === "SPECIAL" ? "special" : (june?.year ?? "other")}>
        {TIMES.map(({ name, label }) => (
          <Field key={name} id={name} label={label} hint="Pacific time" errors={errorsFor(state, name)}>
            {(aria) => <Input {...aria} name={name} type="datetime-local" required defaultValue={values?.[name] ?? times[name]} />}
          </Field>
        ))}
      </div>
      <Button type="submit" disabled={!ready}>
        {pending ? "Opening…" : "Open the election"}
      </Button>
    </form>
  );
}
