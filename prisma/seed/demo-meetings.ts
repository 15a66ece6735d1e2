import { createHash } from "node:crypto";
import PDFDocument from "pdfkit";
import type { PrismaClient } from "../../src/generated/prisma/client.ts";
import type { Prisma } from "../../src/generated/prisma/client.ts";
import { californiaInstant } from "../../src/domain/calendar/california-time.ts";
import { isMaterialLate } from "../../src/domain/meetings/materials.ts";
import { draftMinutes, type MinutesRecord } from "../../src/domain/meetings/minutes-draft.ts";
import { tally } from "../../src/domain/voting/tally.ts";

/**
 * The demo calendar of meetings, relative to the day it is seeded so it always looks
 * current: the CASES ESC met on the second Thursday of each of the last three months and
 * the ARS ESC in two of them (so its page shows the missed-month flag, Governance plan
 * 2.9); each past meeting has attendance, a decided motion with its ballots, action items
 * and published minutes. Each committee has one upcoming meeting with an agenda and
 * materials. Loaded once: nothing is added when the committee already has meetings.
 */
type Db = Prisma.TransactionClient | PrismaClient;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface CommitteePlan {
  code: string;
  location: string;
  /** Months before this one in which it met (1 = last month). */
  pastMonths: number[];
  /** Who stands in for whom at the second past meeting: [member's email, designee's email]. */
  designee?: [string, string];
  topics: { agenda: string[]; motion: string; votes: ("approve" | "reject" | "abstain" | null)[]; action: string }[];
  upcoming: string[];
  /** An upcoming item the chair has routed to the Policy Branch (Governance plan 2.1): its title and why. */
  policyItem?: [string, string];
}

const PLANS: CommitteePlan[] = [
  {
    code: "CASES-ESC",
    location: "Sacramento, DCSS headquarters, Room 1100",
    pastMonths: [3, 2, 1],
    designee: ["esc5@demo.local", "director@demo.local"],
    topics: [
      {
        agenda: ["Call to order and roll call", "CR 2026-007: interface file layout", "M&O vendor status report"],
        motion: "Approve CR 2026-007 for impact analysis?",
        votes: ["approve", "approve", "approve", "approve", "reject", "approve", null],
        action: "Circulate the CR 2026-007 impact analysis plan",
      },
      {
        agenda: ["Call to order and roll call", "CR 2026-009: case closure batch job", "UAT testers for the next release"],
        motion: "Approve the CR 2026-009 impact analysis package?",
        votes: ["approve", "approve", "reject", "approve", "approve", "abstain", "approve"],
        action: "Name two LCSA testers for the release UAT",
      },
      {
        agenda: ["Call to order and roll call", "CR 2026-011: payment history report", "Workgroup on forms: recommendation"],
        motion: "Send CR 2026-011 to the CCSAS Change Control Board?",
        votes: ["approve", "approve", "approve", "approve", "approve", "reject", null],
        action: "Prepare the CCB presentation for CR 2026-011",
      },
    ],
    upcoming: ["Call to order and roll call", "CR 2026-014: employer address validation", "Release 26.4 UAT results", "Public comment"],
    policyItem: [
      "Waiving interest on arrears for hardship cases",
      "Whether to waive interest is a policy question, not an automation one; the ESC takes up the system change once the Policy Branch decides.",
    ],
  },
  {
    code: "ARS-ESC",
    location: "Orange County LCSA, Santa Ana",
    pastMonths: [3, 1],
    topics: [
      {
        agenda: ["Call to order", "ARS release calendar"],
        motion: "Adopt the ARS release calendar for next year?",
        votes: ["approve", "approve", "approve"],
        action: "Publish the adopted release calendar",
      },
      {
        agenda: ["Call to order", "CR ARS-2026-03: court order imaging"],
        motion: "Approve CR ARS-2026-03 for impact analysis?",
        votes: ["approve", "reject", "approve"],
        action: "Ask the vendor for an imaging estimate",
      },
    ],
    upcoming: ["Call to order", "Imaging estimate from the vendor", "Joint CCB items with CASES"],
  },
];

