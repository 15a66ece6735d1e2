/**
 * The voting engine's arithmetic, shared by every decision in the product (change request
 * gates, workgroup recommendations, any agenda item). Pure: the caller passes the ballots
 * and the committee's rules. Governance plan 2.1: the ESC's members and its chair vote;
 * 2.2: "TAB members are not elected and do not vote". The plan names no quorum and no
 * majority. Product rule: a quorum and a majority, chosen per committee by an administrator
 * (src/server/governance/voting-rules.ts), by default a majority of the voting seats for a
 * quorum and a majority of the votes cast to pass.
 */
export const QUORUM_RULES = ["MAJORITY_OF_VOTING_SEATS", "ALL_VOTING_SEATS"] as const;
export type QuorumRule = (typeof QUORUM_RULES)[number];

export const MAJORITY_RULES = ["MAJORITY_OF_VOTES_CAST", "MAJORITY_OF_ALL_MEMBERS", "TWO_THIRDS_OF_VOTES_CAST"] as const;
export type MajorityRule = (typeof MAJORITY_RULES)[number];

/** The option that counts toward quorum but never toward a majority. */
export const ABSTAIN = "abstain";

export interface TallyInput {
  /** The deciding options in order; the first is the affirmative one ("approve"). */
  options: readonly string[];
  /** Voters fixed when the motion opened (members, with designees in their place). */
  eligibleVoters: number;
  /** One choice per ballot: one of `options`, or ABSTAIN. */
  choices: readonly string[];
  /** Eligible voters who recused themselves: present, but neither voting nor counted. */
  recusals: number;
  quorumRule: QuorumRule;
  majorityRule: MajorityRule;
}

export type Outcome = { kind: "decided"; option: string } | { kind: "no_majority" } | { kind: "no_quorum" };

export interface TallyResult {
  counts: Record<string, number>;
  /** Ballots for a deciding option (abstentions excluded). */
  votesCast: number;
  abstentions: number;
  recusals: number;
  quorumRequired: number;
  quorumMet: boolean;
  outcome: Outcome;
  /** True when the affirmative option carried. */
  passed: boolean;
  /** One sentence a committee member reads in the minutes. */
  explanation: string;
}

export function quorumFor(eligibleVoters: number, rule: QuorumRule): number {
  return rule === "ALL_VOTING_SEATS" ? eligibleVoters : Math.floor(eligibleVoters / 2) + 1;
}

/** Votes an option needs to carry under the rule. */
export function votesNeeded(rule: MajorityRule, votesCast: number, eligibleVoters: number): number {
  switch (rule) {
    case "MAJORITY_OF_VOTES_CAST":
      return Math.floor(votesCast / 2) + 1;
    case "MAJORITY_OF_ALL_MEMBERS":
      return Math.floor(eligibleVoters / 2) + 1;
    case "TWO_THIRDS_OF_VOTES_CAST":
      return Math.ceil((2 * votesCast) / 3);
  }
}

export function tally(input: TallyInput): TallyResult {
  const [affirmative] = input.options;
  if (!affirmative) throw new Error("A motion needs at least one option.");
  const counts: Record<string, number> = Object.fromEntries([...input.options, ABSTAIN].map((option) => [option, 0]));
  for (const choice of input.choices) {
    if (!(choice in counts)) throw new Error(`"${choice}" is not an option of this motion.`);
    counts[choice]! += 1;
  }
  if (input.choices.length + input.recusals > input.eligibleVoters) {
    throw new Error("More ballots and recusals than eligible voters.");
  }

  const abstentions = counts[ABSTAIN]!;
  const votesCast = input.choices.length - abstentions;
  const quorumRequired = quorumFor(input.eligibleVoters, input.quorumRule);
  // Those who voted, abstentions included, make the quorum; recused members do not.
  const quorumMet = input.choices.length >= quorumRequired && input.eligibleVoters > 0;
  const needed = votesNeeded(input.majorityRule, votesCast, input.eligibleVoters);
  const carried = quorumMet && votesCast > 0 ? input.options.find((option) => counts[option]! >= needed) : undefined;
  const outcome: Outcome = !quorumMet ? { kind: "no_quorum" } : carried ? { kind: "decided", option: carried } : { kind: "no_majority" };

  const result = { counts, votesCast, abstentions, recusals: input.recusals, quorumRequired, quorumMet, outcome, passed: carried === affirmative };
  return { ...result, explanation: explain(result, input) };
}

const RULE_WORDS: Record<MajorityRule, string> = {
  MAJORITY_OF_VOTES_CAST: "a majority of votes cast",
  MAJORITY_OF_ALL_MEMBERS: "a majority of all voting members",
  TWO_THIRDS_OF_VOTES_CAST: "two-thirds of votes cast",
};

/** Who has voted against the quorum, as the minutes and the chair read it: "only 1 of 7 voted; quorum is 4". */
export function turnout(voted: number, eligibleVoters: number, quorumRequired: number): string {
  const of = `${voted} of ${eligibleVoters}`;
  return voted >= quorumRequired ? `${of} have voted; quorum is ${quorumRequired}` : `only ${of} voted; quorum is ${quorumRequired}`;
}

/**
 * What closing the motion now would record, in numbers, for the chair's confirmation:
 * "Only 1 of 7 voted; quorum is 4; closing records no decision." Counted by `tally` itself
 * from the ballots so far, so the warning and the result cannot disagree.
 */
export function closingWarning(input: TallyInput): string {
  const result = tally(input);
  const said = turnout(input.choices.length, input.eligibleVoters, result.quorumRequired);
  const numbers = said.charAt(0).toUpperCase() + said.slice(1);
  switch (result.outcome.kind) {
    case "no_quorum":
      return `${numbers}; closing records no decision.`;
    case "no_majority":
      return `${numbers}, but no option has ${RULE_WORDS[input.majorityRule]}; closing now records no decision.`;
    case "decided":
      return `${numbers}; closing now records “${result.outcome.option}” (${result.passed ? "passed" : "not passed"}).`;
  }
}

/**
 * One sentence, written once: callers quote it whole ("The ESC concept vote closed. No
 * decision: …"), never inside parentheses of their own.
 */
function explain(result: Omit<TallyResult, "explanation">, input: TallyInput): string {
  const voted = input.choices.length;
  const extras = [result.abstentions ? `${result.abstentions} abstained` : null, result.recusals ? `${result.recusals} recused` : null].filter(Boolean);
  const tail = `quorum of ${result.quorumRequired} met${extras.length ? `; ${extras.join(", ")}` : ""}.`;
  const base = input.majorityRule === "MAJORITY_OF_ALL_MEMBERS" ? `${input.eligibleVoters} voting members` : `${result.votesCast} votes cast`;

  switch (result.outcome.kind) {
    case "no_quorum":
      return `No decision: ${turnout(voted, input.eligibleVoters, result.quorumRequired)}${extras.length ? `; ${extras.join(", ")}` : ""}.`;
    case "no_majority": {
      const spread = input.options.map((option) => `${option} ${result.counts[option]}`).join(", ");
      return `No decision: no option reached ${RULE_WORDS[input.majorityRule]} (${spread}); ${tail}`;
    }
    case "decided": {
      const { option } = result.outcome;
      const verdict = result.passed ? "Passed" : "Not passed";
      return `${verdict}: ${result.counts[option]} of ${base} ${option}; ${tail}`;
    }
  }
}
