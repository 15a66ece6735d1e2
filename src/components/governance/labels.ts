export const COMMITTEE_KIND_LABELS = {
  ESC: "Executive Steering Committee",
  TAB: "Technical Advisory Board",
  CCB: "Change Control Board",
  STANDING_WORKGROUP: "Standing workgroup",
  AD_HOC_WORKGROUP: "Ad hoc workgroup",
} as const;

export const SEAT_KIND_LABELS = { CHAIR: "Chair, votes", VOTING: "Voting", ADVISORY: "Advises, does not vote" } as const;

export const QUORUM_RULE_LABELS = {
  MAJORITY_OF_VOTING_SEATS: "a majority of voting seats",
  ALL_VOTING_SEATS: "every voting seat",
} as const;

export const MAJORITY_RULE_LABELS = {
  MAJORITY_OF_VOTES_CAST: "a majority of votes cast (abstentions not counted)",
  MAJORITY_OF_ALL_MEMBERS: "a majority of all voting members",
  TWO_THIRDS_OF_VOTES_CAST: "two-thirds of votes cast",
} as const;
