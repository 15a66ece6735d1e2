import "server-only";
import { REPRESENTATIVE_ROLES } from "@/domain/governance/election-eligibility";
import type { Role } from "@/domain/identity/roles";
import type { Tx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

/**
 * Locks an election for the rest of the transaction and reads it. Whatever changes an
 * election's state (its schedule, electorates, counting, certification) takes the lock FOR
 * UPDATE; votes and nominations take it FOR SHARE, so a close waits for the votes in flight
 * and every later vote sees the election closed. Contest rows are only written under the
 * election's lock, so the lock order is always election first.
 */
export async function lockElection(tx: Tx, electionId: string, mode: "share" | "update") {
  const rows =
    mode === "update"
      ? await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Election" WHERE id = ${electionId} FOR UPDATE`
      : await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Election" WHERE id = ${electionId} FOR SHARE`;
  if (!rows.length) throw new NotFoundError("That election");
  return tx.election.findUniqueOrThrow({ where: { id: electionId }, select: ELECTION_SELECT });
}

/** An election's own facts: what it is, where it stands, its schedule and its committee. */
export const ELECTION_SELECT = {
  id: true,
  kind: true,
  title: true,
  status: true,
  nominationsCloseAt: true,
  votingOpensAt: true,
  votingClosesAt: true,
  termStartsOn: true,
  committee: { select: { id: true, name: true, consortiumId: true } },
} as const;

export type LockedElection = Awaited<ReturnType<typeof lockElection>>;

/** The election a contest belongs to (a contest never moves), or not found. */
export async function electionOfContest(tx: Tx, contestId: string): Promise<string> {
  const contest = await tx.electionContest.findUnique({ where: { id: contestId }, select: { electionId: true } });
  if (!contest) throw new NotFoundError("That seat's contest");
  return contest.electionId;
}

/** The roles a person holds today as an LCSA's representative (Director or designee). */
export async function representativeRolesAt(tx: Tx, userId: string, lcsaId: string): Promise<Role[]> {
  const grants = await tx.roleAssignment.findMany({
    where: { userId, lcsaId, scopeType: "LCSA", revokedAt: null, role: { in: [...REPRESENTATIVE_ROLES] } },
    select: { role: true },
  });
  return grants.map((grant) => grant.role);
}

/** The Directors and designees of the LCSAs matched: the people an election's notices go to. */
export async function representativesOf(tx: Tx, lcsaWhere: { consortiumId: string; caseloadCategory?: { in: number[] } }): Promise<string[]> {
  const grants = await tx.roleAssignment.findMany({
    where: { revokedAt: null, scopeType: "LCSA", role: { in: [...REPRESENTATIVE_ROLES] }, lcsa: lcsaWhere },
    select: { userId: true },
  });
  return [...new Set(grants.map((grant) => grant.userId))];
}

/** yyyy-mm-dd of a @db.Date column. */
export function isoDay(day: Date): string {
  return day.toISOString().slice(0, 10);
}
