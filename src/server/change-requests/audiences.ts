import "server-only";
import { californiaDay } from "@/domain/calendar/california-day";
import type { Role } from "@/domain/identity/roles";
import type { Tx } from "@/lib/db/client";

/**
 * Who hears of the CPL's work, per consortium. Committee membership is today's seat holders
 * (the registry) plus anyone granted the committee role directly.
 */
type CommitteeKind = "ESC" | "TAB";

async function committeeMembers(
  tx: Tx,
  consortiumId: string,
  kinds: CommitteeKind[],
  seatKinds: ("CHAIR" | "VOTING" | "ADVISORY")[],
  roles: Role[],
  now: Date,
) {
  const today = californiaDay(now);
  // One after the other: a transaction's queries share its one connection.
  const terms = await tx.term.findMany({
    where: {
      seat: { kind: { in: seatKinds }, committee: { consortiumId, kind: { in: kinds } } },
      startsOn: { lte: today },
      OR: [{ endsOn: null }, { endsOn: { gte: today } }],
    },
    select: { userId: true },
  });
  const grants = await tx.roleAssignment.findMany({
    where: { revokedAt: null, role: { in: roles }, committee: { consortiumId, kind: { in: kinds } } },
    select: { userId: true },
  });
  return [...new Set([...terms, ...grants].map((row) => row.userId))];
}

/** Plan 5.1.1: the CPL "alerts the ESC and TAB". */
export function escAndTab(tx: Tx, consortiumId: string, now: Date) {
  return committeeMembers(tx, consortiumId, ["ESC", "TAB"], ["CHAIR", "VOTING", "ADVISORY"], ["ESC_CHAIR", "ESC_MEMBER", "TAB_MEMBER"], now);
}

/** Plan 5.1.1: the CPL "provides the ESC members with status reports". */
export function escMembers(tx: Tx, consortiumId: string, now: Date) {
  return committeeMembers(tx, consortiumId, ["ESC"], ["CHAIR", "VOTING"], ["ESC_CHAIR", "ESC_MEMBER"], now);
}

/** The TSD Assistant Deputy Director: the chair of the consortium's ESC. */
export function escChairs(tx: Tx, consortiumId: string, now: Date) {
  return committeeMembers(tx, consortiumId, ["ESC"], ["CHAIR"], ["ESC_CHAIR"], now);
}

/** The consortium's ESC, whose chair ranks its backlog and acts for TSD on escalations. */
export async function escOf(tx: Tx, consortiumId: string): Promise<string | null> {
  const committee = await tx.committee.findFirst({ where: { consortiumId, kind: "ESC" }, select: { id: true } });
  return committee?.id ?? null;
}

/** Active holders of statewide offices (the TSD Deputy Director, the DCSS Directorate, the CCSAS Project Leader). */
export async function officeHolders(tx: Tx, roles: Role[]): Promise<string[]> {
  const grants = await tx.roleAssignment.findMany({ where: { role: { in: roles }, revokedAt: null, user: { status: "ACTIVE" } }, select: { userId: true } });
  return [...new Set(grants.map((grant) => grant.userId))];
}
