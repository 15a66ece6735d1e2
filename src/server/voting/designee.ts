import "server-only";
import { votingAudit } from "@/domain/voting/audit-actions";
import { votingPermissions } from "@/domain/voting/permissions";
import { defineCommand } from "@/lib/command";
import { UserError } from "@/lib/errors";
import { seatSubject } from "@/server/voting/subjects";

/**
 * A member names someone to vote in their place on this motion (Governance plan 2.8: "It is
 * the ESC members responsibility to find a substitute representative"), or withdraws the
 * designation with an empty email. Not once a vote has been cast for the seat.
 */
export const nameDesignee = defineCommand({
  name: votingAudit.name_designee,
  subject: seatSubject,
  target: (input: { motionId: string; designeeEmail: string }) => input.motionId,
  permission: votingPermissions.nameDesignee,
  resource: (motion, now) => ({
    open: motion.status === "OPEN" && motion.deadline > now,
    seated: motion.seat !== null,
    delegated: false,
    member: motion.member,
  }),
  async run({ tx, ctx, input, record: motion }) {
    const actorId = ctx.actor.id;
    const voted = await tx.ballot.count({ where: { motionId: motion.id, voterId: actorId } });
    if (voted) throw new UserError("A vote has already been cast for your seat, so the designation cannot change.");

    let designee: { id: string; name: string } | null = null;
    if (input.designeeEmail) {
      designee = await tx.user.findFirst({ where: { email: input.designeeEmail, status: "ACTIVE" }, select: { id: true, name: true } });
      if (!designee) throw new UserError("No active user has that email address.", { designeeEmail: ["No active user has that email address."] });
      if (designee.id === actorId) throw new UserError("You cannot be your own designee.");
      const alsoVoting = await tx.motionVoter.count({ where: { motionId: motion.id, OR: [{ userId: designee.id }, { designeeId: designee.id }] } });
      if (alsoVoting) throw new UserError(`${designee.name} already votes on this motion and cannot hold a second vote.`);
    }
    await tx.motionVoter.update({
      where: { motionId_userId: { motionId: motion.id, userId: actorId } },
      data: { designeeId: designee?.id ?? null },
    });
    return designee;
  },
  audit: ({ record: motion, result: designee }) => ({
    action: designee ? votingAudit.name_designee : votingAudit.withdraw_designee,
    summary: designee ? `Named ${designee.name} as designee` : "Withdrew the designation",
    before: { designeeId: motion.memberDesigneeId },
    after: { designeeId: designee?.id ?? null },
  }),
});
