import "server-only";
import type { MotionSubjectType } from "@/generated/prisma/client";
import type { AnyContext, PagePath } from "@/lib/command";
import type { Tx } from "@/lib/db/client";
import { applyGateOutcome } from "@/server/change-requests/gate-outcome";
import type { DecidedMotion, DecisionHandler } from "@/server/voting/close-motion";
import { applyActivityApproval } from "@/server/workgroups/approval-outcome";

/**
 * Where each kind of decided motion goes: the composition above the modules. The voting
 * engine knows motions and ballots only; each subject's module knows what a result means
 * for its record. A subject that needs nothing beyond the result (an agenda item, whose
 * decision the minutes record from the motion, or a plain question) has no handler.
 * Typed as a Record so a new subject type does not compile until it is routed here.
 */
const HANDLERS: Record<MotionSubjectType, DecisionHandler | null> = {
  CHANGE_REQUEST_GATE: applyGateOutcome,
  WORKGROUP_ACTIVITY: applyActivityApproval,
  AGENDA_ITEM: null,
  QUESTION: null,
};

/** Applies the decision to its subject; answers the pages that show what it changed. */
export async function applyDecision(tx: Tx, ctx: AnyContext, motion: DecidedMotion, now: Date): Promise<readonly PagePath[]> {
  return (await HANDLERS[motion.subjectType]?.(tx, ctx, motion, now)) ?? [];
}
