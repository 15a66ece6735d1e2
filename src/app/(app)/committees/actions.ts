"use server";

import { votingRulesSchema } from "@/domain/governance/schemas";
import { defineAction } from "@/server/action";
import { setVotingRules } from "@/server/governance/voting-rules";

export const setVotingRulesAction = defineAction(votingRulesSchema, setVotingRules, {
  successMessage: "Saved. Motions opened from now on are decided by these rules; those already open keep theirs.",
});
