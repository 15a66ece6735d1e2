import "server-only";

/** Every write to an election, one command each (src/lib/command.ts). */
export { openVotingNow, setElectorate } from "@/server/elections/before-voting";
export { castElectionVote } from "@/server/elections/cast-vote";
export { certifyElection } from "@/server/elections/certify";
export { closeDueElections, closeVoting } from "@/server/elections/close-voting";
export { nominate, withdrawNomination } from "@/server/elections/nominations";
export { openElection } from "@/server/elections/open-election";
