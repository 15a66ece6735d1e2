import { beforeAll, describe, expect, it } from "vitest";
import { californiaInstant } from "@/domain/calendar/california-time";
import { californiaDayOf } from "@/domain/calendar/day";
import { db } from "@/lib/db/client";
import { ConflictError, type UserError } from "@/lib/errors";
import { addActionItem, updateActionItem } from "@/server/meetings/action-items";
import { addAgendaItem, moveAgendaItem, removeAgendaItem, routeAgendaItemToPolicyBranch } from "@/server/meetings/agenda-items";
import { placeOnNextAgenda } from "@/server/meetings/agenda";
import { recordAttendance } from "@/server/meetings/attendance";
import { materialFile, postMaterial } from "@/server/meetings/materials";
import { adjournMeeting, cancelMeeting, editMeeting, scheduleMeeting, startMeeting } from "@/server/meetings/meetings";
import { draftMinutes, editMinutes, publishMinutes } from "@/server/meetings/minutes";
import { renderMinutesPdf } from "@/server/meetings/minutes-pdf";
import { getCommitteeMeetings } from "@/server/meetings/queries";
import { getPublishedMinutes, listPublishedMinutes } from "@/server/meetings/public-minutes";
import { MAX_FILE_BYTES } from "@/domain/storage/uploads";
import { castBallot } from "@/server/voting/cast-ballot";
import { closeMotionAndDecide } from "@/server/decisions/close-motion";
import { openMotion } from "@/server/voting/open-motion";
import { actor, makeAdmin, makeUser } from "../support/identity.ts";

const PDF = new TextEncoder().encode("%PDF-1.7\n% a tiny test file\n");
const HOUR = 3_600_000;

/** A consortium with an ESC (a chair and `voting` members) and a TAB of two advisers. */
async function consortiumWith(voting: number) {
  const tag = crypto.randomUUID().slice(0, 8);
  const consortium = await db.consortium.create({ data: { code: `T-${tag}`, name: `Test consortium ${tag}` } });
  const esc = await db.committee.create({ data: { code: `ESC-${tag}`, name: `Test ESC ${tag}`, kind: "ESC", consortiumId: consortium.id } });
  const tab = await db.committee.create({ data: { code: `TAB-${tag}`, name: `Test TAB ${tag}`, kind: "TAB", consortiumId: consortium.id } });
  const chair = await makeUser(db, { name: `Chair ${tag}` });
  const members = await Promise.all(Array.from({ length: voting }, (_, index) => makeUser(db, { name: `Member ${index + 1} ${tag}` })));
  const advisers = await Promise.all([makeUser(db), makeUser(db)]);
  const seat = async (committeeId: string, userId: string, kind: "CHAIR" | "VOTING" | "ADVISORY", sortOrder: number) => {
    const row = await db.seat.create({ data: { committeeId, title: kind === "CHAIR" ? "Chair" : `Seat ${sortOrder}`, kind, sortOrder } });
    await db.term.create({ data: { seatId: row.id, userId, startsOn: new Date("2025-07-01") } });
  };
  await seat(esc.id, chair.id, "CHAIR", 0);
  for (const [index, member] of members.entries()) await seat(esc.id, member.id, "VOTING", index + 1);
  for (const [index, adviser] of advisers.entries()) await seat(tab.id, adviser.id, "ADVISORY", index);
  await db.roleAssignment.create({ data: { userId: chair.id, role: "ESC_CHAIR", scopeType: "COMMITTEE", committeeId: esc.id } });
  return { consortium, esc, tab, chair, members, advisers };
}

/** California wall-clock time `days` from now at 10:00. */
function daysFromNow(days: number): Date {
  const day = new Date(Date.now() + days * 86_400_000).toLocaleDateString("en-CA", { timeZone: "America/Los_Angeles" });
  return californiaInstant(`${day}T10:00`)!;
}

