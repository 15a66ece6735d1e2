/**
 * A motion as someone's task (src/domain/home/tasks.ts): a voter's ballot not yet cast, and
 * for whoever closes the committee's motions, a vote that everyone has cast or whose
 * deadline has passed. Both are asked of the voting permissions, as the commands ask them.
 */
import type { Task } from "@/domain/home/tasks";
import { votingPermissions } from "@/domain/voting/permissions";
import { countOf } from "@/lib/format";
import { refusalOf, type Principal } from "@/lib/permissions";

export interface MotionTaskFacts {
  id: string;
  question: string;
  committeeId: string;
  committeeName: string;
  openedAt: Date;
  deadline: Date;
  /** The person votes from a seat of this motion (their own, or a member's as designee). */
  seated: boolean;
  /** The person is a member who named a designee. */
  delegated: boolean;
  /** The seat the person votes from has a ballot. */
  voted: boolean;
  voters: number;
  ballots: number;
}

export function motionTasks(principal: Principal, motion: MotionTaskFacts, now: Date): Task[] {
  const tasks: Task[] = [];
  const open = motion.deadline.getTime() > now.getTime();
  const standing = { open, seated: motion.seated, delegated: motion.delegated };
  if (!motion.voted && refusalOf(principal, votingPermissions.castBallot, standing) === null) {
    tasks.push({
      key: `motion:${motion.id}:vote`,
      area: "Motion",
      action: "Vote",
      subject: motion.question,
      why: `You hold a voting seat on the ${motion.committeeName}.`,
      since: motion.openedAt,
      due: motion.deadline,
      href: `/motions/${motion.id}#vote`,
    });
  }
  const everyoneVoted = motion.ballots >= motion.voters;
  if ((everyoneVoted || !open) && refusalOf(principal, votingPermissions.closeMotion, { committeeId: motion.committeeId }) === null) {
    tasks.push({
      key: `motion:${motion.id}:close`,
      area: "Motion",
      action: "Close the vote",
      subject: motion.question,
      why: open
        ? `Everyone has voted (${motion.ballots} of ${motion.voters}); you close the ${motion.committeeName}'s votes.`
        : `Its deadline has passed with ${countOf(motion.ballots, "vote")} of ${motion.voters}; you close the ${motion.committeeName}'s votes.`,
      since: open ? motion.openedAt : motion.deadline,
      due: open ? motion.deadline : null,
      href: `/motions/${motion.id}#close`,
    });
  }
  return tasks;
}
