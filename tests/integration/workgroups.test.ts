import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/domain/identity/roles";
import { columnOfDay, dayOfColumn } from "@/domain/calendar/day";
import { workgroupAudit } from "@/domain/workgroups/audit-actions";
import { db } from "@/lib/db/client";
import { UserError } from "@/lib/errors";
import { castBallot } from "@/server/voting/cast-ballot";
import { closeMotionAndDecide } from "@/server/decisions/close-motion";
import { createWorkgroup } from "@/server/workgroups/create";
import { dissolveWorkgroup } from "@/server/workgroups/dissolve";
import { elevateOverdueActivities } from "@/server/workgroups/elevation";
import { addMember, removeMember } from "@/server/workgroups/members";
import { proposeActivity } from "@/server/workgroups/proposals";
import { completeActivity, recordRecommendation } from "@/server/workgroups/recommendation";
import { actor, makeAdmin, makeUser } from "../support/identity.ts";

const DAY = 86_400_000;
/** A calendar day `days` from today, as <input type="date"> sends it and the schema reads it. */
/** Midnight UTC of the UTC day `days` from now, as a date column holds it. */
const dayFromNow = (days: number) => columnOfDay(dayOfColumn(new Date(Date.now() + days * DAY)));

/** LCSAs of the seeded CASES consortium, two per caseload category (demo categories). */
let lcsas: Record<number, { id: string; name: string }[]>;
let ids: { casesEsc: string; casesTab: string; arsLcsa: string };
let chair: Awaited<ReturnType<typeof makeUser>>;
let escMembers: Awaited<ReturnType<typeof makeUser>>[];
let tabMember: Awaited<ReturnType<typeof makeUser>>;

/** Someone who works for an LCSA (an LCSA-scoped role). */
function staff(lcsaId: string, role: Role = "UAT_TESTER") {
  return makeUser(db, { roles: [{ role, scope: { type: "LCSA", lcsaId } }] });
}

async function seat(committeeId: string, sortOrder: number, userId: string, lcsaId: string | null = null) {
  const { id } = await db.seat.findFirstOrThrow({ where: { committeeId, sortOrder } });
  await db.term.create({ data: { seatId: id, userId, lcsaId, startsOn: new Date("2025-07-01") } });
}

const charter = {
  kind: "AD_HOC_WORKGROUP" as const,
  scope: "Report the impacts of the new federal bankruptcy legislation on the consortium system.",
  assumptions: "No change to CCSAS V2 requirements.",
  communication: "A written status to the ESC each month.",
  schedule: "Three months.",
  activityTitle: "Impact analysis",
  activityDescription: "Analyse the system and business impacts.",
};

async function newWorkgroup(name = `Workgroup ${crypto.randomUUID().slice(0, 6)}`, deadlineDays = 60, parentCommitteeId = ids.casesEsc) {
  return createWorkgroup(await actor(db, chair.id), { ...charter, parentCommitteeId, name, activityDeadline: dayFromNow(deadlineDays) });
}

/** Adds one staff member from each of `categories` (the n-th LCSA of the category). */
async function fill(workgroupId: string, categories: number[], nth = 0) {
  const people = [];
  for (const category of categories) {
    const lcsa = lcsas[category]![nth]!;
    const person = await staff(lcsa.id);
    await addMember(await actor(db, chair.id), { workgroupId, member: { userId: person.id, lcsaId: lcsa.id } });
    people.push({ ...person, lcsa });
  }
  return people;
}

async function firstActivity(workgroupId: string) {
  return db.workgroupActivity.findFirstOrThrow({ where: { workgroupId }, orderBy: { createdAt: "asc" } });
}

beforeAll(async () => {
  const [cases, esc, tab, ars] = await Promise.all([
    db.lcsa.findMany({ where: { consortium: { code: "CASES" } }, orderBy: { name: "asc" }, select: { id: true, name: true, caseloadCategory: true } }),
    db.committee.findUniqueOrThrow({ where: { code: "CASES-ESC" } }),
    db.committee.findUniqueOrThrow({ where: { code: "CASES-TAB" } }),
    db.lcsa.findFirstOrThrow({ where: { consortium: { code: "ARS" } } }),
  ]);
  lcsas = {};
  for (const lcsa of cases) (lcsas[lcsa.caseloadCategory] ??= []).push(lcsa);
  ids = { casesEsc: esc.id, casesTab: tab.id, arsLcsa: ars.id };

  // The chair and the TAB member hold their role both as an assignment and through a seat
  // (the session derives committee roles from seats: src/server/governance/session-grants.ts).
  chair = await makeUser(db, { name: "Casey Chair", roles: [{ role: "ESC_CHAIR", scope: { type: "COMMITTEE", committeeId: esc.id } }] });
  await seat(esc.id, 0, chair.id);
  escMembers = [];
  for (const category of [1, 2, 3, 4, 5, 6]) {
    const lcsa = lcsas[category]!.at(-1)!;
    const member = await staff(lcsa.id, "LCSA_DIRECTOR");
    await seat(esc.id, category, member.id, lcsa.id);
    escMembers.push(member);
  }
  tabMember = await makeUser(db, {
    roles: [
      { role: "CONSORTIUM_PROJECT_LEADER", scope: { type: "CONSORTIUM", consortiumId: esc.consortiumId } },
      { role: "TAB_MEMBER", scope: { type: "COMMITTEE", committeeId: tab.id } },
    ],
  });
  await seat(tab.id, 0, tabMember.id);
});

