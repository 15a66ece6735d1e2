import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { UserError } from "@/lib/errors";
import { castBallot } from "@/server/voting/cast-ballot";
import { closeMotionAndDecide } from "@/server/decisions/close-motion";
import { nameDesignee } from "@/server/voting/designee";
import { openMotion } from "@/server/voting/open-motion";
import { actor, makeAdmin, makeUser } from "../support/identity.ts";

/** A committee of `voting` voting seats and one advisory seat, each held from last year on. */
async function committeeWith(voting: number) {
  const committee = await db.committee.create({ data: { code: `TEST-${crypto.randomUUID().slice(0, 8)}`, name: "Test Steering Committee", kind: "ESC" } });
  const members = await Promise.all(Array.from({ length: voting }, () => makeUser(db)));
  const adviser = await makeUser(db);
  for (const [index, user] of [...members, adviser].entries()) {
    const seat = await db.seat.create({
      data: { committeeId: committee.id, title: `Seat ${index}`, kind: user === adviser ? "ADVISORY" : "VOTING", sortOrder: index },
    });
    await db.term.create({ data: { seatId: seat.id, userId: user.id, startsOn: new Date("2025-07-01") } });
  }
  return { committee, members, adviser };
}

describe("voting under concurrency", () => {
  let admin: Awaited<ReturnType<typeof makeAdmin>>;
  beforeAll(async () => {
    admin = await makeAdmin(db);
  });

  it("200 concurrent ballot attempts from 20 voters count exactly one ballot each, and none after close", async () => {
    const { committee, members } = await committeeWith(20);
    const motion = await openMotion(await actor(db, admin.id), { committeeId: committee.id, question: "Approve the test change?", hoursOpen: 2 });
    const contexts = await Promise.all(members.map((member) => actor(db, member.id)));
    const choices = ["approve", "reject", "defer", "abstain"];

    const attempts = await Promise.allSettled(
      Array.from({ length: 200 }, (_, index) => castBallot(contexts[index % 20]!, { motionId: motion.id, choice: choices[index % 4] })),
    );
    expect(attempts.filter((attempt) => attempt.status === "rejected").map((attempt) => String(attempt.reason))).toEqual([]);
    const ballots = await db.ballot.findMany({ where: { motionId: motion.id } });
    expect(ballots).toHaveLength(20);
    expect(new Set(ballots.map((ballot) => ballot.voterId)).size).toBe(20);

    const result = await closeMotionAndDecide(await actor(db, admin.id), { motionId: motion.id });
    expect(result.votesCast + result.abstentions).toBe(20);

    const late = await Promise.allSettled(contexts.map((ctx) => castBallot(ctx, { motionId: motion.id, choice: "approve" })));
    expect(late.every((attempt) => attempt.status === "rejected" && attempt.reason instanceof UserError)).toBe(true);
    expect((late[0] as PromiseRejectedResult).reason).toHaveProperty("message", "Voting on this motion has closed; your vote was not recorded.");
    expect(await db.ballot.count({ where: { motionId: motion.id } })).toBe(20);
  });

  it("30 voters each casting twice at once are audited as 30 votes cast and 30 changed, each change naming the vote it replaced", async () => {
    const { committee, members } = await committeeWith(30);
    const motion = await openMotion(await actor(db, admin.id), { committeeId: committee.id, question: "Audit labels?", hoursOpen: 2 });
    const contexts = await Promise.all(members.map((member) => actor(db, member.id)));
    const attempts = await Promise.allSettled(
      contexts.flatMap((ctx) => [castBallot(ctx, { motionId: motion.id, choice: "approve" }), castBallot(ctx, { motionId: motion.id, choice: "reject" })]),
    );
    expect(attempts.filter((attempt) => attempt.status === "rejected")).toEqual([]);

    const events = await db.auditEvent.findMany({
      where: { entityType: "Motion", entityId: motion.id, action: { in: ["voting.cast_ballot", "voting.change_ballot"] } },
    });
    const byAction = (action: string) => events.filter((event) => event.action === action);
    expect(byAction("voting.cast_ballot")).toHaveLength(30);
    expect(byAction("voting.change_ballot")).toHaveLength(30);
    // Each voter: one first vote with nothing before it, one change that names it.
    for (const member of members) {
      const mine = events.filter((event) => event.actorId === member.id);
      const cast = mine.find((event) => event.action === "voting.cast_ballot")!;
      const change = mine.find((event) => event.action === "voting.change_ballot")!;
      expect(cast.before).toBeNull();
      expect((change.before as { choice: string }).choice).toBe((cast.after as { choice: string }).choice);
      expect(change.summary).toMatch(/^Changed the vote from “(approve|reject)” to “(approve|reject)”$/);
    }
  });

  it("a close racing with ballots leaves no ballot written after it", async () => {
    const { committee, members } = await committeeWith(20);
    const motion = await openMotion(await actor(db, admin.id), { committeeId: committee.id, question: "Race?", hoursOpen: 2 });
    const contexts = await Promise.all(members.map((member) => actor(db, member.id)));
    const adminCtx = await actor(db, admin.id);
    const casts = Array.from({ length: 100 }, (_, index) => castBallot(contexts[index % 20]!, { motionId: motion.id, choice: "approve" }));
    const [closed] = await Promise.allSettled([closeMotionAndDecide(adminCtx, { motionId: motion.id }), ...casts]);
    expect(closed.status).toBe("fulfilled");

    const stored = await db.motion.findUniqueOrThrow({ where: { id: motion.id }, include: { ballots: true } });
    for (const ballot of stored.ballots) expect(ballot.updatedAt.getTime()).toBeLessThanOrEqual(stored.closedAt!.getTime());
    // The recorded tally counts exactly the ballots that exist.
    expect((stored.result as { counts: Record<string, number> }).counts.approve).toBe(stored.ballots.length);
  });

  it("refuses the ineligible, and lets a designee vote in a member's place", async () => {
    const { committee, members, adviser } = await committeeWith(3);
    const motion = await openMotion(await actor(db, admin.id), { committeeId: committee.id, question: "Designees?", hoursOpen: 1 });
    await expect(castBallot(await actor(db, adviser.id), { motionId: motion.id, choice: "approve" })).rejects.toThrow(
      "You are not a voting member for this motion, so you cannot vote on it.",
    );

    const designee = await makeUser(db);
    await db.motionVoter.update({ where: { motionId_userId: { motionId: motion.id, userId: members[0]!.id } }, data: { designeeId: designee.id } });
    await expect(castBallot(await actor(db, members[0]!.id), { motionId: motion.id, choice: "approve" })).rejects.toThrow(
      "You named a designee for this motion, so your designee votes in your place.",
    );
    await castBallot(await actor(db, designee.id, "req-designee"), { motionId: motion.id, choice: "reject" });
    expect(await db.ballot.findUniqueOrThrow({ where: { motionId_voterId: { motionId: motion.id, voterId: members[0]!.id } } })).toMatchObject({
      castById: designee.id,
      choice: "reject",
    });
    expect(await db.auditEvent.findFirstOrThrow({ where: { requestId: "req-designee" } })).toMatchObject({
      actorId: designee.id,
      onBehalfOfId: members[0]!.id,
      action: "voting.cast_ballot",
      entityId: motion.id,
      before: null,
      after: { choice: "reject", recusalReason: null },
    });
    // A changed vote is audited with what it was before; the ballot's time is the moment it changed.
    const changedAt = new Date();
    await castBallot(await actor(db, designee.id, "req-designee-change"), { motionId: motion.id, choice: "defer" }, changedAt);
    expect(await db.auditEvent.findFirstOrThrow({ where: { requestId: "req-designee-change" } })).toMatchObject({
      action: "voting.change_ballot",
      before: { choice: "reject", recusalReason: null },
      after: { choice: "defer", recusalReason: null },
    });
    const changed = await db.ballot.findUniqueOrThrow({ where: { motionId_voterId: { motionId: motion.id, voterId: members[0]!.id } } });
    expect(changed.updatedAt.toISOString()).toBe(changedAt.toISOString());
    await expect(castBallot(await actor(db, designee.id), { motionId: motion.id, choice: "maybe" })).rejects.toThrow(
      '"maybe" is not an option of this motion.',
    );
    await castBallot(await actor(db, designee.id), { motionId: motion.id, choice: "reject" });

    await castBallot(await actor(db, members[1]!.id), { motionId: motion.id, recusalReason: "My LCSA proposed the change." });
    await castBallot(await actor(db, members[2]!.id), { motionId: motion.id, choice: "approve" });
    const result = await closeMotionAndDecide(await actor(db, admin.id), { motionId: motion.id });
    expect(result.explanation).toBe("No decision: no option reached a majority of votes cast (approve 1, reject 1, defer 0); quorum of 2 met; 1 recused.");
  });

  it("only the chair or an administrator closes a motion before its deadline; anyone may after", async () => {
    const { committee, members } = await committeeWith(2);
    const motion = await openMotion(await actor(db, admin.id), { committeeId: committee.id, question: "Deadline?", hoursOpen: 1 });
    await expect(closeMotionAndDecide(await actor(db, members[0]!.id), { motionId: motion.id })).rejects.toThrow("You do not have permission to do that.");
    const later = new Date(Date.now() + 2 * 3_600_000);
    await expect(castBallot(await actor(db, members[0]!.id), { motionId: motion.id, choice: "approve" }, later)).rejects.toThrow(
      "Voting on this motion has closed",
    );
    const result = await closeMotionAndDecide(await actor(db, members[0]!.id), { motionId: motion.id }, later);
    expect(result.outcome).toEqual({ kind: "no_quorum" });
  });

  it("a member names a designee by email, within the rules, and cannot change it once their seat has voted", async () => {
    const { committee, members } = await committeeWith(3);
    const motion = await openMotion(await actor(db, admin.id), { committeeId: committee.id, question: "Name designees?", hoursOpen: 1 });
    const member = await actor(db, members[0]!.id, "req-name");
    const deputy = await makeUser(db, { email: `deputy-${crypto.randomUUID().slice(0, 6)}@example.gov` });

    await expect(nameDesignee(member, { motionId: motion.id, designeeEmail: "nobody@example.gov" })).rejects.toThrow("No active user has that email address.");
    await expect(nameDesignee(member, { motionId: motion.id, designeeEmail: members[0]!.email })).rejects.toThrow("You cannot be your own designee.");
    await expect(nameDesignee(member, { motionId: motion.id, designeeEmail: members[1]!.email })).rejects.toThrow("already votes on this motion");
    await expect(nameDesignee(await actor(db, deputy.id), { motionId: motion.id, designeeEmail: members[0]!.email })).rejects.toThrow(
      "Only a voting member of this motion can name a designee.",
    );

    await expect(nameDesignee(member, { motionId: motion.id, designeeEmail: deputy.email })).resolves.toMatchObject({ id: deputy.id });
    expect(await db.auditEvent.findFirstOrThrow({ where: { requestId: "req-name" } })).toMatchObject({
      action: "voting.name_designee",
      after: { designeeId: deputy.id },
    });
    await castBallot(await actor(db, deputy.id), { motionId: motion.id, choice: "approve" });
    await expect(nameDesignee(member, { motionId: motion.id, designeeEmail: "" })).rejects.toThrow("A vote has already been cast for your seat");
    expect(await db.motionVoter.findUniqueOrThrow({ where: { motionId_userId: { motionId: motion.id, userId: members[0]!.id } } })).toMatchObject({
      designeeId: deputy.id,
    });
  });
});
