/**
 * The administrator's own work on the task list (src/domain/home/tasks.ts): someone invited
 * whose link expired before they used it cannot sign in until a new link is made. Asked of
 * the identity permission, as the command asks it. (Unlike the other modules' tasks, this is
 * the administrator's own duty, not work they could do standing in for someone.)
 */
import type { Task } from "@/domain/home/tasks";
import { identityPermissions } from "@/domain/identity/permissions";
import { refusalOf, type Principal } from "@/lib/permissions";

export interface ExpiredInvitationFacts {
  userId: string;
  name: string;
  email: string;
  expiredAt: Date;
}

export function expiredInvitationTask(principal: Principal, invitation: ExpiredInvitationFacts): Task[] {
  if (refusalOf(principal, identityPermissions.manage, undefined) !== null) return [];
  return [
    {
      key: `invitation:${invitation.userId}`,
      area: "Account",
      action: "Create a new invitation link",
      subject: `${invitation.name} (${invitation.email})`,
      why: "Their invitation expired before they used it, so they cannot sign in.",
      since: invitation.expiredAt,
      due: null,
      href: `/admin/users/${invitation.userId}#account`,
    },
  ];
}
