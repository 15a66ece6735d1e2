import "server-only";
import { changeRequestAudit } from "@/domain/change-requests/audit-actions";
import { GATE_LABELS, STATE_LABELS, transition, type CrEvent, type CrEventType, type CrState } from "@/domain/change-requests/lifecycle";
import { missingInitiation, missingJad, missingPackage, type Readiness } from "@/domain/change-requests/readiness";
import { columnOfDay } from "@/domain/calendar/day";
import type { Prisma } from "@/generated/prisma/client";
import type { AnyContext } from "@/lib/command";
import type { Tx } from "@/lib/db/client";
import { UserError } from "@/lib/errors";
import { auditChangeRequest } from "@/server/change-requests/audit";
import { applyEffects } from "@/server/change-requests/effects";
import { lockAndLoad, type LockedChangeRequest } from "@/server/change-requests/subject";

export interface Moved {
  id: string;
  number: number;
  from: CrState;
  to: CrState;
}

/**
 * Moves a change request through the lifecycle (src/domain/change-requests/lifecycle.ts),
 * inside the caller's transaction with its row locked: the domain decides whether the move
 * is allowed and where it leads; this writes the new state, audits it and carries out what
 * else the move requires (a gate's motion, an agenda item, telling the author).
 * It records its own audit event, before those of its effects, so the timeline reads in order.
 * `cr`: the change request as the command locked it, or its id to read it afresh (after the
 * command saved a form that the move's readiness must see).
 * `asSystem`: the move is a motion's result or a scheduled job, whoever closed the motion.
 */
export async function moveChangeRequest(
  tx: Tx,
  ctx: AnyContext,
  target: LockedChangeRequest | string,
  event: CrEvent,
  now: Date,
  options: { asSystem?: boolean } = {},
): Promise<Moved> {
  const cr = typeof target === "string" ? await lockAndLoad(tx, ctx, target) : target;
  const crId = cr.row.id;
  const capacities = options.asSystem ? (["SYSTEM"] as const) : cr.capacities;
  const result = transition(cr.snapshot, event, capacities);
  if (!result.ok) throw new UserError(result.reason, fieldErrorsFor(event, cr.snapshot.readiness));

  const from = cr.row.state;
  const to = result.to;
  const data: Prisma.ChangeRequestUncheckedUpdateInput = {
    state: to,
    stateChangedAt: now,
    version: { increment: 1 },
    updatedById: ctx.actor?.id ?? null,
  };
  // A draft withdrawn before it was ever submitted stays its author's (visibility.ts).
  if (event.type === "submit") data.submittedAt = now;
  if (to === "CLOSED") data.closedAt = now;
  if (event.type === "withdraw") data.withdrawnReason = event.reason.trim();
  if (event.type === "gate_decided" && to === "WITHDRAWN") data.withdrawnReason = `Withdrawn by the ${GATE_LABELS[event.gate]}.`;
  if (to === "DEFERRED") data.deferredFrom = from;
  if (event.type === "reconsider") {
    data.deferredFrom = null;
    data.reconsiderOn = null;
  }
  for (const effect of result.effects) {
    if (effect.type === "set_reconsider_on") data.reconsiderOn = columnOfDay(effect.date);
    if (effect.type === "route_to_policy_branch") data.policyRoutedAt = now;
  }
  await tx.changeRequest.update({ where: { id: crId }, data });

  await auditChangeRequest(tx, ctx, cr.row, {
    action: changeRequestAudit[event.type],
    summary: summaryOf(event, from, to),
    before: { state: from },
    after: {
      record: "changeRequest",
      version: cr.row.version + 1,
      state: to,
      ...(event.type === "withdraw" ? { reason: event.reason.trim() } : {}),
      ...(to === "DEFERRED" ? { reconsiderOn: data.reconsiderOn } : {}),
    },
  });
  const moved = { id: crId, number: cr.row.number, from, to };
  await applyEffects(tx, ctx, { ...cr.row, state: to }, result.effects, now);
  return moved;
}

const DONE: Record<CrEventType, string> = {
  submit: "Submitted",
  gate_decided: "Decided",
  submit_package: "Submitted the impact analysis package for the ESC's vote",
  flag_impact: "An impact on another CCSAS component was flagged at the Subcomponent Review",
  clear_subcomponent_review: "Cleared at the Subcomponent Review",
  submit_jad: "Submitted the JAD recommendation for the ESC's vote",
  start_uat: "Started user acceptance testing",
  release_without_uat: "Went to production release without user acceptance testing, as an emergency fix",
  pass_uat: "Finished user acceptance testing",
  close: "Closed",
  withdraw: "Withdrawn",
  reconsider: "Brought back from deferral",
};

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function summaryOf(event: CrEvent, from: CrState, to: CrState): string {
  const move = `${STATE_LABELS[from]} → ${STATE_LABELS[to]}`;
  if (event.type === "gate_decided") return `${capitalize(GATE_LABELS[event.gate])}: ${event.decision} (${move}).`;
  if (event.type === "withdraw") return `Withdrawn: ${event.reason.trim()} (${move}).`;
  return `${DONE[event.type]} (${move}).`;
}

/** Where a submission is refused for missing items, point at the form's fields. */
function fieldErrorsFor(event: CrEvent, readiness: Readiness): Record<string, string[]> | undefined {
  const missing =
    event.type === "submit"
      ? missingInitiation(readiness.initiation)
      : event.type === "submit_package" && readiness.package
        ? missingPackage(readiness.package)
        : event.type === "submit_jad" && readiness.jad
          ? missingJad(readiness.jad)
          : [];
  if (!missing.length) return undefined;
  return Object.fromEntries(missing.map((item) => [item.field, [`Needed before it can move on: ${item.message}.`]]));
}
