import "server-only";
import { crNumber, DECISION_LABELS, KIND_LABELS } from "@/domain/change-requests/labels";
import { STATE_LABELS, type CrKind, type CrState, type Effect } from "@/domain/change-requests/lifecycle";
import { changeRequestAudit } from "@/domain/change-requests/audit-actions";
import type { AnyContext } from "@/lib/command";
import type { Tx } from "@/lib/db/client";
import { inSentence } from "@/lib/format";
import { placeOnNextAgenda } from "@/server/meetings/agenda";
import { notify } from "@/server/notifications/notify";
import { auditChangeRequest } from "@/server/change-requests/audit";
import { agendaSource, openGateVote, type GateSubject } from "@/server/change-requests/gate-votes";
import { committeePeople, escOf } from "@/server/change-requests/people";
import { ccbCommitteeId } from "@/server/change-requests/snapshot";

export interface EffectSubject extends GateSubject {
  authorId: string;
  kind: CrKind;
  state: CrState;
}

/** Carries out what a move requires besides the new state (the lifecycle's effects). */
export async function applyEffects(tx: Tx, ctx: AnyContext, cr: EffectSubject, effects: readonly Effect[], now: Date): Promise<void> {
  for (const effect of effects) {
    switch (effect.type) {
      case "open_gate_motion":
        await openGateVote(tx, ctx, cr, effect.gate, now);
        break;
      case "back_brief_agenda_item":
        await placeBackBrief(tx, ctx, cr, now);
        break;
      case "list_for_subcomponent_review":
        await listForSubcomponentReview(tx, ctx, cr, now);
        break;
      case "route_to_policy_branch":
        await routeToPolicyBranch(tx, ctx, cr);
        break;
      case "notify_author":
        await notify(tx, [cr.authorId], {
          kind: "changeRequest.decision",
          subject: `${crNumber(cr.number)} was ${DECISION_LABELS[effect.decision] ?? effect.decision}`,
          body: `The committee's vote on your change request ${crNumber(cr.number)} “${cr.title}” decided: ${effect.decision}. It is now: ${STATE_LABELS[cr.state]}.`,
          link: `/change-requests/${cr.id}`,
        });
        break;
      case "set_reconsider_on":
        // Written with the move itself (move.ts).
        break;
    }
  }
}

/**
 * Plan 3: "even in these emergency situations the ESC will be back-briefed on all such
 * emergency fixes to the application." The item goes on the ESC's next agenda at once.
 */
async function placeBackBrief(tx: Tx, ctx: AnyContext, cr: EffectSubject, now: Date) {
  const esc = await escOf(tx, cr.consortiumId);
  if (!esc) return;
  const agendaItemId = await placeOnNextAgenda(
    tx,
    esc.id,
    {
      title: `Back-brief: ${crNumber(cr.number)} “${cr.title}” (${inSentence(KIND_LABELS[cr.kind])})`,
      description: "Performed without prior ESC approval as an emergency fix or application defect; the ESC is back-briefed (Governance plan 3).",
      presenter: "Consortium Project Leader",
      sourceType: agendaSource("BACK_BRIEF"),
      sourceId: cr.id,
    },
    now,
  );
  await auditChangeRequest(tx, ctx, cr, {
    action: changeRequestAudit.back_brief_listed,
    summary: `Put on the agenda of the ${esc.name} for a back-brief.`,
    after: { agendaItemId },
  });
}

/**
 * Plan 2.1: the ESCs "address automation or technical issues only; policy discussions are
 * routed to the Policy Branch for research and resolution. The consortia ESCs address the
 * implementation of policy decisions in the automated system." The routing is recorded (the
 * date, with the move; this event on its timeline) and its author and the CPL are told;
 * no ESC vote opens.
 */
async function routeToPolicyBranch(tx: Tx, ctx: AnyContext, cr: EffectSubject) {
  await auditChangeRequest(tx, ctx, cr, {
    action: changeRequestAudit.route_to_policy_branch,
    summary: "Routed to the Policy Branch for research and resolution, as a policy question (Governance plan 2.1); the ESC does not vote on it.",
    after: { routedTo: "Policy Branch" },
  });
  const cpls = await tx.roleAssignment.findMany({
    where: { role: "CONSORTIUM_PROJECT_LEADER", OR: [{ scopeType: "STATEWIDE" }, { scopeType: "CONSORTIUM", consortiumId: cr.consortiumId }] },
    select: { userId: true },
  });
  await notify(tx, [...new Set([cr.authorId, ...cpls.map((grant) => grant.userId)])], {
    kind: "changeRequest.policy_branch",
    subject: `${crNumber(cr.number)} was routed to the Policy Branch`,
    body: `${crNumber(cr.number)} “${cr.title}” is a policy question, so it goes to the Policy Branch for research and resolution, not to an ESC vote (Governance plan 2.1). Once the Policy Branch decides, a new change request can carry out its decision in the system.`,
    link: `/change-requests/${cr.id}`,
  });
}

/**
 * Plan 3.1.3: "If the consortium CR does not impact any other CCSAS component, the CR is
 * added to a Monthly CCSAS Subcomponent Review meeting", where "the other system
 * representatives ... validate the CR to ensure it has no impact to other systems".
 * Product rule: it waits there until cleared or flagged (the plan makes the review no gate).
 */
async function listForSubcomponentReview(tx: Tx, ctx: AnyContext, cr: EffectSubject, now: Date) {
  const ccbId = await ccbCommitteeId(tx);
  if (!ccbId) return;
  const agendaItemId = await placeOnNextAgenda(
    tx,
    ccbId,
    {
      title: `Subcomponent Review: ${crNumber(cr.number)} “${cr.title}”`,
      presenter: "Consortium Project Leader",
      sourceType: agendaSource("SUBCOMPONENT_REVIEW"),
      sourceId: cr.id,
    },
    now,
  );
  await auditChangeRequest(tx, ctx, cr, {
    action: changeRequestAudit.subcomponent_review_listed,
    summary: "Listed for the monthly CCSAS Subcomponent Review.",
    after: { agendaItemId },
  });
  await notify(tx, await committeePeople(tx, [ccbId], now, { roles: ["CCB_MEMBER"] }), {
    kind: "changeRequest.subcomponent_review",
    subject: `${crNumber(cr.number)} is listed for the Subcomponent Review`,
    body: `${crNumber(cr.number)} “${cr.title}” found no impact on other CCSAS components. If it affects your component, flag the impact from its page; it then goes to the Change Control Board.`,
    link: `/change-requests/${cr.id}`,
  });
}
