import "server-only";
import type { Task } from "@/domain/home/tasks";
import { expiredInvitationTask, type ExpiredInvitationFacts } from "@/domain/identity/tasks";
import { Prisma } from "@/generated/prisma/client";
import { defineTaskSource } from "@/lib/task-source";

type Row = Omit<ExpiredInvitationFacts, "expiredAt"> & { expiredAt: number };

/** Invited people whose latest invitation has expired unused, for administrators. */
export const invitationTaskSource = defineTaskSource<Row, Task>({
  name: "invitations",
  limit: 50,
  candidates(user, now, limit) {
    if (!user.grants.some((grant) => grant.role === "ADMINISTRATOR")) return null;
    return Prisma.sql`
      SELECT json_build_object('userId', u.id, 'name', u.name, 'email', u.email,
                               'expiredAt', (extract(epoch FROM i."expiresAt") * 1000)::bigint) AS data
        FROM "User" u
        JOIN LATERAL (SELECT v."expiresAt", v."acceptedAt" FROM "Invitation" v WHERE v."userId" = u.id ORDER BY v."createdAt" DESC LIMIT 1) i ON true
       WHERE u.status = 'INVITED' AND i."acceptedAt" IS NULL AND i."expiresAt" < ${now}::timestamp
       ORDER BY i."expiresAt"
       LIMIT ${limit + 1}`;
  },
  tasks(rows, user) {
    return rows.flatMap((row) => expiredInvitationTask(user, { ...row, expiredAt: new Date(Number(row.expiredAt)) }));
  },
});
