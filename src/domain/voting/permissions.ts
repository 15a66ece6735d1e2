import { chairsCommittee } from "@/domain/governance/committee-rules";
import { definePermissions, type ResourceScope } from "@/lib/permissions";

/** Where a person stands on one motion: what the ballot rules read. */
export interface MotionStanding {
  /** Voting is open: the motion is not closed and its deadline has not passed. */
  open: boolean;
  /** The person votes from a seat of this motion: their own, or a member's as designee. */
  seated: boolean;
  /** The person is a member of this motion but named a designee, who votes instead. */
  delegated: boolean;
}

/**
 * Motions are put and closed by the committee's chair (DESIGN.md "Voting"; resource: the
 * committee). One ballot per eligible voter, changeable until the motion closes; the
 * eligible voters are fixed when the motion opens, a designee votes in a member's place.
 */
export const votingPermissions = definePermissions("voting", {
  openMotion: (principal, resource?: ResourceScope) => chairsCommittee(principal, resource),
  closeMotion: (principal, resource?: ResourceScope) => chairsCommittee(principal, resource),
  castBallot: (_principal, motion: MotionStanding) => {
    if (!motion.open) return "Voting on this motion has closed; your vote was not recorded.";
    if (motion.seated) return true;
    return motion.delegated
      ? "You named a designee for this motion, so your designee votes in your place."
      : "You are not a voting member for this motion, so you cannot vote on it.";
  },
  /** Governance plan 2.8: "It is the ESC members responsibility to find a substitute representative". */
  nameDesignee: (_principal, motion: MotionStanding & { member: boolean }) => {
    if (!motion.open) return "This motion has closed.";
    return motion.member || "Only a voting member of this motion can name a designee.";
  },
});
