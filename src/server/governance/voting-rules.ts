import "server-only";
import { governanceAudit } from "@/domain/governance/audit-actions";
import { governancePermissions } from "@/domain/governance/permissions";
import type { VotingRulesInput } from "@/domain/governance/schemas";
import { defineCommand, defineSubject } from "@/lib/command";
import { NotFoundError } from "@/lib/errors";

/** A committee's row, locked for a change to its rules (two administrators at once queue). */
const committeeRulesSubject = defineSubject({
  type: "Committee",
  async lock(tx, id) {
    const [committee] = await tx.$queryRaw<{ id: string; name: string; quorumRule: string; majorityRule: string }[]>`
      SELECT id, name, "quorumRule"::text AS "quorumRule", "majorityRule"::text AS "majorityRule" FROM "Committee" WHERE id = ${id} FOR UPDATE`;
    if (!committee) throw new NotFoundError("That committee");
    return committee;
  },
  idOf: (committee) => committee.id,
  paths: (committee) => [`/committees/${committee.id}`],
});

/**
 * How a committee's motions are decided. The Governance plan names no quorum and no
 * majority, so they are the product's rules, chosen per committee by an administrator
 * (defaults: a majority of the voting seats for a quorum, a majority of votes cast to pass).
 * A motion copies the rules when it opens, so a change never alters a vote under way.
 */
export const setVotingRules = defineCommand({
  name: governanceAudit.set_voting_rules,
  subject: committeeRulesSubject,
  target: (input: VotingRulesInput) => input.committeeId,
  permission: governancePermissions.setVotingRules,
  resource: (committee) => ({ committeeId: committee.id }),
  async run({ tx, input, record: committee }) {
    await tx.committee.update({ where: { id: committee.id }, data: { quorumRule: input.quorumRule, majorityRule: input.majorityRule } });
    return { quorumRule: input.quorumRule, majorityRule: input.majorityRule };
  },
  audit: ({ record: committee, result }) => ({
    // The rules themselves are in before and after; the summary is what a reader of the log needs first.
    summary: `Changed how ${committee.name} decides its motions (quorum and majority)`,
    before: { quorumRule: committee.quorumRule, majorityRule: committee.majorityRule },
    after: result,
  }),
});
