import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { setVotingRules } from "@/server/governance/voting-rules";
import { actor, makeAdmin, makeUser } from "../support/identity.ts";

/**
 * Issue 12, fidelity 11: the plan names no quorum and no majority, so they are the
 * product's rules, and an office chooses its own: an administrator sets each committee's.
 * Motions already open keep the rules they opened with.
 */
describe("a committee's voting rules", () => {
  it("are set by an administrator, audited, and refused to anyone else", async () => {
    const tag = crypto.randomUUID().slice(0, 8);
    const committee = await db.committee.create({ data: { code: `ESC-${tag}`, name: `ESC ${tag}`, kind: "ESC" } });
    const admin = await actor(db, (await makeAdmin(db)).id);
    const chair = await makeUser(db, { roles: [{ role: "ESC_CHAIR", scope: { type: "COMMITTEE", committeeId: committee.id } }] });

    await expect(
      setVotingRules(await actor(db, chair.id), { committeeId: committee.id, quorumRule: "ALL_VOTING_SEATS", majorityRule: "TWO_THIRDS_OF_VOTES_CAST" }),
    ).rejects.toThrow(ForbiddenError);
    await setVotingRules(admin, { committeeId: committee.id, quorumRule: "ALL_VOTING_SEATS", majorityRule: "TWO_THIRDS_OF_VOTES_CAST" });

    expect(await db.committee.findUniqueOrThrow({ where: { id: committee.id } })).toMatchObject({
      quorumRule: "ALL_VOTING_SEATS",
      majorityRule: "TWO_THIRDS_OF_VOTES_CAST",
    });
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: committee.id, action: "governance.set_voting_rules" } });
    expect(event.before).toEqual({ quorumRule: "MAJORITY_OF_VOTING_SEATS", majorityRule: "MAJORITY_OF_VOTES_CAST" });
  });
});
