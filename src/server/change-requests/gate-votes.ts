import "server-only";
import { californiaDayOf, columnOfDay } from "@/domain/calendar/day";
import { changeRequestAudit } from "@/domain/change-requests/audit-actions";
import { defaultReconsiderOn, gateVoteDeadline } from "@/domain/change-requests/gate-vote";
import { openedOnStep } from "@/domain/change-requests/gate-attribution";
import { crNumber, gateQuestion } from "@/domain/change-requests/labels";
import { GATE_LABELS, GATES, type Gate } from "@/domain/change-requests/lifecycle";
import type { AnyContext } from "@/lib/command";
import type { Tx } from "@/lib/db/client";
import { UserError } from "@/lib/errors";
import { placeOnNextAgenda } from "@/server/meetings/agenda";
import { notify } from "@/server/notifications/notify";
import { NoEligibleVotersError, openMotionInTx } from "@/server/voting/open-motion";
import { auditChangeRequest } from "@/server/change-requests/audit";
import { escOf, gateRunners } from "@/server/change-requests/people";
import { ccbCommitteeId } from "@/server/change-requests/snapshot";

export interface GateSubject {
  id: string;
  number: number;
  title: string;
  consortiumId: string;
  jad?: { recommendation: string | null } | null;
}

/** The agenda items of a change request carry this source type per purpose, so each is listed once. */
export const agendaSource = (purpose: Gate | "BACK_BRIEF" | "SUBCOMPONENT_REVIEW") => `ChangeRequest.${purpose}`;

export async function gateCommittee(tx: Tx, consortiumId: string, gate: Gate): Promise<string | null> {
  return GATES[gate].committee === "CCB" ? ccbCommitteeId(tx) : ((await escOf(tx, consortiumId))?.id ?? null);
}

/** A person opening the vote themselves, with the deadline they gave (else the gate's usual one); without it the lifecycle opens it on a step. */
export interface GateVoteOpening {
  deadline?: Date;
}

/**
 * Puts a gate before its committee: on the next meeting's agenda, and a motion of the
 * voting engine open at once (linked to that meeting when one is scheduled), whose result
 * moves the change request (gate-outcome.ts). A scheduled job has no one to open the motion
 * in its name, and a committee without voting members cannot vote: then the gate waits,
 * on the agenda, for the chair (or a CCB member) to open the vote from the change request,
 * with a deadline they choose (`opening`).
 */
export async function openGateVote(tx: Tx, ctx: AnyContext, cr: GateSubject, gate: Gate, now: Date, opening?: GateVoteOpening): Promise<string | null> {
  const committeeId = await gateCommittee(tx, cr.consortiumId, gate);
  if (!committeeId) throw new UserError(`There is no committee for the ${GATE_LABELS[gate]}; an administrator must set it up.`);
  const question = gateQuestion(gate, { number: cr.number, title: cr.title, recommendation: cr.jad?.recommendation });
  const agendaItemId = await placeOnNextAgenda(
    tx,
    committeeId,
    { title: question, presenter: "Consortium Project Leader", sourceType: agendaSource(gate), sourceId: cr.id },
    now,
  );
  const item = await tx.agendaItem.findUniqueOrThrow({ where: { id: agendaItemId }, select: { meeting: { select: { id: true, startsAt: true } } } });

  let motionId: string | null = null;
  // Product rule (gate-attribution.ts): a vote the lifecycle opens is credited to the step, not put in its person's name.
  const automatically = ctx.actor && !opening ? openedOnStep(gate, cr, ctx.actor.name) : undefined;
  if (ctx.actor) {
    try {
      const motion = await openMotionInTx(
        tx,
        ctx,
        {
          committeeId,
          question,
          deadline: opening?.deadline ?? gateVoteDeadline(now, item.meeting?.startsAt ?? null),
          openedAutomatically: automatically,
          options: GATES[gate].options,
          meetingId: item.meeting?.id,
          agendaItemId: item.meeting ? agendaItemId : undefined,
          subject: { type: "CHANGE_REQUEST_GATE", id: cr.id },
        },
        now,
      );
      motionId = motion.id;
    } catch (error) {
      // A committee with no voting member today cannot vote yet: the gate waits for the chair.
      // The engine refuses that before it writes anything; every other refusal stands.
      if (!(error instanceof NoEligibleVotersError)) throw error;
    }
  }

  if (motionId) {
    await tx.crGateMotion.create({ data: { motionId, changeRequestId: cr.id, gate, reconsiderOn: columnOfDay(defaultReconsiderOn(californiaDayOf(now))) } });
    await auditChangeRequest(tx, ctx, cr, {
      action: changeRequestAudit.open_gate_vote,
      summary: automatically ? `The ${GATE_LABELS[gate]} is open, opened automatically ${automatically}.` : `The ${GATE_LABELS[gate]} is open.`,
      after: { gate, motionId, agendaItemId, openedAutomatically: automatically ?? null },
    });
  } else {
    await auditChangeRequest(tx, ctx, cr, {
      action: changeRequestAudit.gate_vote_waiting,
      summary: `On the agenda for the ${GATE_LABELS[gate]}; the vote waits to be opened.`,
      after: { gate, agendaItemId },
    });
    await notify(tx, await gateRunners(tx, committeeId, gate === "CCB", now), {
      kind: "changeRequest.vote_waiting",
      subject: `${crNumber(cr.number)} waits for the ${GATE_LABELS[gate]}`,
      body: `${crNumber(cr.number)} “${cr.title}” is on the agenda for the ${GATE_LABELS[gate]}. Open the vote from the change request's page.`,
      link: `/change-requests/${cr.id}`,
      dedupeKey: `cr-vote-waiting-${cr.id}-${gate}-${agendaItemId}`,
    });
  }
  return motionId;
}

/** The gate's motion that is open now, if any. */
export async function openGateMotion(tx: Tx, crId: string) {
  return tx.crGateMotion.findFirst({ where: { changeRequestId: crId, motion: { status: "OPEN" } }, select: { motionId: true, gate: true } });
}