export async function seedDemoMeetings(db: Db, now = new Date()): Promise<void> {
  const chair = await db.user.findUnique({ where: { email: "chair@demo.local" }, select: { id: true } });
  const admin = await db.user.findUnique({ where: { email: "admin@demo.local" }, select: { id: true } });
  if (!chair || !admin) return;
  for (const plan of PLANS) {
    const committee = await db.committee.findUnique({
      where: { code: plan.code },
      select: { id: true, name: true, quorumRule: true, majorityRule: true, meetings: { select: { id: true }, take: 1 } },
    });
    if (!committee || committee.meetings.length) continue;
    const organizer = plan.code === "CASES-ESC" ? chair.id : admin.id;
    for (const [index, monthsAgo] of plan.pastMonths.entries()) {
      const startsAt = secondThursday(now, -monthsAgo);
      const latest = index === plan.pastMonths.length - 1;
      await seedPastMeeting(db, committee, plan, plan.topics[index]!, startsAt, organizer, latest, index === 1 ? plan.designee : undefined);
      // The latest one also has slides posted the day before: flagged late (Governance plan 2.10).
      if (latest) {
        const meeting = await db.meeting.findFirstOrThrow({ where: { committeeId: committee.id, startsAt }, select: { id: true } });
        await postDemoMaterial(db, meeting.id, null, "Presentation slides", new Date(startsAt.getTime() - DAY), startsAt, organizer);
      }
    }
    let next = secondThursday(now, 0);
    if (next.getTime() < now.getTime() + 7 * DAY) next = secondThursday(now, 1);
    await seedUpcomingMeeting(db, committee.id, plan, next, organizer, now);
  }
}

/** 10:00 in California on the second Thursday of the month `offset` months from now's. */
function secondThursday(now: Date, offset: number): Date {
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
  const thursday = 1 + ((4 - first.getUTCDay() + 7) % 7) + 7;
  const day = `${first.toISOString().slice(0, 8)}${String(thursday).padStart(2, "0")}`;
  return californiaInstant(`${day}T10:00`)!;
}

async function seatHolders(db: Db, committeeId: string, on: Date) {
  const day = new Date(`${on.toISOString().slice(0, 10)}T00:00:00Z`);
  const terms = await db.term.findMany({
    where: { seat: { committeeId }, startsOn: { lte: day }, OR: [{ endsOn: null }, { endsOn: { gte: day } }] },
    orderBy: { seat: { sortOrder: "asc" } },
    select: { userId: true, user: { select: { name: true } }, seat: { select: { title: true, kind: true } } },
  });
  return terms.map((term) => ({ userId: term.userId, name: term.user.name, seat: term.seat.title, votes: term.seat.kind !== "ADVISORY" }));
}

