"use server";

import { revalidatePath } from "next/cache";
import {
  castElectionVoteSchema,
  electionIdSchema,
  nominateSchema,
  openElectionSchema,
  setElectorateSchema,
  withdrawNominationSchema,
} from "@/domain/governance/election-schemas";
import { defineAction } from "@/lib/action";
import {
  castElectionVote,
  certifyElection,
  closeVoting,
  nominate,
  openElection,
  openVotingNow,
  setElectorate,
  withdrawNomination,
} from "@/server/elections/commands";

const refresh = () => revalidatePath("/elections/[id]", "page");

export const openElectionAction = defineAction(openElectionSchema, async (input, ctx) => {
  const election = await openElection(ctx, input);
  revalidatePath(`/committees/${input.committeeId}`);
  return { electionId: election.id };
});

export const nominateAction = defineAction(
  nominateSchema,
  async (input, ctx) => {
    const nomination = await nominate(ctx, { contestId: input.contestId, ...input.candidate });
    refresh();
    return { candidate: nomination.candidate, seat: nomination.seat };
  },
  { successMessage: (nomination) => `${nomination.candidate} is a candidate for ${nomination.seat}.` },
);

export const withdrawNominationAction = defineAction(
  withdrawNominationSchema,
  async (input, ctx) => {
    const withdrawn = await withdrawNomination(ctx, input.nominationId);
    refresh();
    return withdrawn;
  },
  { successMessage: (withdrawn) => `${withdrawn.candidate}'s nomination is withdrawn.` },
);

export const setElectorateAction = defineAction(
  setElectorateSchema,
  async (input, ctx) => {
    const contest = await setElectorate(ctx, input);
    refresh();
    return { electorate: contest.electorate };
  },
  { successMessage: (contest) => (contest.electorate === "CONSORTIUM" ? "Every LCSA of the consortium votes for this seat." : "The LCSAs of this seat's caseload category vote for it.") },
);

export const castElectionVoteAction = defineAction(
  castElectionVoteSchema,
  async (input, ctx) => {
    const vote = await castElectionVote(ctx, input);
    refresh();
    return { candidate: vote.candidate, lcsa: vote.lcsa, changed: vote.changed };
  },
  { successMessage: (vote) => `The ${vote.lcsa} LCSA's vote is ${vote.changed ? "changed to" : "recorded for"} ${vote.candidate}. It can be changed until voting closes.` },
);

export const openVotingNowAction = defineAction(
  electionIdSchema,
  async (input, ctx) => {
    await openVotingNow(ctx, input.electionId);
    refresh();
  },
  { successMessage: "Nominations are closed and voting is open." },
);

export const closeVotingAction = defineAction(
  electionIdSchema,
  async (input, ctx) => {
    const counted = await closeVoting(ctx, input.electionId);
    refresh();
    return counted.status;
  },
  { successMessage: (status) => (status === "VOTING" ? "Votes counted. A tie went to a runoff: voting in it is open now." : "Votes counted. The results can now be certified.") },
);

export const certifyElectionAction = defineAction(
  electionIdSchema,
  async (input, ctx) => {
    const certified = await certifyElection(ctx, input.electionId);
    refresh();
    return certified.terms;
  },
  { successMessage: (terms) => `Results certified; ${terms} ${terms === 1 ? "term is" : "terms are"} recorded in the seat registry.` },
);
