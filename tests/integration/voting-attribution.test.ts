import { beforeAll, describe, expect, it } from "vitest";
import { crNumber } from "@/domain/change-requests/labels";
import { db } from "@/lib/db/client";
import { getChangeRequestActivity } from "@/server/change-requests/activity";
import { getChangeRequestDetail } from "@/server/change-requests/detail";
import { createChangeRequest } from "@/server/change-requests/initiation";
import { reopenGateVote } from "@/server/change-requests/steps";
import { closeMotionAndDecide } from "@/server/decisions/close-motion";
import { castBallot } from "@/server/voting/cast-ballot";
import { getMotion } from "@/server/voting/queries";
import { changeRequestWorld, COMPLETE_INITIATION, type ChangeRequestWorld } from "../support/change-request-world.ts";

let w: ChangeRequestWorld;
beforeAll(async () => {
  w = await changeRequestWorld(db);
});

async function submittedByTheCpl() {
  const { id } = await createChangeRequest(await w.as(w.cpl), { ...COMPLETE_INITIATION, kind: "ENHANCEMENT", consortiumId: w.ids.cases, intent: "submit" });
  const { number } = await db.changeRequest.findUniqueOrThrow({ where: { id }, select: { number: true } });
  const { motionId } = await db.crGateMotion.findFirstOrThrow({ where: { changeRequestId: id, motion: { status: "OPEN" } }, select: { motionId: true } });
  return { id, label: crNumber(number), motionId };
}

describe("who opened a gate vote", () => {
  it("a vote opened by the submission is credited to the step, alike on the motion, the change request's card, its timeline and the audit log", async () => {
    const cr = await submittedByTheCpl();
    const words = `when Pat Leader submitted ${cr.label}`;

    const motion = await getMotion(cr.motionId);
    expect(motion?.openedAutomatically).toBe(words);
    // Pat Leader advises the ESC (a TAB seat): the step was theirs, the question is not put in their name.
    expect(motion?.openedBy.name).toBe("Pat Leader");

    const detail = await getChangeRequestDetail(cr.id, (await w.as(w.chair)).actor);
    expect(detail?.gateVotes.map((vote) => vote.openedAutomatically)).toEqual([words]);

    const { timeline } = await getChangeRequestActivity(cr.id);
    expect(timeline.find((event) => event.action === "changeRequests.open_gate_vote")?.summary).toBe(
      `${cr.label}: The ESC concept vote is open, opened automatically ${words}.`,
    );
    const opened = await db.auditEvent.findFirstOrThrow({ where: { entityType: "Motion", entityId: cr.motionId, action: "voting.open_motion" } });
    expect(opened.summary).toContain(`Opened automatically ${words}`);
  });

  it("a vote the chair opens again after no decision is the chair's, with the deadline the chair gave", async () => {
    const cr = await submittedByTheCpl();
    await castBallot(await w.as(w.members[0]!), { motionId: cr.motionId, choice: "approve" });
    const closed = await closeMotionAndDecide(await w.as(w.chair), { motionId: cr.motionId });
    expect(closed.outcome).toEqual({ kind: "no_quorum" });

    const before = Date.now();
    const { motionId } = await reopenGateVote(await w.as(w.chair), { crId: cr.id, hoursOpen: 48 });
    const motion = await getMotion(motionId);
    expect(motion).toMatchObject({ openedAutomatically: null, openedBy: { name: "Casey Chair" } });
    const hours = (motion!.deadline.getTime() - before) / 3_600_000;
    expect(hours).toBeGreaterThan(47.9);
    expect(hours).toBeLessThan(48.1);

    const { timeline } = await getChangeRequestActivity(cr.id);
    const undecided = timeline.find((event) => event.action === "changeRequests.gate_undecided")?.summary;
    // Said once, as a sentence: not "reached no decision (No decision: …)".
    expect(undecided).toBe(
      `${cr.label}: The ESC concept vote closed. No decision: only 1 of 7 voted; quorum is 4. It stays at this step until a new vote is opened.`,
    );
  });
});
