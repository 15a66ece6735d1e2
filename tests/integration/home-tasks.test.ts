import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createChangeRequest } from "@/server/change-requests/initiation";
import { saveImpactPackage } from "@/server/change-requests/impact-package";
import { saveJad } from "@/server/change-requests/jad";
import { nameTeam } from "@/server/change-requests/teams";
import { saveDeveloperTesting } from "@/server/change-requests/testing";
import { takeStep } from "@/server/change-requests/steps";
import { completeUatPass, startUatPass } from "@/server/change-requests/uat";
import { closeMotionAndDecide } from "@/server/decisions/close-motion";
import { tasksOf } from "@/server/home/tasks";
import { castBallot } from "@/server/voting/cast-ballot";
import { changeRequestWorld, COMPLETE_INITIATION, completePackage, type ChangeRequestWorld } from "../support/change-request-world.ts";
import { actor, makeAdmin, makeUser } from "../support/identity.ts";

let w: ChangeRequestWorld;
beforeAll(async () => {
  w = await changeRequestWorld(db);
});

/** What the person's list says to do about this change request or its vote, as "action" strings. */
async function todo(person: { id: string }, about: { id: string; number: number; title: string }) {
  const { tasks } = await tasksOf((await w.as(person)).actor);
  const motions = (await db.crGateMotion.findMany({ where: { changeRequestId: about.id }, select: { motionId: true } })).map((gate) => gate.motionId);
  const label = `CR-${String(about.number).padStart(4, "0")} ${about.title}`;
  return tasks
    .filter((task) => task.subject === label || [about.id, ...motions].some((id) => task.href.includes(id)))
    .map((task) => task.action)
    .sort();
}

const openMotion = async (crId: string) =>
  (await db.crGateMotion.findFirstOrThrow({ where: { changeRequestId: crId, motion: { status: "OPEN" } }, select: { motionId: true } })).motionId;

/** Every ESC seat votes approve, so nobody has a vote left to cast. */
async function everyoneApproves(crId: string) {
  const motionId = await openMotion(crId);
  for (const voter of [w.chair, ...w.members]) await castBallot(await w.as(voter), { motionId, choice: "approve" });
  return motionId;
}

