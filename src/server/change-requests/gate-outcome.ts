import "server-only";
import { californiaDayOf, dayOfNullable } from "@/domain/calendar/day";
import { changeRequestAudit } from "@/domain/change-requests/audit-actions";
import { defaultReconsiderOn } from "@/domain/change-requests/gate-vote";
import { crNumber } from "@/domain/change-requests/labels";
import { GATE_LABELS, GATES, type Gate } from "@/domain/change-requests/lifecycle";
import type { CommandContext, SystemContext } from "@/lib/context";
import type { Tx } from "@/lib/db/client";
import { notify } from "@/server/notifications/notify";
import type { DecidedMotion } from "@/server/voting/close-motion";
import { defineCommand, type PagePath } from "@/lib/command";
import { crNote } from "@/server/change-requests/audit";
import { gateCommittee } from "@/server/change-requests/gate-votes";
import { moveChangeRequest } from "@/server/change-requests/move";
import { gateRunners } from "@/server/change-requests/people";
import { decidedChangeRequestSubject, type LockedChangeRequest } from "@/server/change-requests/subject";
import type { CrAccess } from "@/domain/change-requests/permissions";

/**
 * What a closed gate motion decides (routed by src/server/decisions/handlers.ts): the
 * decided option moves the change request, as the SYSTEM, whoever closed the motion.
 *
 * No quorum or no majority decides nothing, nor does an option the gate no longer has (a
 * concept vote opened with "defer" before plan 3.1.1's two options were followed): the change request stays at its gate and the
 * chair (for the CCB, a member) opens the vote again from its page, typically at the next
 * meeting. A change request withdrawn while its vote was open is not moved by the result.
 * Neither case fails the close: the motion's result stands in any case.
 */
export async function applyGateOutcome(tx: Tx, ctx: CommandContext | SystemContext, motion: DecidedMotion, now: Date): Promise<readonly PagePath[]> {
  const link = await tx.crGateMotion.findUnique({ where: { motionId: motion.motionId }, select: { gate: true, changeRequestId: true, reconsiderOn: true } });
  if (!link) return [];
  const { paths } = await recordGateOutcome.inTx(
    tx,
    ctx,
    { crId: link.changeRequestId, gate: link.gate, reconsiderOn: dayOfNullable(link.reconsiderOn), motion },
    now,
  );
  return paths;
}

interface GateOutcomeInput {
  crId: string;
  gate: Gate;
  /** The date the chair set for a deferral, if any. */
  reconsiderOn: string | null;
  motion: DecidedMotion;
}

type GateOutcome = "ignored" | "undecided" | "moved";

/**
 * The result is the SYSTEM's, whoever closed the motion: no permission is asked (the
 * lifecycle checks the move as the SYSTEM). A decided gate's move records its own events.
 */
export const recordGateOutcome = defineCommand<GateOutcomeInput, LockedChangeRequest, CrAccess, GateOutcome, CommandContext | SystemContext>({
  name: changeRequestAudit.gate_decided,
  subject: decidedChangeRequestSubject,
  target: (input) => input.crId,
  permission: () => null,
  resource: (cr) => cr.access,
  system: true,
  async run({ tx, ctx, input, record: cr, now }) {
    const { gate, motion } = input;
    if (cr.row.state !== GATES[gate].state) return "ignored";
    const outcome = motion.result.outcome;
    if (outcome.kind !== "decided" || !(GATES[gate].options as readonly string[]).includes(outcome.option)) {
      const committeeId = await gateCommittee(tx, cr.row.consortiumId, gate);
      if (committeeId) {
        await notify(tx, await gateRunners(tx, committeeId, gate === "CCB", now), {
          kind: "changeRequest.vote_undecided",
          subject: `${crNumber(cr.row.number)}: the ${GATE_LABELS[gate]} reached no decision`,
          body: `${motion.result.explanation} Open the vote again from the change request's page when the committee can decide.`,
          link: `/change-requests/${cr.row.id}`,
        });
      }
      return "undecided";
    }
    const reconsiderOn = input.reconsiderOn ?? defaultReconsiderOn(californiaDayOf(now));
    await moveChangeRequest(tx, ctx, cr, { type: "gate_decided", gate, decision: outcome.option, reconsiderOn }, now, { asSystem: true });
    return "moved";
  },
  audit: ({ record: cr, input: { gate, motion }, result }) => {
    if (result === "ignored") {
      return crNote(cr.row, {
        action: changeRequestAudit.gate_result_ignored,
        summary: `The ${GATE_LABELS[gate]} closed. ${motion.result.explanation} The change request had already moved on, so the result changed nothing.`,
        after: { motionId: motion.motionId },
      });
    }
    if (result === "undecided") {
      return crNote(cr.row, {
        action: changeRequestAudit.gate_undecided,
        summary: `The ${GATE_LABELS[gate]} closed. ${motion.result.explanation} It stays at this step until a new vote is opened.`,
        after: { motionId: motion.motionId, outcome: motion.result.outcome.kind },
      });
    }
    return null;
  },
});