describe("creating a workgroup", () => {
  it("the ESC chair creates one with its charter and first activity; it is an ad hoc committee of the consortium", async () => {
    const created = await newWorkgroup("Bankruptcy legislation impacts");
    const workgroup = await db.workgroup.findUniqueOrThrow({ where: { id: created.id }, include: { committee: true, activities: true } });
    expect(workgroup).toMatchObject({ parentCommitteeId: ids.casesEsc, status: "ACTIVE", scope: charter.scope, communication: charter.communication });
    expect(workgroup.committee).toMatchObject({
      name: "Bankruptcy legislation impacts",
      kind: "AD_HOC_WORKGROUP",
      code: expect.stringMatching(/^CASES-ESC-WG-\d+$/),
    });
    expect(workgroup.activities).toEqual([expect.objectContaining({ title: "Impact analysis", status: "ACTIVE", deadline: dayFromNow(60) })]);
    expect(await db.auditEvent.count({ where: { action: workgroupAudit.create, entityId: created.id } })).toBe(1);

    await expect(newWorkgroup("Bankruptcy legislation impacts")).rejects.toThrow(
      "CASES Executive Steering Committee already has a workgroup called “Bankruptcy legislation impacts”.",
    );
  });

  it("a TAB seat holder creates one for the TAB, standing if chosen; an ESC member, and the chair for the TAB, may not", async () => {
    const input = { ...charter, kind: "STANDING_WORKGROUP" as const, parentCommitteeId: ids.casesTab, name: "Interfaces", activityDeadline: dayFromNow(30) };
    const created = await createWorkgroup(await actor(db, tabMember.id), input);
    expect(await db.committee.findFirstOrThrow({ where: { workgroup: { id: created.id } } })).toMatchObject({
      kind: "STANDING_WORKGROUP",
      code: "CASES-TAB-WG-1",
    });
    await expect(createWorkgroup(await actor(db, escMembers[0]!.id), { ...input, parentCommitteeId: ids.casesEsc })).rejects.toThrow(
      "You do not have permission to do that.",
    );
    await expect(createWorkgroup(await actor(db, chair.id), { ...input, name: "Other" })).rejects.toThrow("You do not have permission to do that.");
  });

  it("refuses a deadline that is not in the future, and changes nothing", async () => {
    const before = await db.workgroup.count();
    await expect(
      createWorkgroup(await actor(db, chair.id), { ...charter, parentCommitteeId: ids.casesEsc, name: "Late", activityDeadline: dayFromNow(-1) }),
    ).rejects.toThrow(/^Choose a deadline after /);
    expect(await db.workgroup.count()).toBe(before);
  });
});