describe("the task list", () => {
  it("follows a change request's life: each step is on the list of exactly the people whose work it is", async () => {
    const cr = await createChangeRequest(await w.as(w.author), { ...COMPLETE_INITIATION, kind: "ENHANCEMENT", consortiumId: w.ids.cases, intent: "submit" });
    const row = await db.changeRequest.findUniqueOrThrow({ where: { id: cr.id }, select: { id: true, number: true, title: true } });

    // Submitted: the concept vote is open; every ESC seat has a vote to cast, the CPL (TAB, advisory) has nothing.
    expect(await todo(w.members[0]!, row)).toEqual(["Vote"]);
    expect(await todo(w.chair, row)).toEqual(["Vote"]);
    expect(await todo(w.cpl, row)).toEqual([]);
    expect(await todo(w.author, row)).toEqual([]);

    // Everyone voted: the chair closes it; a voter's task is gone once their ballot is in.
    const motionId = await everyoneApproves(cr.id);
    expect(await todo(w.members[0]!, row)).toEqual([]);
    expect(await todo(w.chair, row)).toEqual(["Close the vote"]);
    await closeMotionAndDecide(await w.as(w.chair), { motionId });

    // Impact analysis: first the chair names the team (plan 3.1.2); then the team prepares and the CPL submits.
    expect(await todo(w.chair, row)).toEqual(["Name the impact analysis team"]);
    expect(await todo(w.cpl, row)).toEqual([]);
    const members = await Promise.all(
      w.members.map(async (member) => `${member.id}:${(await db.term.findFirstOrThrow({ where: { userId: member.id } })).lcsaId}`),
    );
    await nameTeam(await w.as(w.chair), { crId: cr.id, team: "IMPACT_ANALYSIS", members });
    expect(await todo(w.chair, row)).toEqual([]);
    expect(await todo(w.members[2]!, row)).toEqual(["Prepare the impact analysis package"]);
    expect(await todo(w.cpl, row)).toEqual(["Submit the impact analysis package"]);

    // Package vote, CCB (it touches the SDU), authorization: the CCB members' vote is theirs, not the ESC's.
    await saveImpactPackage(await w.as(w.cpl), completePackage(cr.id, 0, ["SDU"]));
    expect(await todo(w.cpl, row)).toEqual([]);
    expect(await todo(w.members[2]!, row)).toEqual(["Vote"]);
    await closeMotionAndDecide(await w.as(w.chair), { motionId: await everyoneApproves(cr.id) });
    const ccbMotion = await openMotion(cr.id);
    expect(await todo(w.ccbMembers[0]!, row)).toEqual(["Vote"]);
    expect(await todo(w.members[2]!, row)).toEqual([]);
    for (const member of w.ccbMembers) await castBallot(await w.as(member), { motionId: ccbMotion, choice: "approve" });
    expect(await todo(w.ccbMembers[1]!, row)).toEqual(["Close the vote"]);
    await closeMotionAndDecide(await w.as(w.ccbMembers[1]!), { motionId: ccbMotion });
    await closeMotionAndDecide(await w.as(w.chair), { motionId: await everyoneApproves(cr.id) });

    // JAD: the team is named (CPL or chair), then it is the JAD member's to write and submit.
    expect(await todo(w.cpl, row)).toEqual(["Name the JAD team"]);
    expect(await todo(w.chair, row)).toEqual(["Name the JAD team"]);
    expect(await todo(w.jad, row)).toEqual([]);
    await nameTeam(await w.as(w.cpl), { crId: cr.id, team: "JAD", members: [`${w.jad.id}:`] });
    expect(await todo(w.jad, row)).toEqual(["Write and submit the JAD recommendation"]);
    await saveJad(await w.as(w.jad), {
      crId: cr.id,
      version: 0,
      specification: "Nightly job spec",
      businessRules: "Arrears over $100",
      revisedScope: "Unchanged",
      revisedApproach: "Unchanged",
      revisedEffortHours: 450,
      revisedElapsedWeeks: 12,
      revisedCost: 66_000,
      recommendation: "approve",
      intent: "submit",
    });
    await closeMotionAndDecide(await w.as(w.chair), { motionId: await everyoneApproves(cr.id) });

    // Build and test: the developers record their testing; then the CPL starts UAT.
    expect(await todo(w.ctm, row)).toEqual(["Record the developers' unit and system testing"]);
    expect(await todo(w.cpl, row)).toEqual([]);
    await saveDeveloperTesting(await w.as(w.ctm), {
      crId: cr.id,
      version: 0,
      unitTested: true,
      unitTestNotes: "All pass",
      systemTested: true,
      systemTestNotes: "Batch run",
    });
    expect(await todo(w.ctm, row)).toEqual([]);
    expect(await todo(w.cpl, row)).toEqual(["Start user acceptance testing"]);
    await takeStep(await w.as(w.cpl), { crId: cr.id, step: "start_uat" });

    // UAT: the CPL names the testers (plan 3.1.5 item 4); a tester named to the team records passes; one not named has nothing.
    expect(await todo(w.cpl, row)).toEqual(["Name the UAT testers"]);
    expect(await todo(w.tester, row)).toEqual([]);
    await nameTeam(await w.as(w.cpl), { crId: cr.id, team: "UAT", members: [`${w.tester.id}:${w.ids.testerLcsa}`] });
    expect(await todo(w.tester, row)).toEqual(["Record a UAT pass"]);
    expect(await todo(w.cpl, row)).toEqual([]);
    const pass = await startUatPass(await w.as(w.tester), { crId: cr.id, regression: false });
    await completeUatPass(await w.as(w.tester), { crId: cr.id, passId: pass.id, result: "passed", notes: "Clean" });
    expect(await todo(w.tester, row)).toEqual([]);
    expect(await todo(w.cpl, row)).toEqual(["Finish user acceptance testing"]);
  }, 180_000);

  it("gives the author their draft, and an administrator none of the work they could stand in for", async () => {
    const draft = await createChangeRequest(await w.as(w.author), { ...COMPLETE_INITIATION, kind: "ENHANCEMENT", consortiumId: w.ids.cases, intent: "save" });
    const row = await db.changeRequest.findUniqueOrThrow({ where: { id: draft.id }, select: { id: true, number: true, title: true } });
    expect(await todo(w.author, row)).toEqual(["Finish and submit it"]);
    expect(await todo(w.cpl, row)).toEqual([]);
    const admin = await makeAdmin(db);
    expect((await tasksOf((await actor(db, admin.id)).actor)).tasks).toEqual([]);
  });

  it("dates a step from when the change request entered it, due when the dashboard calls it overdue", async () => {
    const uat = await db.changeRequest.findFirstOrThrow({ where: { state: "UAT" }, select: { id: true, stateChangedAt: true } });
    const { tasks } = await tasksOf((await w.as(w.cpl)).actor);
    const finish = tasks.find((task) => task.key === `cr:${uat.id}:passUat`);
    // UAT may last 45 days before the dashboard counts it overdue (queue.ts): due by the end of that California day.
    const entered = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Los_Angeles" }).format(uat.stateChangedAt);
    const dueDay = new Date(Date.parse(`${entered}T00:00:00Z`) + 45 * 86_400_000).toISOString().slice(0, 10);
    expect(finish).toMatchObject({ since: uat.stateChangedAt, dueDay, href: `/change-requests/${uat.id}#next-step` });
    // Late from midnight in California (8 am UTC in winter, 7 am in summer) the day after.
    expect([7, 8]).toContain(finish!.due!.getUTCHours());
    expect(finish!.due!.toISOString().slice(0, 10)).toBe(new Date(Date.parse(`${dueDay}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10));
  });

  it("gives the chair a meeting's work: its background materials before, its attendance during, its minutes after", async () => {
    const now = new Date("2026-12-02T18:00:00Z");
    const meeting = await db.meeting.create({
      data: { committeeId: w.ids.esc, title: "Materials test meeting", startsAt: new Date("2026-12-10T17:00:00Z"), createdById: w.chair.id },
    });
    const mine = async (person: { id: string }) =>
      (await tasksOf((await w.as(person)).actor, now)).tasks
        .filter((task) => task.href.startsWith(`/meetings/${meeting.id}`))
        .map((task) => [task.action, task.due]);
    // No agenda yet: nothing to send.
    expect(await mine(w.chair)).toEqual([]);
    await db.agendaItem.create({ data: { meetingId: meeting.id, committeeId: w.ids.esc, title: "Budget", position: 1 } });
    // Plan 2.10: three days before December 10 is December 7; due by the end of that day in California (8 am UTC on the 8th).
    expect(await mine(w.chair)).toEqual([["Post the background materials", new Date("2026-12-08T08:00:00Z")]]);
    expect(await mine(w.members[0]!)).toEqual([]);
    await db.meeting.update({ where: { id: meeting.id }, data: { status: "IN_PROGRESS" } });
    expect(await mine(w.chair)).toEqual([["Record attendance", null]]);
    await db.attendance.create({ data: { meetingId: meeting.id, userId: w.members[0]!.id, status: "PRESENT" } });
    expect(await mine(w.chair)).toEqual([]);
    await db.meeting.update({ where: { id: meeting.id }, data: { status: "ADJOURNED" } });
    expect(await mine(w.chair)).toEqual([["Draft and post the minutes", null]]);
  });

  it("gives an action item to its owner, due by the end of its day in California", async () => {
    const meeting = await db.meeting.create({
      data: { committeeId: w.ids.esc, title: "Action test meeting", startsAt: new Date("2026-11-20T17:00:00Z"), status: "ADJOURNED", createdById: w.chair.id },
    });
    const item = await db.actionItem.create({
      data: { meetingId: meeting.id, title: "Call the vendor", ownerId: w.members[4]!.id, dueOn: new Date("2026-12-15") },
    });
    const { tasks } = await tasksOf((await w.as(w.members[4]!)).actor);
    expect(tasks.find((task) => task.key === `action-item:${item.id}`)).toMatchObject({
      action: "Do it, then mark it done",
      subject: "Call the vendor",
      due: new Date("2026-12-16T08:00:00Z"),
    });
    await db.actionItem.update({ where: { id: item.id }, data: { status: "DONE" } });
    expect((await tasksOf((await w.as(w.members[4]!)).actor)).tasks.some((task) => task.key === `action-item:${item.id}`)).toBe(false);
  });

  it("asks an administrator for a new link when an invitation expired unused", async () => {
    const admin = await makeAdmin(db);
    const invited = await makeUser(db, { status: "INVITED", name: "Ivy Invited", passwordHash: null });
    await db.invitation.create({ data: { tokenHash: `expired-${invited.id}`, userId: invited.id, expiresAt: new Date(Date.now() - 86_400_000) } });
    const { tasks } = await tasksOf((await actor(db, admin.id)).actor);
    expect(tasks.filter((task) => task.subject.startsWith("Ivy Invited")).map((task) => [task.action, task.href])).toEqual([
      ["Create a new invitation link", `/admin/users/${invited.id}#account`],
    ]);
    // A fresh link: nothing to do.
    await db.invitation.create({ data: { tokenHash: `fresh-${invited.id}`, userId: invited.id, expiresAt: new Date(Date.now() + 86_400_000) } });
    expect((await tasksOf((await actor(db, admin.id)).actor)).tasks.filter((task) => task.subject.startsWith("Ivy Invited"))).toEqual([]);
  });
});
