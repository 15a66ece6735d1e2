import "server-only";
import { californiaDay } from "@/domain/calendar/california-day";
import { defaultReconsiderOn } from "@/domain/change-requests/gate-vote";
import { crNumber } from "@/domain/change-requests/labels";
import { GATE_LABELS, GATES } from "@/domain/change-requests/lifecycle";
import type { CommandContext, SystemContext } from "@/lib/context";
import type { Tx } from "@/lib/db";
import { notify } from "@/server/notifications/notify";
import type { DecidedMotion } from "@/server/voting/outcomes";
import { auditChangeRequest } from "./audit";
import { lockForCommand } from "./command";
import { gateCommittee } from "./gate-votes";
import { moveChangeRequest } from "./move";
import { gateRunners } from "./people";
import { day } from "./snapshot";

/**
 * What a closed gate motion decides (registered in src/server/voting/outcomes.ts): the
 * decided option moves the change request, as the SYSTEM, whoever closed the motion.
 *
 * No quorum or no majority decides nothing: the change request stays at its gate and the
 * chair (for the CCB, a member) opens the vote again from its page, typically at the next
 * meeting. A change request withdrawn while its vote was open is not moved by the result.
 * Neither case fails the close: the motion's result stands in any case.
 */
export async function applyGateOutcome(tx: Tx, ctx: CommandContext | SystemContext, motion: DecidedMotion, now: Date): Promise<void> {
  const link = await tx.crGateMotion.findUnique({ where: { motionId: motion.motionId }, select: { gate: true, changeRequestId: true, reconsiderOn: true } });
  if (!link) return;
  const cr = await lockForCommand(tx, ctx, link.changeRequestId);
  const { gate } = link;

  if (cr.row.state !== GATES[gate].state) {
    await auditChangeRequest(tx, ctx, cr.row, {
      action: "gate_result_ignored",
      summary: `The ${GATE_LABELS[gate]} closed (${motion.result.explanation}), but the change request had already moved on, so the result changed nothing.`,
      after: { motionId: motion.motionId },
    });
    return;
  }

  if (motion.result.outcome.kind !== "decided") {
    await auditChangeRequest(tx, ctx, cr.row, {
      action: "gate_undecided",
      summary: `The ${GATE_LABELS[gate]} reached no decision (${motion.result.explanation}); it stays at this step until the vote is opened again.`,
      after: { motionId: motion.motionId, outcome: motion.result.outcome.kind },
    });
    const committeeId = await gateCommittee(tx, cr.row.consortiumId, gate);
    if (committeeId) {
      await notify(tx, await gateRunners(tx, committeeId, gate === "CCB", now), {
        kind: "changeRequest.vote_undecided",
        subject: `${crNumber(cr.row.number)}: the ${GATE_LABELS[gate]} reached no decision`,
        body: `${motion.result.explanation} Open the vote again from the change request's page when the committee can decide.`,
        link: `/change-requests/${cr.row.id}`,
      });
    }
    return;
  }

  const reconsiderOn = day(link.reconsiderOn) ?? defaultReconsiderOn(day(californiaDay(now))!);
  await moveChangeRequest(tx, ctx, cr.row.id, { type: "gate_decided", gate, decision: motion.result.outcome.option, reconsiderOn }, now, { asSystem: true, locked: cr });
}
