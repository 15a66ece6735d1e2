import type { Prisma } from "@/generated/prisma/client";
import type { CurrentUser } from "@/lib/context";

/**
 * What a module contributes to a person's task list: one SELECT of the candidate records as
 * a JSON column `data` (or null when the person can have none of its tasks), and the pure
 * step that turns those rows into tasks with the module's own permissions. The home page
 * runs every module's SELECT in one statement (src/server/home/tasks.ts), so the list costs
 * one query however many modules and records there are.
 */
export interface TaskSource<Row, Item> {
  name: string;
  /** At most this many candidates are read, the most urgent first; the SELECT takes one more (`LIMIT ${limit + 1}`) to tell there are more. */
  limit: number;
  candidates(user: CurrentUser, now: Date, limit: number): Prisma.Sql | null;
  tasks(rows: readonly Row[], user: CurrentUser, now: Date): Item[];
}

export function defineTaskSource<Row, Item>(source: TaskSource<Row, Item>): TaskSource<Row, Item> {
  return source;
}
