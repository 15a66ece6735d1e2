import "server-only";
import type { TallyResult } from "@/domain/voting/tally";
import type { CommandContext, SystemContext } from "@/lib/context";
import type { Tx } from "@/lib/db";
import { applyGateOutcome } from "@/server/change-requests/gate-outcome";
import { applyActivityApproval } from "@/server/workgroups/approval-outcome";

export interface DecidedMotion {
  motionId: string;
  result: TallyResult;
}

/**
 * What a closed motion decides elsewhere in the product: each handler looks for the records
 * the motion was about (a workgroup's new activity, a change request's gate) and moves them,
 * in the transaction that closed the motion, so a result and its effect never disagree.
 */
export type MotionOutcomeHandler = (tx: Tx, ctx: CommandContext | SystemContext, motion: DecidedMotion, now: Date) => Promise<void>;

const HANDLERS: MotionOutcomeHandler[] = [applyActivityApproval, applyGateOutcome];

export async function applyMotionOutcome(tx: Tx, ctx: CommandContext | SystemContext, motion: DecidedMotion, now: Date): Promise<void> {
  for (const handler of HANDLERS) await handler(tx, ctx, motion, now);
}