async function seedPastMeeting(
  db: Db,
  committee: {
    id: string;
    name: string;
    quorumRule: "MAJORITY_OF_VOTING_SEATS" | "ALL_VOTING_SEATS";
    majorityRule: "MAJORITY_OF_VOTES_CAST" | "MAJORITY_OF_ALL_MEMBERS" | "TWO_THIRDS_OF_VOTES_CAST";
  },
  plan: CommitteePlan,
  topic: CommitteePlan["topics"][number],
  startsAt: Date,
  organizerId: string,
  /** The latest past meeting: its action item is still open whatever today's date (overdue once its day has passed). */
  latest: boolean,
  designee?: [string, string],
) {
  const holders = await seatHolders(db, committee.id, startsAt);
  if (holders.length === 0) return;
  const month = startsAt.toLocaleString("en-US", { month: "long", timeZone: "America/Los_Angeles" });
  const meeting = await db.meeting.create({
    data: {
      committeeId: committee.id,
      title: `${month} regular meeting`,
      startsAt,
      location: plan.location,
      status: "ADJOURNED",
      createdById: organizerId,
      createdAt: new Date(startsAt.getTime() - 30 * DAY),
    },
  });
  const items = [];
  for (const [position, title] of topic.agenda.entries()) {
    items.push(await db.agendaItem.create({ data: { committeeId: committee.id, meetingId: meeting.id, position, title, createdAt: meeting.createdAt } }));
  }
  await postDemoMaterial(
    db,
    meeting.id,
    items[1]?.id ?? null,
    `${topic.agenda[1] ?? "Agenda"}: background`,
    new Date(startsAt.getTime() - 8 * DAY),
    startsAt,
    organizerId,
  );

  const [representedEmail, designeeEmail] = designee ?? [];
  const stand = representedEmail ? await db.user.findUnique({ where: { email: designeeEmail! }, select: { id: true, name: true } }) : null;
  const represented = representedEmail ? await db.user.findUnique({ where: { email: representedEmail }, select: { id: true } }) : null;
  const absentId = holders.length > 3 && !designee ? holders[holders.length - 1]!.userId : null;
  const designees = new Map<string, { id: string; name: string }>();
  for (const holder of holders) {
    const isRepresented = stand && represented?.id === holder.userId;
    if (isRepresented) designees.set(holder.userId, stand);
    const status = isRepresented ? "DESIGNEE" : holder.userId === absentId ? "ABSENT" : "PRESENT";
    await db.attendance.create({
      data: { meetingId: meeting.id, userId: holder.userId, status, designeeId: isRepresented ? stand.id : null, recordedAt: startsAt },
    });
  }

  const voters = holders.filter((holder) => holder.votes);
  const openedAt = new Date(startsAt.getTime() + 40 * 60_000);
  const closedAt = new Date(openedAt.getTime() + 20 * 60_000);
  const choices = voters.map((voter, index) => (voter.userId === absentId ? null : (topic.votes[index] ?? null)));
  const result = tally({
    options: ["approve", "reject", "defer"],
    eligibleVoters: voters.length,
    choices: choices.filter((choice): choice is NonNullable<typeof choice> => choice !== null),
    recusals: 0,
    quorumRule: committee.quorumRule,
    majorityRule: committee.majorityRule,
  });
  const motion = await db.motion.create({
    data: {
      committeeId: committee.id,
      question: topic.motion,
      options: ["approve", "reject", "defer"],
      status: "CLOSED",
      openedAt,
      deadline: new Date(openedAt.getTime() + 2 * HOUR),
      closedAt,
      quorumRule: committee.quorumRule,
      majorityRule: committee.majorityRule,
      result: result as unknown as Prisma.InputJsonValue,
      openedById: organizerId,
      meetingId: meeting.id,
      agendaItemId: items[1]?.id ?? null,
      subjectType: items[1] ? "AGENDA_ITEM" : "QUESTION",
      subjectId: items[1]?.id ?? null,
      voters: { create: voters.map((voter) => ({ userId: voter.userId, designeeId: designees.get(voter.userId)?.id ?? null })) },
    },
  });
  for (const [index, voter] of voters.entries()) {
    const choice = choices[index];
    if (!choice) continue;
    const castAt = new Date(openedAt.getTime() + (index + 2) * 60_000);
    await db.ballot.create({
      data: { motionId: motion.id, voterId: voter.userId, castById: designees.get(voter.userId)?.id ?? voter.userId, choice, castAt, updatedAt: castAt },
    });
  }

  const owner = voters[1] ?? voters[0]!;
  const dueOn = new Date(`${new Date(startsAt.getTime() + 21 * DAY).toISOString().slice(0, 10)}T00:00:00Z`);
  await db.actionItem.create({
    data: {
      meetingId: meeting.id,
      title: topic.action,
      ownerId: owner.userId,
      dueOn,
      status: !latest && dueOn.getTime() < Date.now() ? "DONE" : "OPEN",
      createdAt: startsAt,
    },
  });

  const record: MinutesRecord = {
    committeeName: committee.name,
    title: meeting.title,
    kind: "REGULAR",
    startsAt,
    location: plan.location,
    attendance: holders.map((holder) => ({
      name: holder.name,
      seat: holder.seat,
      status: designees.has(holder.userId) ? "DESIGNEE" : holder.userId === absentId ? "ABSENT" : "PRESENT",
      designeeName: designees.get(holder.userId)?.name ?? null,
    })),
    agenda: topic.agenda.map((title) => ({ title, presenter: null, description: null, policyNote: null })),
    decisions: [
      {
        question: topic.motion,
        agendaItemTitle: topic.agenda[1] ?? null,
        explanation: result.explanation,
        rollCall: voters.map((voter, index) => ({
          member: voter.name,
          designee: designees.get(voter.userId)?.name ?? null,
          vote: choices[index] ?? null,
          recusalReason: null,
        })),
      },
    ],
    openMotions: [],
    actionItems: [{ title: topic.action, owner: owner.name, dueOn, status: "OPEN" }],
  };
  const publishedAt = new Date(startsAt.getTime() + 2 * DAY);
  await db.minutes.create({
    data: { meetingId: meeting.id, status: "PUBLISHED", body: draftMinutes(record), draftedAt: closedAt, publishedAt, publishedById: organizerId, version: 2 },
  });
}