describe("membership", () => {
  it("refuses, with the reason, a second member of one LCSA, an unbalanced category, another consortium, someone without a role there, an inactive account", async () => {
    const { id: workgroupId } = await newWorkgroup();
    const chairCtx = await actor(db, chair.id);
    const [first] = await fill(workgroupId, [4]);
    const refusal = (userId: string, lcsaId: string) => addMember(chairCtx, { workgroupId, member: { userId, lcsaId } });

    const colleague = await staff(first!.lcsa.id);
    await expect(refusal(colleague.id, first!.lcsa.id)).rejects.toThrow(
      `${first!.lcsa.name} LCSA is already represented by ${first!.name}. In the CASES consortium a workgroup has one representative per LCSA`,
    );
    const sameCategory = lcsas[4]![1]!;
    const other = await staff(sameCategory.id);
    await expect(refusal(other.id, sameCategory.id)).rejects.toThrow(
      "Caseload category 4 already has 1 member while categories 1, 2, 3, 5 and 6 have nobody. A workgroup must span the caseload size categories",
    );
    const arsStaff = await staff(ids.arsLcsa);
    await expect(refusal(arsStaff.id, ids.arsLcsa)).rejects.toThrow(/belongs to the ARS consortium; this workgroup represents CASES\.$/);
    const outsider = await makeUser(db, { name: "Otto Outsider" });
    await expect(refusal(outsider.id, lcsas[1]![0]!.id)).rejects.toThrow(
      `Otto Outsider holds no role at ${lcsas[1]![0]!.name} LCSA, so they cannot represent it.`,
    );
    const disabled = await makeUser(db, {
      name: "Dee Disabled",
      status: "DISABLED",
      roles: [{ role: "UAT_TESTER", scope: { type: "LCSA", lcsaId: lcsas[1]![0]!.id } }],
    });
    await expect(refusal(disabled.id, lcsas[1]![0]!.id)).rejects.toThrow("Dee Disabled's account is not active, so they cannot join a workgroup.");
    await expect(addMember(await actor(db, escMembers[0]!.id), { workgroupId, member: { userId: other.id, lcsaId: lcsas[1]![0]!.id } })).rejects.toThrow(
      "You do not have permission",
    );

    expect(await db.workgroupMember.count({ where: { workgroupId } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: workgroupAudit.add_member, entityId: workgroupId } })).toBe(1);
    expect(await db.notification.count({ where: { userId: first!.id, kind: "workgroup.member_added" } })).toBe(1);
  });

  it("after a removal the next member must fill the empty category; an eighth is refused", async () => {
    const { id: workgroupId } = await newWorkgroup();
    const members = await fill(workgroupId, [1, 2, 3, 4, 5, 6]);
    await removeMember(await actor(db, chair.id), { workgroupId, userId: members[2]!.id });
    await expect(fill(workgroupId, [4], 1)).rejects.toThrow("Caseload category 4 already has 1 member while category 3 has nobody.");
    await fill(workgroupId, [3, 6], 1);
    await expect(fill(workgroupId, [5], 1)).rejects.toThrow(
      'This workgroup already has 7 members, the most allowed ("no more than seven members", Governance plan 2.4).',
    );
    expect(await db.workgroupMember.count({ where: { workgroupId } })).toBe(7);
  });

  it("two people adding the 7th and 8th member at the same moment leave seven members, and the other is told why", async () => {
    const { id: workgroupId } = await newWorkgroup();
    await fill(workgroupId, [1, 2, 3, 4, 5, 6]);
    const candidates = await Promise.all(
      [1, 2, 3, 4, 5, 6].map(async (category) => ({ person: await staff(lcsas[category]![1]!.id), lcsa: lcsas[category]![1]! })),
    );
    const contexts = await Promise.all([actor(db, chair.id), makeAdmin(db).then((admin) => actor(db, admin.id))]);
    const attempts = await Promise.allSettled(
      candidates.map(({ person, lcsa }, index) => addMember(contexts[index % 2]!, { workgroupId, member: { userId: person.id, lcsaId: lcsa.id } })),
    );
    expect(attempts.filter((attempt) => attempt.status === "fulfilled")).toHaveLength(1);
    for (const attempt of attempts.filter((attempt) => attempt.status === "rejected")) {
      expect(attempt.reason).toBeInstanceOf(UserError);
      expect((attempt.reason as Error).message).toMatch(/^This workgroup already has 7 members/);
    }
    expect(await db.workgroupMember.count({ where: { workgroupId } })).toBe(7);
  });
});

