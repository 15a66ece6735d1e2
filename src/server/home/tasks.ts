import "server-only";
import { byUrgency, type Task } from "@/domain/home/tasks";
import { Prisma } from "@/generated/prisma/client";
import type { CurrentUser } from "@/lib/context";
import { db } from "@/lib/db/client";
import type { TaskSource } from "@/lib/task-source";
import { accessApplicationTaskSource, accessFindingTaskSource } from "@/server/access/tasks";
import { changeRequestTaskSource, escalationTaskSource } from "@/server/change-requests/tasks";
import { electionTaskSource } from "@/server/elections/tasks";
import { invitationTaskSource } from "@/server/identity/tasks";
import { actionItemTaskSource, meetingTaskSource } from "@/server/meetings/tasks";
import { motionTaskSource } from "@/server/voting/tasks";

/**
 * Every module's tasks. A new module (third-party access, QAPI, CWS/CMS) adds its source
 * here, and its tasks reach every home page with no further query.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each source's rows are its own
const SOURCES: readonly TaskSource<any, Task>[] = [
  motionTaskSource,
  changeRequestTaskSource,
  electionTaskSource,
  meetingTaskSource,
  actionItemTaskSource,
  escalationTaskSource,
  invitationTaskSource,
  accessApplicationTaskSource,
  accessFindingTaskSource,
];

export interface TaskList {
  tasks: Task[];
  /** Some source had more candidates than it reads: the list shows the most urgent of them. */
  truncated: boolean;
}

/**
 * The person's tasks, most urgent first, in one statement: each source's candidates are
 * gathered as one JSON array, side by side; each module then keeps those that its
 * permissions say the person can do now.
 */
export async function tasksOf(user: CurrentUser, now = new Date()): Promise<TaskList> {
  const parts = SOURCES.flatMap((source) => {
    const sql = source.candidates(user, now, source.limit);
    return sql ? [{ source, sql }] : [];
  });
  if (!parts.length) return { tasks: [], truncated: false };
  const [row] = await db.$queryRaw<Record<string, unknown[]>[]>`
    SELECT ${Prisma.join(
      parts.map(({ source, sql }) => Prisma.sql`(SELECT coalesce(json_agg(x.data), '[]'::json) FROM (${sql}) x) AS ${Prisma.raw(`"${source.name}"`)}`),
      ", ",
    )}`;
  let truncated = false;
  const tasks = parts.flatMap(({ source }) => {
    const rows = row?.[source.name] ?? [];
    if (rows.length > source.limit) truncated = true;
    return source.tasks(rows.slice(0, source.limit), user, now);
  });
  return { tasks: tasks.sort(byUrgency), truncated };
}