async function seedUpcomingMeeting(db: Db, committeeId: string, plan: CommitteePlan, startsAt: Date, organizerId: string, now: Date) {
  const month = startsAt.toLocaleString("en-US", { month: "long", timeZone: "America/Los_Angeles" });
  const meeting = await db.meeting.create({
    data: { committeeId, title: `${month} regular meeting`, startsAt, location: plan.location, createdById: organizerId },
  });
  const items = [];
  for (const [position, title] of plan.upcoming.entries()) {
    items.push(await db.agendaItem.create({ data: { committeeId, meetingId: meeting.id, position, title, presenter: position === 1 ? "Pat Leader" : null } }));
  }
  if (plan.policyItem) {
    const [title, policyNote] = plan.policyItem;
    const routedAt = new Date(now.getTime() - DAY);
    items.push(
      await db.agendaItem.create({
        data: { committeeId, meetingId: meeting.id, position: items.length, title, policyRoutedAt: routedAt, policyRoutedById: organizerId, policyNote },
      }),
    );
  }
  // As scheduling does in the app (src/server/meetings/agenda.ts attachWaitingItems): what was
  // waiting for the committee's next meeting (the demo change requests' gate votes) joins it.
  const waiting = await db.agendaItem.findMany({ where: { committeeId, meetingId: null }, orderBy: { createdAt: "asc" }, select: { id: true } });
  for (const [index, item] of waiting.entries()) {
    await db.agendaItem.update({ where: { id: item.id }, data: { meetingId: meeting.id, position: items.length + index } });
  }
  await postDemoMaterial(db, meeting.id, items[1]?.id ?? null, `${plan.upcoming[1]}: summary`, now, startsAt, organizerId);
  await postDemoMaterial(db, meeting.id, null, "Draft agenda", now, startsAt, organizerId);
}

async function postDemoMaterial(
  db: Db,
  meetingId: string,
  agendaItemId: string | null,
  title: string,
  postedAt: Date,
  meetingStartsAt: Date,
  uploadedById: string,
) {
  const content = await demoPdf(title);
  const fileName = `${title
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase()}.pdf`;
  const file = await db.storedFile.create({
    data: {
      fileName,
      contentType: "application/pdf",
      size: content.length,
      sha256: createHash("sha256").update(content).digest("hex"),
      content,
      uploadedById,
      uploadedAt: postedAt,
    },
  });
  await db.meetingMaterial.create({
    data: { meetingId, agendaItemId, fileId: file.id, title, postedAt, late: isMaterialLate(postedAt, { kind: "REGULAR", startsAt: meetingStartsAt }) },
  });
}

function demoPdf(title: string): Promise<Uint8Array<ArrayBuffer>> {
  const doc = new PDFDocument({ size: "LETTER", margin: 72 });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array<ArrayBuffer>>((resolve) => doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks)))));
  doc.font("Helvetica-Bold").fontSize(16).text(title).moveDown();
  doc
    .font("Helvetica")
    .fontSize(11)
    .text("Demo background material for the committee's meeting. In a real installation the organizer uploads the document here.");
  doc.end();
  return done;
}