describe("recommendations go to the ESC", () => {
  it("a member records the consensus recommendation: it goes on the ESC's next meeting's agenda and the ESC is told", async () => {
    const { id: workgroupId } = await newWorkgroup("Recommending group");
    const [member] = await fill(workgroupId, [2]);
    const meeting = await db.meeting.create({
      data: { committeeId: ids.casesEsc, title: "ESC regular meeting", startsAt: new Date(Date.now() + 10 * DAY), createdById: chair.id },
    });
    const activity = await firstActivity(workgroupId);

    await expect(recordRecommendation(await actor(db, escMembers[0]!.id), { activityId: activity.id, recommendation: "Adopt option B." })).rejects.toThrow(
      "You do not have permission",
    );
    await recordRecommendation(await actor(db, member!.id), { activityId: activity.id, recommendation: "Adopt option B: change the bankruptcy screens only." });

    expect(await db.workgroupActivity.findUniqueOrThrow({ where: { id: activity.id } })).toMatchObject({
      status: "RECOMMENDED",
      recommendation: "Adopt option B: change the bankruptcy screens only.",
    });
    const items = await db.agendaItem.findMany({ where: { sourceType: "WorkgroupActivity", sourceId: activity.id } });
    expect(items).toEqual([
      expect.objectContaining({
        committeeId: ids.casesEsc,
        meetingId: meeting.id,
        title: "Workgroup recommendation: Impact analysis",
        presenter: "Recommending group",
      }),
    ]);
    const told = await db.notification.findMany({ where: { kind: "workgroup.recommendation", link: `/workgroups/${workgroupId}` }, select: { userId: true } });
    expect(told.map((notice) => notice.userId).sort()).toEqual([chair.id, ...escMembers.map((user) => user.id)].sort());

    await expect(recordRecommendation(await actor(db, member!.id), { activityId: activity.id, recommendation: "Again." })).rejects.toThrow(
      "The workgroup's recommendation for this activity has already gone to the ESC.",
    );
    expect(await db.agendaItem.count({ where: { sourceId: activity.id } })).toBe(1);
    await db.agendaItem.deleteMany({ where: { meetingId: meeting.id } });
    await db.meeting.delete({ where: { id: meeting.id } });
  });

  it("a TAB's workgroup reports to the ESC of its consortium, waiting for its next meeting when none is scheduled; the TAB is told too", async () => {
    const created = await createWorkgroup(await actor(db, tabMember.id), {
      ...charter,
      parentCommitteeId: ids.casesTab,
      name: "TAB's group",
      activityDeadline: dayFromNow(40),
    });
    const activity = await firstActivity(created.id);
    await recordRecommendation(await actor(db, tabMember.id), { activityId: activity.id, recommendation: "Retire the old interface." });
    expect(await db.agendaItem.findFirstOrThrow({ where: { sourceId: activity.id } })).toMatchObject({ committeeId: ids.casesEsc, meetingId: null });
    expect(await db.notification.count({ where: { kind: "workgroup.recommendation", userId: tabMember.id, link: `/workgroups/${created.id}` } })).toBe(1);
  });
});

describe("elevation of an overdue activity", () => {
  it("past its deadline without a recommendation, it is elevated once, listed once and announced once, even when two runs race", async () => {
    const { id: workgroupId } = await newWorkgroup("Slow group", 1);
    const [member] = await fill(workgroupId, [5]);
    const activity = await firstActivity(workgroupId);

    expect(await elevateOverdueActivities(new Date())).toBe(0);
    const later = new Date(Date.now() + 3 * DAY);
    const runs = await Promise.all([elevateOverdueActivities(later), elevateOverdueActivities(later)]);
    expect(runs[0] + runs[1]).toBe(1);
    expect(await elevateOverdueActivities(later)).toBe(0);

    expect(await db.workgroupActivity.findUniqueOrThrow({ where: { id: activity.id } })).toMatchObject({ status: "ELEVATED", elevatedAt: later });
    expect(await db.agendaItem.findMany({ where: { sourceType: "WorkgroupActivity", sourceId: activity.id } })).toEqual([
      expect.objectContaining({ committeeId: ids.casesEsc, title: "Elevated from Slow group: Impact analysis" }),
    ]);
    expect(await db.notification.count({ where: { kind: "workgroup.elevated", userId: chair.id, link: `/workgroups/${workgroupId}` } })).toBe(1);
    expect(await db.auditEvent.findMany({ where: { action: workgroupAudit.elevate, entityId: activity.id } })).toEqual([
      expect.objectContaining({ actorId: null }),
    ]);

    await expect(recordRecommendation(await actor(db, member!.id), { activityId: activity.id, recommendation: "Too late." })).rejects.toThrow(
      "This activity passed its deadline without a recommendation and has been elevated to the ESC.",
    );
    await completeActivity(await actor(db, chair.id), { activityId: activity.id });
    expect(await db.workgroupActivity.findUniqueOrThrow({ where: { id: activity.id } })).toMatchObject({ status: "DONE" });
  });

  it("a recommendation is refused once the deadline day is over, even before the scheduler has run", async () => {
    const { id: workgroupId } = await newWorkgroup("Overdue group", 1);
    const activity = await firstActivity(workgroupId);
    await expect(
      recordRecommendation(await actor(db, chair.id), { activityId: activity.id, recommendation: "Late idea." }, new Date(Date.now() + 3 * DAY)),
    ).rejects.toThrow(/has passed without a recommendation, so the issue goes back to the ESC for action/);
    expect(await db.workgroupActivity.findUniqueOrThrow({ where: { id: activity.id } })).toMatchObject({ status: "ACTIVE", recommendation: null });
  });
});

