import { beforeAll, describe, expect, it } from "vitest";
import { californiaInstant } from "@/domain/calendar/california-time";
import { db } from "@/lib/db/client";
import { createChangeRequest } from "@/server/change-requests/initiation";
import { saveImpactPackage } from "@/server/change-requests/impact-package";
import { nameTeam } from "@/server/change-requests/teams";
import { closeMotionAndDecide } from "@/server/decisions/close-motion";
import { addAgendaItem } from "@/server/meetings/agenda-items";
import { postMaterial } from "@/server/meetings/materials";
import { scheduleMeeting } from "@/server/meetings/meetings";
import { castBallot } from "@/server/voting/cast-ballot";
import { getMotionPapers } from "@/server/voting/motion-papers";
import { openMotion, openMotionInTx } from "@/server/voting/open-motion";
import { changeRequestWorld, COMPLETE_INITIATION, completePackage, type ChangeRequestWorld } from "../support/change-request-world.ts";

const PDF = new TextEncoder().encode("%PDF-1.7\n% a tiny test file\n");

/** California wall-clock time `days` from now at 10:00. */
function daysFromNow(days: number): Date {
  const day = new Date(Date.now() + days * 86_400_000).toLocaleDateString("en-CA", { timeZone: "America/Los_Angeles" });
  return californiaInstant(`${day}T10:00`)!;
}

let w: ChangeRequestWorld;
let meetingId: string;
beforeAll(async () => {
  w = await changeRequestWorld(db);
  // The ESC's next meeting, with its papers: gate votes opened from now on are moved at it.
  ({ id: meetingId } = await scheduleMeeting(await w.as(w.chair), {
    committeeId: w.ids.esc,
    kind: "REGULAR",
    title: "December ESC meeting",
    startsAt: daysFromNow(10),
    location: null,
  }));
  await postMaterial(await w.as(w.chair), { meetingId, agendaItemId: null, title: "Concept briefs", file: new File([PDF], "briefs.pdf") });
});

const openGateMotion = async (crId: string) =>
  (await db.crGateMotion.findFirstOrThrow({ where: { changeRequestId: crId, motion: { status: "OPEN" } }, select: { motionId: true } })).motionId;

describe("a motion's papers: what it decides, beside the vote", () => {
  it("a concept vote shows its change request's key facts and its meeting's materials", async () => {
    const cr = await createChangeRequest(await w.as(w.author), { ...COMPLETE_INITIATION, kind: "ENHANCEMENT", consortiumId: w.ids.cases, intent: "submit" });
    const papers = await getMotionPapers(await openGateMotion(cr.id));
    const number = (await db.changeRequest.findUniqueOrThrow({ where: { id: cr.id }, select: { number: true } })).number;
    expect(papers?.changeRequest).toMatchObject({
      id: cr.id,
      number,
      title: "Automate arrears notices",
      kind: "ENHANCEMENT",
      state: "SUBMITTED",
      levelOfEffort: "MEDIUM",
      consortium: { code: "CASES" },
      author: "Avery Author",
      gate: "CONCEPT",
      package: null,
      jad: null,
    });
    expect(papers?.meeting).toMatchObject({ id: meetingId, title: "December ESC meeting" });
    expect(papers?.meeting?.materials.map((material) => [material.title, material.file.fileName])).toEqual([["Concept briefs", "briefs.pdf"]]);
    expect(papers?.activity).toBeNull();
  });

  it("the package vote shows the impact analysis package's effort, elapsed weeks, cost and recommended solution", async () => {
    const cr = await createChangeRequest(await w.as(w.author), { ...COMPLETE_INITIATION, kind: "ENHANCEMENT", consortiumId: w.ids.cases, intent: "submit" });
    const concept = await openGateMotion(cr.id);
    for (const voter of [w.chair, ...w.members.slice(0, 3)]) await castBallot(await w.as(voter), { motionId: concept, choice: "approve" });
    await closeMotionAndDecide(await w.as(w.chair), { motionId: concept });
    const members = await Promise.all(
      w.members.map(async (member) => `${member.id}:${(await db.term.findFirstOrThrow({ where: { userId: member.id } })).lcsaId}`),
    );
    await nameTeam(await w.as(w.chair), { crId: cr.id, team: "IMPACT_ANALYSIS", members });
    await saveImpactPackage(await w.as(w.cpl), completePackage(cr.id, 0, []));

    const papers = await getMotionPapers(await openGateMotion(cr.id));
    expect(papers?.changeRequest).toMatchObject({
      state: "PACKAGE_VOTE",
      gate: "PACKAGE",
      package: { effortHours: 400, elapsedWeeks: 10, cost: 60_000, recommendedSolution: "A nightly batch job" },
    });
  });

  it("an agenda item's motion shows the item, linked to its meeting, with the meeting's materials", async () => {
    const item = await addAgendaItem(await w.as(w.chair), {
      meetingId,
      title: "Travel policy for ESC members",
      description: "Reimburse mileage at the state rate.",
      presenter: "Casey Chair",
    });
    const motion = await openMotion(await w.as(w.chair), { committeeId: w.ids.esc, question: "Adopt the travel policy?", hoursOpen: 2, agendaItemId: item.id });
    const papers = await getMotionPapers(motion.id);
    expect(papers).toMatchObject({
      changeRequest: null,
      activity: null,
      agendaItem: { id: item.id, title: "Travel policy for ESC members", description: "Reimburse mileage at the state rate.", meetingId },
      meeting: { id: meetingId },
    });
  });

  it("a workgroup's new activity shows the workgroup and the activity", async () => {
    const committee = await db.committee.create({
      data: { code: `WG-${crypto.randomUUID().slice(0, 6)}`, name: "Bankruptcy workgroup", kind: "AD_HOC_WORKGROUP" },
    });
    const workgroup = await db.workgroup.create({
      data: {
        committeeId: committee.id,
        parentCommitteeId: w.ids.esc,
        scope: "Bankruptcy law.",
        assumptions: "None.",
        communication: "Monthly.",
        schedule: "Three months.",
      },
    });
    const activity = await db.workgroupActivity.create({
      data: { workgroupId: workgroup.id, title: "Phase two", description: "Test the screens.", deadline: new Date("2027-03-01"), status: "PROPOSED" },
    });
    const ctx = await w.as(w.chair);
    const motion = await db.$transaction((tx) =>
      openMotionInTx(
        tx,
        ctx,
        { committeeId: w.ids.esc, question: "Approve the new activity?", deadline: daysFromNow(5), subject: { type: "WORKGROUP_ACTIVITY", id: activity.id } },
        new Date(),
      ),
    );
    const papers = await getMotionPapers(motion.id);
    expect(papers).toMatchObject({
      changeRequest: null,
      activity: {
        id: activity.id,
        title: "Phase two",
        description: "Test the screens.",
        deadline: "2027-03-01",
        workgroup: { id: workgroup.id, name: "Bankruptcy workgroup" },
      },
      agendaItem: null,
      meeting: null,
    });
  });

  it("a plain question has no papers but itself, and an unknown motion none at all", async () => {
    const motion = await openMotion(await w.as(w.chair), { committeeId: w.ids.esc, question: "Meet in person in January?", hoursOpen: 2 });
    expect(await getMotionPapers(motion.id)).toEqual({ changeRequest: null, activity: null, agendaItem: null, meeting: null });
    expect(await getMotionPapers(crypto.randomUUID())).toBeNull();
  });
});
