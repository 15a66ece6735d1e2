import { z } from "zod";
import { MAJORITY_RULES, QUORUM_RULES } from "@/domain/voting/tally";

/** An administrator's choice of how a committee's motions are decided (a product rule: the plan names none). */
export const votingRulesSchema = z.object({
  committeeId: z.string().uuid(),
  quorumRule: z.enum(QUORUM_RULES, { error: "Choose what makes a quorum." }),
  majorityRule: z.enum(MAJORITY_RULES, { error: "Choose what passes a motion." }),
});

export type VotingRulesInput = z.infer<typeof votingRulesSchema>;