describe("meetings and minutes", () => {
  let admin: Awaited<ReturnType<typeof makeAdmin>>;
  beforeAll(async () => {
    admin = await makeAdmin(db);
  });

  it("schedules a meeting (chair or administrator only), picks up waiting items, and flags late material", async () => {
    const { esc, chair, members } = await consortiumWith(2);
    const waiting = await db.$transaction((tx) =>
      placeOnNextAgenda(tx, esc.id, { title: "Workgroup recommendation", sourceType: "Test", sourceId: crypto.randomUUID() }, new Date()),
    );
    const input = { committeeId: esc.id, kind: "REGULAR" as const, title: "Regular meeting", startsAt: daysFromNow(14), location: "Sacramento" };
    await expect(scheduleMeeting(await actor(db, members[0]!.id), input)).rejects.toThrow("You do not have permission to do that.");
    await expect(scheduleMeeting(await actor(db, chair.id), { ...input, startsAt: daysFromNow(-2) })).rejects.toThrow("Choose a date from today on.");
    const { id, attached } = await scheduleMeeting(await actor(db, chair.id), input);
    expect(attached).toBe(1);
    expect(await db.agendaItem.findUniqueOrThrow({ where: { id: waiting } })).toMatchObject({ meetingId: id, position: 0 });

    // Two weeks ahead: on time. Posted the day before the meeting: late.
    const chairCtx = await actor(db, chair.id);
    const early = await postMaterial(chairCtx, { meetingId: id, agendaItemId: waiting, title: "Recommendation report", file: new File([PDF], "report.pdf") });
    expect(early.late).toBe(false);
    const dayBefore = new Date(input.startsAt.getTime() - 24 * HOUR);
    const late = await postMaterial(chairCtx, { meetingId: id, agendaItemId: null, title: "Late handout", file: new File([PDF], "handout.pdf") }, dayBefore);
    expect(late.late).toBe(true);
    expect(late.dueOn! < californiaDayOf(dayBefore)).toBe(true);

    // Moving the meeting a day later than the late material makes... still late; moving it weeks out makes it on time.
    const meeting = await db.meeting.findUniqueOrThrow({ where: { id } });
    await editMeeting(chairCtx, {
      meetingId: id,
      version: meeting.version,
      kind: "VIRTUAL",
      title: "Regular meeting (moved)",
      startsAt: daysFromNow(40),
      location: "Video call",
    });
    expect(await db.meetingMaterial.findUniqueOrThrow({ where: { id: late.id } })).toMatchObject({ late: false });

    const file = await materialFile(early.id);
    expect(file).toMatchObject({ fileName: "report.pdf", contentType: "application/pdf", size: PDF.length });
    expect(Buffer.from(file!.content).equals(Buffer.from(PDF))).toBe(true);
    expect(file!.sha256).toBe((await import("node:crypto")).createHash("sha256").update(PDF).digest("hex"));
  });

  it("refuses files over 10 MB or of another type, saying why, and stores nothing", async () => {
    const { esc, chair } = await consortiumWith(1);
    const ctx = await actor(db, chair.id);
    const { id } = await scheduleMeeting(ctx, { committeeId: esc.id, kind: "REGULAR", title: "Files", startsAt: daysFromNow(10), location: null });
    const before = await db.storedFile.count();
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    big.set(PDF);
    await expect(postMaterial(ctx, { meetingId: id, agendaItemId: null, title: "Big", file: new File([big], "big.pdf") })).rejects.toThrow(
      "“big.pdf” is 10.0 MB; files can be at most 10 MB.",
    );
    await expect(postMaterial(ctx, { meetingId: id, agendaItemId: null, title: "Program", file: new File([PDF], "tool.exe") })).rejects.toThrow(
      "is not a file type accepted here",
    );
    await expect(
      postMaterial(ctx, { meetingId: id, agendaItemId: null, title: "Fake", file: new File([new Uint8Array([0x4d, 0x5a, 1, 2])], "fake.pdf") }),
    ).rejects.toThrow("does not contain what a PDF file contains");
    expect(await db.storedFile.count()).toBe(before);
    expect(await db.meetingMaterial.count({ where: { meetingId: id } })).toBe(0);
  });

  it("records attendance within the rules, and a designee on the attendance votes for the absent member", async () => {
    const { esc, chair, members, advisers } = await consortiumWith(3);
    const ctx = await actor(db, chair.id);
    const { id } = await scheduleMeeting(ctx, { committeeId: esc.id, kind: "EMERGENCY", title: "Emergency", startsAt: daysFromNow(0), location: null });
    const designee = await makeUser(db, { name: "Dana Designee" });
    const entries = (designeeEmail: string | null) => [
      { userId: chair.id, status: "PRESENT" as const, designeeEmail: null },
      { userId: members[0]!.id, status: "PRESENT" as const, designeeEmail: null },
      { userId: members[1]!.id, status: "ABSENT" as const, designeeEmail: null },
      { userId: members[2]!.id, status: "DESIGNEE" as const, designeeEmail },
    ];
    const refused = (email: string | null) => recordAttendance(ctx, { meetingId: id, entries: entries(email) }).catch((error: UserError) => error.fieldErrors);
    expect(await refused(null)).toEqual({ [`designee-${members[2]!.id}`]: [`Name the designee who represents ${members[2]!.name}.`] });
    expect(await refused("nobody@example.gov")).toEqual({ [`designee-${members[2]!.id}`]: ["No active user has the email address nobody@example.gov."] });
    expect(await refused(members[0]!.email)).toEqual({
      [`designee-${members[2]!.id}`]: [`${members[0]!.name} holds a vote of their own on this committee and cannot also vote for ${members[2]!.name}.`],
    });
    await expect(recordAttendance(ctx, { meetingId: id, entries: [{ userId: advisers[0].id, status: "PRESENT", designeeEmail: null }] })).rejects.toThrow(
      "Some rows need attention",
    );
    expect(await db.attendance.count({ where: { meetingId: id } })).toBe(0);
    // The database keeps the rule too: a designee only when represented.
    await expect(db.attendance.create({ data: { meetingId: id, userId: chair.id, status: "PRESENT", designeeId: designee.id } })).rejects.toThrow();

    await recordAttendance(ctx, { meetingId: id, entries: entries(designee.email) });
    expect(await db.attendance.findUniqueOrThrow({ where: { meetingId_userId: { meetingId: id, userId: members[2]!.id } } })).toMatchObject({
      status: "DESIGNEE",
      designeeId: designee.id,
    });

    await startMeeting(ctx, { meetingId: id });
    const item = await addAgendaItem(ctx, { meetingId: id, title: "Urgent fix", description: null, presenter: null });
    const motion = await openMotion(ctx, { committeeId: esc.id, question: "Approve the urgent fix?", hoursOpen: 1, meetingId: id, agendaItemId: item.id });
    await castBallot(await actor(db, designee.id), { motionId: motion.id, choice: "approve" });
    await expect(castBallot(await actor(db, members[2]!.id), { motionId: motion.id, choice: "reject" })).rejects.toThrow("your designee votes in your place");
    expect(await db.ballot.findUniqueOrThrow({ where: { motionId_voterId: { motionId: motion.id, voterId: members[2]!.id } } })).toMatchObject({
      castById: designee.id,
    });
  });

  it("drafts minutes with the decisions and their roll call, refuses a stale edit naming who saved, publishes and notifies every Director and the TAB", async () => {
    const { esc, chair, members, advisers } = await consortiumWith(3);
    const chairCtx = await actor(db, chair.id);
    const { id } = await scheduleMeeting(chairCtx, {
      committeeId: esc.id,
      kind: "REGULAR",
      title: "Monthly meeting",
      startsAt: daysFromNow(0),
      location: "Room 1",
    });
    await startMeeting(chairCtx, { meetingId: id });
    await recordAttendance(chairCtx, {
      meetingId: id,
      entries: [chair, ...members].map((person, index) => ({
        userId: person.id,
        status: index === 3 ? ("ABSENT" as const) : ("PRESENT" as const),
        designeeEmail: null,
      })),
    });
    const item = await addAgendaItem(chairCtx, { meetingId: id, title: "CR 2026-014", description: null, presenter: "Pat" });
    await addAgendaItem(chairCtx, { meetingId: id, title: "Other business", description: null, presenter: null });
    await moveAgendaItem(chairCtx, { agendaItemId: item.id, direction: "down" });
    await expect(moveAgendaItem(chairCtx, { agendaItemId: item.id, direction: "down" })).rejects.toThrow("is already last");
    const motion = await openMotion(chairCtx, { committeeId: esc.id, question: "Approve CR 2026-014?", hoursOpen: 1, meetingId: id, agendaItemId: item.id });
    await expect(removeAgendaItem(chairCtx, { agendaItemId: item.id })).rejects.toThrow("A motion was moved on “CR 2026-014”, so it stays on the agenda.");
    for (const [index, voter] of [chair, members[0]!, members[1]!].entries())
      await castBallot(await actor(db, voter.id), { motionId: motion.id, choice: index < 2 ? "approve" : "reject" });
    await closeMotionAndDecide(chairCtx, { motionId: motion.id });
    const owner = members[0]!;
    await addActionItem(chairCtx, { meetingId: id, title: "Send the analysis", ownerId: owner.id, dueOn: "2030-01-15" });

    const draft = await draftMinutes(chairCtx, { meetingId: id });
    const body = (await db.minutes.findUniqueOrThrow({ where: { id: draft.id } })).body;
    expect(body).toContain("### Motion 1: Approve CR 2026-014?");
    expect(body).toContain("Result: Passed: 2 of 3 votes cast approve; quorum of 3 met.");
    expect(body).toContain(`- ${members[1]!.name}: reject`);
    expect(body).toContain(`- ${members[2]!.name}: did not vote`);
    expect(body).toContain(`Absent:\n- ${members[2]!.name}, Seat 3`);
    expect(body).toContain(`- Send the analysis. Owner: ${owner.name}. Due: Jan 15, 2030. Status: Open.`);
    expect(body.indexOf("Other business")).toBeLessThan(body.indexOf("2. CR 2026-014"));

    // Two editors from the same version: the second is refused, told who saved, and nothing of theirs is written.
    const other = await actor(db, admin.id);
    await editMinutes(other, { minutesId: draft.id, version: draft.version, body: `${body}\nCorrections by the administrator.` });
    const stale = editMinutes(chairCtx, { minutesId: draft.id, version: draft.version, body: `${body}\nThe chair's edit.` });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toThrow(/saved a change at .* while you were editing\. Your text was not saved and is still in the box/);
    expect((await db.minutes.findUniqueOrThrow({ where: { id: draft.id } })).body).toContain("Corrections by the administrator.");
    await expect(draftMinutes(chairCtx, { meetingId: id })).rejects.toThrow("re-drafting replaces those edits");

    const current = await db.minutes.findUniqueOrThrow({ where: { id: draft.id } });
    await expect(publishMinutes(chairCtx, { minutesId: draft.id, version: current.version })).rejects.toThrow(
      "Minutes are published after the meeting is adjourned.",
    );
    await expect(publishMinutes(await actor(db, members[0]!.id), { minutesId: draft.id, version: current.version })).rejects.toThrow(
      "You do not have permission",
    );
    await adjournMeeting(chairCtx, { meetingId: id });

    const directors = await Promise.all([0, 1].map(() => makeUser(db)));
    const lcsa = await db.lcsa.findFirstOrThrow({ select: { id: true } });
    for (const director of directors)
      await db.roleAssignment.create({ data: { userId: director.id, role: "LCSA_DIRECTOR", scopeType: "LCSA", lcsaId: lcsa.id } });
    const retired = await makeUser(db);
    await db.roleAssignment.create({ data: { userId: retired.id, role: "LCSA_DIRECTOR", scopeType: "LCSA", lcsaId: lcsa.id, revokedAt: new Date() } });

    const published = await publishMinutes(chairCtx, { minutesId: draft.id, version: current.version });
    const notices = await db.notification.findMany({
      where: { kind: "minutes.published", link: `/minutes/${draft.id}` },
      select: { userId: true, subject: true },
    });
    const notified = new Set(notices.map((notice) => notice.userId));
    for (const person of [...directors, ...advisers]) expect(notified.has(person.id)).toBe(true);
    for (const person of [retired, chair, ...members]) expect(notified.has(person.id)).toBe(false);
    const allDirectors = await db.roleAssignment.findMany({
      where: { role: "LCSA_DIRECTOR", revokedAt: null, user: { status: "ACTIVE" } },
      distinct: ["userId"],
      select: { userId: true },
    });
    expect(published.notified).toBe(new Set([...allDirectors.map((row) => row.userId), ...advisers.map((adviser) => adviser.id)]).size);
    expect(notices[0]!.subject).toBe(`Minutes published: ${esc.name}, Monthly meeting`);
    expect(await db.outboundEmail.count({ where: { notification: { link: `/minutes/${draft.id}` } } })).toBe(notices.length);

    await expect(editMinutes(chairCtx, { minutesId: draft.id, version: current.version + 1, body })).rejects.toThrow("already published");
    expect(await getPublishedMinutes(draft.id)).toMatchObject({ id: draft.id, meeting: { title: "Monthly meeting" } });
    expect((await listPublishedMinutes()).find((group) => group.name === esc.name)?.minutes.map((entry) => entry.id)).toEqual([draft.id]);
    const pdf = await renderMinutesPdf({ heading: esc.name, subheading: "Monthly meeting", body, footer: "Published" });
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe("%PDF-");

    // The owner closes their own action item; a stale version is refused.
    const action = await db.actionItem.findFirstOrThrow({ where: { meetingId: id } });
    await expect(updateActionItem(await actor(db, members[1]!.id), { actionItemId: action.id, version: action.version, status: "DONE" })).rejects.toThrow(
      "permission",
    );
    await updateActionItem(await actor(db, owner.id), { actionItemId: action.id, version: action.version, status: "DONE" });
    await expect(updateActionItem(chairCtx, { actionItemId: action.id, version: action.version, status: "CANCELLED" })).rejects.toThrow(
      `${owner.name} changed this action item while you were editing.`,
    );
  });

  it("draft minutes are not public, and a cancelled meeting sends its sourced items back to wait", async () => {
    const { esc, chair } = await consortiumWith(1);
    const ctx = await actor(db, chair.id);
    const { id } = await scheduleMeeting(ctx, { committeeId: esc.id, kind: "REGULAR", title: "Soon", startsAt: daysFromNow(3), location: null });
    const sourced = await db.$transaction((tx) =>
      placeOnNextAgenda(tx, esc.id, { title: "From a workgroup", sourceType: "Test", sourceId: crypto.randomUUID() }, new Date()),
    );
    expect(await db.agendaItem.findUniqueOrThrow({ where: { id: sourced } })).toMatchObject({ meetingId: id });
    await expect(adjournMeeting(ctx, { meetingId: id })).rejects.toThrow("Only a meeting in progress can be adjourned.");
    await cancelMeeting(ctx, { meetingId: id });
    expect(await db.agendaItem.findUniqueOrThrow({ where: { id: sourced } })).toMatchObject({ meetingId: null });
    await expect(addAgendaItem(ctx, { meetingId: id, title: "Too late", description: null, presenter: null })).rejects.toThrow("This meeting was cancelled.");
    const overview = await getCommitteeMeetings(esc.id);
    expect(overview.waiting.map((item) => item.id)).toEqual([sourced]);
    expect(overview.past.map((meeting) => meeting.status)).toEqual(["CANCELLED"]);

    const { id: held } = await scheduleMeeting(ctx, { committeeId: esc.id, kind: "REGULAR", title: "Held", startsAt: daysFromNow(0), location: null });
    await startMeeting(ctx, { meetingId: held });
    const draft = await draftMinutes(ctx, { meetingId: held });
    expect(await getPublishedMinutes(draft.id)).toBeNull();
  });

  // Issue 12, fidelity 8. Governance plan 2.9: "The ESCs will meet monthly at a minimum": the
  // rule is the ESCs'. A TAB that met once four months ago and not since is not flagged.
  it("flags months without a meeting for an ESC, and not for a TAB", async () => {
    const { esc, tab, chair } = await consortiumWith(1);
    const longAgo = new Date(Date.now() - 120 * 86_400_000);
    for (const committee of [esc, tab]) {
      await db.meeting.create({ data: { committeeId: committee.id, title: "Once", startsAt: longAgo, status: "ADJOURNED", createdById: chair.id } });
    }
    expect((await getCommitteeMeetings(esc.id)).missedMonths.length).toBeGreaterThanOrEqual(3);
    expect((await getCommitteeMeetings(tab.id)).missedMonths).toEqual([]);
  });

  // Issue 12, fidelity 3. Governance plan 2.10: "For the CASES ESC, the M&O Contract Manager will
  // coordinate development of meeting agendas and posting of minutes"; 5.1.3: "coordinating
  // meeting agendas, publishing of minutes". The chair still runs the meeting itself.
  it("lets the M&O Contract Manager shape an ESC's agenda and post its minutes, and not run the meeting", async () => {
    const { consortium, esc, tab, chair } = await consortiumWith(1);
    const manager = await makeUser(db, { roles: [{ role: "MO_CONTRACT_MANAGER", scope: { type: "CONSORTIUM", consortiumId: consortium.id } }] });
    const mo = await actor(db, manager.id);
    const chairCtx = await actor(db, chair.id);
    const { id } = await scheduleMeeting(chairCtx, { committeeId: esc.id, kind: "REGULAR", title: "With M&O", startsAt: daysFromNow(0), location: null });

    await addAgendaItem(mo, { meetingId: id, title: "Contract deliverables", description: null, presenter: null });
    await expect(startMeeting(mo, { meetingId: id })).rejects.toThrow();
    await startMeeting(chairCtx, { meetingId: id });
    await adjournMeeting(chairCtx, { meetingId: id });
    const draft = await draftMinutes(mo, { meetingId: id });
    const minutes = await db.minutes.findUniqueOrThrow({ where: { id: draft.id } });
    await publishMinutes(mo, { minutesId: draft.id, version: minutes.version });
    expect(await db.minutes.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ status: "PUBLISHED" });

    // The rule is the ESC's: a TAB's agenda stays its chair's.
    const tabChair = await makeUser(db, { roles: [{ role: "ESC_CHAIR", scope: { type: "COMMITTEE", committeeId: tab.id } }] });
    const { id: tabMeeting } = await scheduleMeeting(await actor(db, tabChair.id), {
      committeeId: tab.id,
      kind: "REGULAR",
      title: "TAB",
      startsAt: daysFromNow(2),
      location: null,
    });
    await expect(addAgendaItem(mo, { meetingId: tabMeeting, title: "Not mine", description: null, presenter: null })).rejects.toThrow();
  });

  // Issue 12, fidelity 10. Governance plan 2.1: "The ESCs meet at least monthly and address
  // automation or technical issues only; policy discussions are routed to the Policy Branch for
  // research and resolution."
  it("routes a policy item to the Policy Branch with a record, and no motion can then be put on it", async () => {
    const { esc, chair } = await consortiumWith(1);
    const ctx = await actor(db, chair.id);
    const { id } = await scheduleMeeting(ctx, { committeeId: esc.id, kind: "REGULAR", title: "Policy", startsAt: daysFromNow(0), location: null });
    const item = await addAgendaItem(ctx, { meetingId: id, title: "Should arrears interest be waived?", description: null, presenter: null });

    await routeAgendaItemToPolicyBranch(ctx, { agendaItemId: item.id, note: "A policy question, not an automation one." });

    expect(await db.agendaItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ policyNote: "A policy question, not an automation one." });
    expect((await db.agendaItem.findUniqueOrThrow({ where: { id: item.id } })).policyRoutedAt).toBeInstanceOf(Date);
    expect(await db.auditEvent.count({ where: { entityId: id, action: "meetings.route_to_policy_branch" } })).toBe(1);
    await startMeeting(ctx, { meetingId: id });
    await expect(openMotion(ctx, { committeeId: esc.id, question: "Waive it?", hoursOpen: 1, meetingId: id, agendaItemId: item.id })).rejects.toThrow(
      /Policy Branch/,
    );
  });

  // Issue 12, fidelity 10: the routing is recorded in the minutes too (plan 2.10: the minutes
  // "document attendees, decisions made and action items"), not only on the agenda.
  it("writes a policy item's routing to the Policy Branch into the minutes", async () => {
    const { esc, chair } = await consortiumWith(1);
    const ctx = await actor(db, chair.id);
    const { id } = await scheduleMeeting(ctx, { committeeId: esc.id, kind: "REGULAR", title: "Policy minutes", startsAt: daysFromNow(0), location: null });
    const item = await addAgendaItem(ctx, { meetingId: id, title: "Arrears interest waiver", description: null, presenter: null });
    await routeAgendaItemToPolicyBranch(ctx, { agendaItemId: item.id, note: "A question of policy." });
    await startMeeting(ctx, { meetingId: id });
    await adjournMeeting(ctx, { meetingId: id });

    const { body } = await draftMinutes(ctx, { meetingId: id });
    expect(body).toContain("- 1. Arrears interest waiver (routed to the Policy Branch)");
    expect(body).toContain(
      "## Routed to the Policy Branch\nNot put to a vote: policy questions go to the Policy Branch for research and resolution.\n- Arrears interest waiver: A question of policy.",
    );
  });
});
