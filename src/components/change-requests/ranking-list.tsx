"use client";

import { useActionState, useEffect } from "react";
import { CrLink } from "@/components/change-requests/cr-link";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/card";
import { STATE_LABELS, type CrState } from "@/domain/change-requests/lifecycle";
import { crName } from "@/domain/change-requests/labels";
import { criteriaMet, PRIORITY_CRITERIA, type RankMove } from "@/domain/change-requests/ranking";
import type { ActionResult } from "@/lib/action";
import { rankMoveSchema } from "@/domain/change-requests/cpl-work-schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(rankMoveSchema);

export interface RankingEntry {
  id: string;
  number: number;
  title: string;
  state: CrState;
  benefits: string[];
}

type Result = ActionResult<{ changeRequestId: string; move: RankMove; number: number; position: number | null }>;

interface RankingListProps {
  consortiumId: string;
  ranked: RankingEntry[];
  unranked: RankingEntry[];
  order: string;
  /** Only the ESC chair (or an administrator) gets the buttons. */
  editable: boolean;
  action: (state: Result | null, data: FormData) => Promise<Result>;
}

const CRITERION_SHORT: Record<string, string> = {
  CERTIFICATION_CCSAS: "Certification / CCSAS",
  PROGRAM_PERFORMANCE: "Performance",
  WORKER_PRODUCTIVITY: "Productivity",
};

const OPPOSITE: Record<RankMove, RankMove> = { up: "down", down: "up", top: "bottom", bottom: "top", add: "remove", remove: "add" };

/**
 * The ranked backlog as an ordered list. Each move is a button (so it works from the
 * keyboard and is announced); after a move, focus stays on the same button of the same
 * change request in its new place, and the outcome is read out.
 */
export function RankingList({ consortiumId, ranked, unranked, order, editable, action }: RankingListProps) {
  const [state, formAction, pending] = useActionState(action, null);
  useEffect(() => {
    if (!state?.ok) return;
    // Focus the same button of the moved change request, or (at an end, where it is
    // disabled) the opposite one, or its link: the keyboard user stays on what they moved.
    const { changeRequestId, move } = state.data;
    const candidates = [move, OPPOSITE[move]].map((name) => document.getElementById(`rank-${changeRequestId}-${name}`) as HTMLButtonElement | null);
    (candidates.find((button) => button && !button.disabled) ?? document.getElementById(`rank-${changeRequestId}-link`))?.focus();
  }, [state]);

  const moveButton = (entry: RankingEntry, move: RankMove, label: string, disabled = false) => (
    <button
      id={`rank-${entry.id}-${move}`}
      type="submit"
      name={field.move}
      value={move}
      disabled={disabled || pending}
      aria-label={`${label}: ${crName(entry)}`}
      className="min-h-10 min-w-10 rounded-md bg-white px-2 text-sm font-medium text-slate-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-50 disabled:cursor-not-allowed disabled:text-slate-400"
    >
      {label}
    </button>
  );

  const row = (entry: RankingEntry, index: number | null) => (
    <li key={entry.id} className="flex flex-wrap items-center gap-3 py-3">
      <span className="w-8 text-right text-lg font-semibold tabular-nums text-slate-700" aria-hidden="true">
        {index === null ? "–" : index + 1}
      </span>
      <div className="min-w-0 flex-1">
        <CrLink id={`rank-${entry.id}-link`} cr={entry} className="block font-medium" />
        <p className="mt-1 flex flex-wrap items-center gap-1 text-xs text-slate-600">
          {STATE_LABELS[entry.state]}
          {criteriaMet(entry.benefits).map((key) => (
            <Badge key={key} tone="blue">
              {CRITERION_SHORT[key]}
            </Badge>
          ))}
          {criteriaMet(entry.benefits).length === 0 ? <Badge>Meets none of the three criteria</Badge> : null}
        </p>
      </div>
      {editable ? (
        <form action={formAction} className="flex flex-wrap gap-1">
          <input type="hidden" name={field.consortiumId} value={consortiumId} />
          <input type="hidden" name={field.changeRequestId} value={entry.id} />
          <input type="hidden" name={field.expectedOrder} value={order} />
          {index === null ? (
            moveButton(entry, "add", "Add to the ranking")
          ) : (
            <>
              {moveButton(entry, "top", "Top", index === 0)}
              {moveButton(entry, "up", "Up", index === 0)}
              {moveButton(entry, "down", "Down", index === ranked.length - 1)}
              {moveButton(entry, "bottom", "Bottom", index === ranked.length - 1)}
              {moveButton(entry, "remove", "Unrank")}
            </>
          )}
        </form>
      ) : null}
    </li>
  );

  return (
    <div className="space-y-6">
      <div role="status" aria-live="polite" className="sr-only">
        {state?.ok ? state.message : ""}
      </div>
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      {state?.ok ? (
        <p className="text-sm text-green-900" aria-hidden="true">
          {state.message}
        </p>
      ) : null}
      <section aria-labelledby="ranked-heading">
        <h2 id="ranked-heading">Ranked ({ranked.length})</h2>
        {ranked.length ? (
          <ol aria-label="Ranked backlog, highest priority first" className="divide-y divide-slate-100">
            {ranked.map((entry, index) => row(entry, index))}
          </ol>
        ) : (
          <p className="mt-2 text-sm text-slate-600">Nothing is ranked yet.</p>
        )}
      </section>
      <section aria-labelledby="unranked-heading">
        <h2 id="unranked-heading">Not yet ranked ({unranked.length})</h2>
        {unranked.length ? (
          <ul className="divide-y divide-slate-100">{unranked.map((entry) => row(entry, null))}</ul>
        ) : (
          <p className="mt-2 text-sm text-slate-600">Every change request in the backlog is ranked.</p>
        )}
      </section>
      <p className="text-xs text-slate-600">Criteria: {PRIORITY_CRITERIA.map((criterion) => criterion.label).join("; ")}.</p>
    </div>
  );
}
