import "server-only";
import { californiaDay } from "@/domain/calendar/california-day";
import type { Role } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/db/client";

/**
 * Who is told about a change request: committee members come from today's seats (as the
 * session derives them) and from committee-scoped role grants; consortium roles from grants.
 */
export async function committeePeople(
  tx: Tx,
  committeeIds: readonly string[],
  now: Date,
  options: { seatKinds?: ("CHAIR" | "VOTING" | "ADVISORY")[]; roles?: Role[] } = {},
): Promise<string[]> {
  const ids = committeeIds.filter(Boolean);
  if (!ids.length) return [];
  const today = californiaDay(now);
  // One after the other: a transaction's queries share one connection.
  const terms = await tx.term.findMany({
    where: {
      seat: { committeeId: { in: ids }, ...(options.seatKinds ? { kind: { in: options.seatKinds } } : {}) },
      startsOn: { lte: today },
      OR: [{ endsOn: null }, { endsOn: { gte: today } }],
    },
    select: { userId: true },
  });
  const grants = options.roles
    ? await tx.roleAssignment.findMany({ where: { committeeId: { in: ids }, role: { in: options.roles }, revokedAt: null }, select: { userId: true } })
    : [];
  return [...new Set([...terms, ...grants].map((row) => row.userId))];
}

export async function escOf(tx: Tx, consortiumId: string): Promise<{ id: string; name: string } | null> {
  return tx.committee.findFirst({ where: { kind: "ESC", consortiumId }, select: { id: true, name: true } });
}

/**
 * Plan 3.1.5 item 6: "the CPL alerts the ESC and TAB via email". The consortium's ESC
 * (every seat, chair included) and its TAB.
 */
export async function escAndTab(tx: Tx, consortiumId: string, now: Date): Promise<string[]> {
  const committees = await tx.committee.findMany({ where: { consortiumId, kind: { in: ["ESC", "TAB"] } }, select: { id: true } });
  return committeePeople(
    tx,
    committees.map((committee) => committee.id),
    now,
    { roles: ["ESC_CHAIR", "ESC_MEMBER", "TAB_MEMBER"] },
  );
}

/** Whoever opens a gate's vote: the ESC chair, or for the CCB its members. */
export async function gateRunners(tx: Tx, committeeId: string, ccb: boolean, now: Date): Promise<string[]> {
  return ccb
    ? committeePeople(tx, [committeeId], now, { roles: ["CCB_MEMBER"] })
    : committeePeople(tx, [committeeId], now, { seatKinds: ["CHAIR"], roles: ["ESC_CHAIR"] });
}
