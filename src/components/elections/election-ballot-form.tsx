"use client";

import { useActionState } from "react";
import { errorsFor, FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/use-hydrated";
import type { ActionResult } from "@/lib/action";
import { castElectionVoteSchema } from "@/domain/governance/election-schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(castElectionVoteSchema);

type Result = ActionResult<{ candidate: string; lcsa: string; changed: boolean }>;

interface BallotProps {
  contestId: string;
  seatTitle: string;
  lcsa: { lcsaId: string; lcsaName: string; nominationId: string | null; votedBy: string | null };
  candidates: { nominationId: string; name: string; lcsaName: string }[];
  action: (state: Result | null, data: FormData) => Promise<Result>;
}

/** One LCSA's vote for a seat: a radio group under a legend, usable with the keyboard alone. */
export function ElectionBallotForm({ contestId, seatTitle, lcsa, candidates, action }: BallotProps) {
  const [state, formAction, pending] = useActionState(action, null);
  const ready = useHydrated() && !pending;
  const errors = errorsFor(state, field.nominationId);
  const errorId = `ballot-${contestId}-${lcsa.lcsaId}-error`;
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name={field.contestId} value={contestId} />
      <input type="hidden" name={field.lcsaId} value={lcsa.lcsaId} />
      <fieldset aria-describedby={errors ? errorId : undefined}>
        <legend className="font-medium">
          The {lcsa.lcsaName} LCSA&apos;s vote for {seatTitle}
        </legend>
        {lcsa.votedBy ? <p className="text-sm text-slate-600">Voted by {lcsa.votedBy}; you can change it until voting closes.</p> : null}
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {candidates.map((candidate, index) => (
            <label
              key={candidate.nominationId}
              className="flex min-h-10 cursor-pointer items-center gap-2 rounded-md border border-slate-300 bg-white px-4 py-2 text-sm has-checked:border-brand-700 has-checked:bg-brand-50"
            >
              <input
                // The first choice carries the group's id: the error summary links to it.
                id={index === 0 ? `ballot-${contestId}-${lcsa.lcsaId}-choice` : undefined}
                type="radio"
                name={field.nominationId}
                value={candidate.nominationId}
                defaultChecked={lcsa.nominationId === candidate.nominationId}
                required
              />
              {candidate.name} ({candidate.lcsaName} LCSA)
            </label>
          ))}
        </div>
        {errors ? (
          <p id={errorId} className="mt-1 text-sm font-medium text-red-700">
            {errors.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <Button type="submit" disabled={!ready}>
        {pending ? "Recording…" : lcsa.nominationId ? "Change the vote" : "Vote"}
      </Button>
    </form>
  );
}
