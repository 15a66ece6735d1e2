"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useState, useTransition } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { useHydrated } from "@/components/use-hydrated";
import type { ActionResult } from "@/lib/action";

type Ballot = { choice: string | null; recusalReason: string | null };
type Result = ActionResult<{ id: string } & Ballot>;

interface BallotFormProps {
  motionId: string;
  options: string[];
  current: Ballot | null;
  onBehalfOf: string | null;
  action: (state: Result | null, data: FormData) => Promise<Result>;
}

/**
 * The vote: one choice (abstain included), or a recusal with its reason. Once a ballot is
 * recorded the form shows it (the choice checked, "Change my vote") in the same render as
 * the confirmation and the page's fresh roll call: the ballot is one statement that renders
 * no page (a whole committee votes at once), so the form then refreshes the page itself and
 * shows the answer only when the refreshed roll call arrives with it.
 */
export function BallotForm({ motionId, options, current, onBehalfOf, action }: BallotFormProps) {
  const [answer, formAction, pending] = useActionState(action, null);
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  // The answer is shown together with the page's refreshed data, in one transition.
  const [state, setState] = useState<Result | null>(null);
  useEffect(() => {
    if (!answer) return;
    startRefresh(() => {
      router.refresh();
      setState(answer);
    });
  }, [answer, router]);
  // What was just recorded is the newest word, until the page's own data catches up with it.
  const recorded: Ballot | null = state?.ok ? state.data : current;
  const [recusing, setRecusing] = useState(Boolean(current?.recusalReason));
  const busy = pending || refreshing;
  const ready = useHydrated() && !busy;
  // Keyed by the recorded ballot: React resets a form after its action, and the inputs then
  // start again from the ballot just recorded instead of from the page's earlier data.
  const shown = `${recorded?.choice ?? ""}|${recorded?.recusalReason ?? ""}`;
  return (
    <form action={formAction} className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="motionId" value={motionId} />
      {onBehalfOf ? <p className="text-sm text-slate-700">You vote as the designee of {onBehalfOf}.</p> : null}
      {!recusing ? (
        <fieldset key={shown}>
          <legend className="font-medium">Your vote</legend>
          <div className="mt-2 flex flex-wrap gap-3">
            {options.map((option) => (
              <label
                key={option}
                className="flex min-h-10 cursor-pointer items-center gap-2 rounded-md border border-slate-300 bg-white px-4 capitalize has-checked:border-brand-700 has-checked:bg-brand-50"
              >
                <input type="radio" name="choice" value={option} defaultChecked={recorded?.choice === option} required />
                {option}
              </label>
            ))}
          </div>
        </fieldset>
      ) : (
        <Field key={shown} id="recusalReason" label="Why you recuse yourself" hint="Your reason is shown to the committee with the roll call.">
          {(aria) => <Input {...aria} name="recusalReason" required defaultValue={recorded?.recusalReason ?? ""} />}
        </Field>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={!ready}>
          {busy ? "Recording…" : recorded ? "Change my vote" : recusing ? "Recuse" : "Vote"}
        </Button>
        <button type="button" className="text-sm text-brand-700 underline" onClick={() => setRecusing(!recusing)}>
          {recusing ? "Vote instead" : "Recuse myself instead"}
        </button>
      </div>
    </form>
  );
}
