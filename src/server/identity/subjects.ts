import "server-only";
import { defineSubject } from "@/lib/command";
import type { Tx } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";

interface LockedUser {
  id: string;
  email: string;
  status: "INVITED" | "ACTIVE" | "DISABLED";
  hasPassword: boolean;
}

/** Serializes concurrent changes to one person's account and roles (two administrators at once). */
async function lockUser(tx: Tx, userId: string): Promise<LockedUser> {
  const [user] = await tx.$queryRaw<LockedUser[]>`
    SELECT id, email, status::text AS status, ("passwordHash" IS NOT NULL) AS "hasPassword" FROM "User" WHERE id = ${userId} FOR NO KEY UPDATE`;
  if (!user) throw new NotFoundError("That user");
  return user;
}

const userPaths = (userId: string) => ["/admin/users", `/admin/users/${userId}`];

/** A person's account, locked for a change to it or to their roles. */
export const userSubject = defineSubject({
  type: "User",
  lock: (tx, userId) => lockUser(tx, userId),
  idOf: (user) => user.id,
  paths: (user) => userPaths(user.id),
});

/** A role assignment, with its holder's account locked (a revocation is a change to their roles). */
export const roleAssignmentSubject = defineSubject({
  type: "User",
  async lock(tx, assignmentId) {
    const assignment = await tx.roleAssignment.findUnique({ where: { id: assignmentId } });
    if (!assignment) throw new NotFoundError("That role assignment");
    await lockUser(tx, assignment.userId);
    return assignment;
  },
  idOf: (assignment) => assignment.userId,
  paths: (assignment) => userPaths(assignment.userId),
});

/**
 * An invitation, by the sha256 of its link's token; null when there is none. Not locked:
 * accepting claims it with one conditional update (acceptedAt still null), which is what
 * lets a link work once however many times it is submitted at once.
 */
export const invitationSubject = defineSubject({
  type: "User",
  lock: (tx, tokenHash) =>
    tx.invitation.findUnique({
      where: { tokenHash },
      select: { id: true, acceptedAt: true, expiresAt: true, user: { select: { id: true, email: true, status: true } } },
    }),
  idOf: (invitation) => invitation?.user.id ?? "",
  paths: (invitation) => (invitation ? userPaths(invitation.user.id) : []),
});