describe("a new activity needs the ESC's motion", () => {
  async function vote(motionId: string, choice: string) {
    for (const member of escMembers.slice(0, 4)) await castBallot(await actor(db, member.id), { motionId, choice });
    return closeMotionAndDecide(await actor(db, chair.id), { motionId });
  }

  it("stays PROPOSED while the ESC votes, becomes ACTIVE when the motion passes and REJECTED when it does not", async () => {
    const { id: workgroupId } = await newWorkgroup("Proposing group");
    const [member] = await fill(workgroupId, [3]);
    const memberCtx = await actor(db, member!.id);

    await expect(
      proposeActivity(memberCtx, { workgroupId, title: "Too soon", description: "Deadline within the vote.", deadline: dayFromNow(3) }),
    ).rejects.toThrow(/^Choose a deadline after .*\. The ESC's vote on a new activity closes that day\.$/);
    await expect(
      proposeActivity(await actor(db, escMembers[0]!.id), { workgroupId, title: "Outsider", description: "Not a member.", deadline: dayFromNow(30) }),
    ).rejects.toThrow("You do not have permission");

    const approved = await proposeActivity(memberCtx, { workgroupId, title: "Phase two", description: "Test the screens.", deadline: dayFromNow(30) });
    const motion = await db.motion.findUniqueOrThrow({ where: { id: approved.motionId }, include: { voters: true } });
    expect(motion).toMatchObject({ committeeId: ids.casesEsc, status: "OPEN", openedById: member!.id });
    expect(motion.question).toMatch(/^Approve a new activity for the workgroup Proposing group: “Phase two”, due /);
    expect(motion.voters).toHaveLength(7);
    expect(await db.workgroupActivity.findUniqueOrThrow({ where: { id: approved.activityId } })).toMatchObject({
      status: "PROPOSED",
      approvalMotionId: motion.id,
    });
    await expect(recordRecommendation(memberCtx, { activityId: approved.activityId, recommendation: "Early." })).rejects.toThrow(
      "waiting for the ESC to approve it",
    );

    expect((await vote(motion.id, "approve")).passed).toBe(true);
    expect(await db.workgroupActivity.findUniqueOrThrow({ where: { id: approved.activityId } })).toMatchObject({ status: "ACTIVE" });
    expect(await db.auditEvent.count({ where: { action: workgroupAudit.activity_approved, entityId: approved.activityId } })).toBe(1);
    expect(await db.notification.count({ where: { userId: member!.id, kind: "workgroup.activity_decided" } })).toBe(1);

    const rejected = await proposeActivity(memberCtx, { workgroupId, title: "Phase three", description: "More.", deadline: dayFromNow(30) });
    expect((await vote(rejected.motionId, "defer")).passed).toBe(false);
    expect(await db.workgroupActivity.findUniqueOrThrow({ where: { id: rejected.activityId } })).toMatchObject({ status: "REJECTED" });
  });
});

describe("dissolution", () => {
  it("is refused while work is open; afterwards the workgroup cannot change", async () => {
    const { id: workgroupId } = await newWorkgroup("Finishing group");
    const [member] = await fill(workgroupId, [6]);
    const chairCtx = await actor(db, chair.id);
    await expect(dissolveWorkgroup(chairCtx, { workgroupId })).rejects.toThrow(/“Impact analysis” \(due .*\) is still open\./);
    await expect(dissolveWorkgroup(await actor(db, member!.id), { workgroupId })).rejects.toThrow("You do not have permission");

    const activity = await firstActivity(workgroupId);
    await recordRecommendation(await actor(db, member!.id), { activityId: activity.id, recommendation: "Done: no change needed." });
    await dissolveWorkgroup(chairCtx, { workgroupId });
    expect(await db.workgroup.findUniqueOrThrow({ where: { id: workgroupId } })).toMatchObject({ status: "DISSOLVED", dissolvedAt: expect.any(Date) });
    expect(await db.workgroupActivity.findUniqueOrThrow({ where: { id: activity.id } })).toMatchObject({ status: "DONE" });

    const dissolved = "This workgroup has been dissolved; it can no longer be changed.";
    await expect(dissolveWorkgroup(chairCtx, { workgroupId })).rejects.toThrow(dissolved);
    await expect(fill(workgroupId, [1])).rejects.toThrow(dissolved);
    await expect(removeMember(chairCtx, { workgroupId, userId: member!.id })).rejects.toThrow(dissolved);
    await expect(proposeActivity(chairCtx, { workgroupId, title: "More", description: "More work.", deadline: dayFromNow(30) })).rejects.toThrow(dissolved);
  });
});
