import "server-only";
import { REPRESENTATIVE_ROLES } from "@/domain/governance/election-eligibility";
import type { Role } from "@/domain/identity/roles";
import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

type ElectionKind = "REGULAR" | "SPECIAL";
type ElectionStatus = "NOMINATING" | "VOTING" | "TALLIED" | "CERTIFIED" | "CANCELLED";

interface LockedRow {
  id: string;
  kind: ElectionKind;
  title: string;
  status: ElectionStatus;
  nominationsCloseAt: Date;
  votingOpensAt: Date;
  votingClosesAt: Date;
  termStartsOn: Date;
  committeeId: string;
  committeeName: string;
  consortiumId: string | null;
}

/**
 * Locks an election for the rest of the transaction and reads it in the same statement
 * (after any wait, so it sees the latest state). Whatever changes an election's state (its
 * schedule, electorates, counting, certification) takes the lock FOR UPDATE; votes and
 * nominations take it FOR SHARE, so a close waits for the votes in flight and every later
 * vote sees the election closed. Contest rows are only written under the election's lock,
 * so the lock order is always election first. `by` names the election, or one of its contests.
 */
export async function lockElection(tx: Tx, by: { electionId: string } | { contestId: string }, mode: "share" | "update") {
  const which = "electionId" in by ? Prisma.sql`e.id = ${by.electionId}` : Prisma.sql`e.id = (SELECT "electionId" FROM "ElectionContest" WHERE id = ${by.contestId})`;
  const [row] = await tx.$queryRaw<LockedRow[]>(Prisma.sql`
    SELECT e.id, e.kind::text AS kind, e.title, e.status::text AS status, e."nominationsCloseAt", e."votingOpensAt", e."votingClosesAt", e."termStartsOn",
           c.id AS "committeeId", c.name AS "committeeName", c."consortiumId"
      FROM "Election" e JOIN "Committee" c ON c.id = e."committeeId"
     WHERE ${which}
       FOR ${Prisma.raw(mode === "update" ? "UPDATE" : "SHARE")} OF e`);
  if (!row) throw new NotFoundError("contestId" in by ? "That seat's contest" : "That election");
  const { committeeId, committeeName, consortiumId, ...election } = row;
  return { ...election, committee: { id: committeeId, name: committeeName, consortiumId } };
}

export type LockedElection = Awaited<ReturnType<typeof lockElection>>;

/** An election's own facts, for reading without a lock: what it is, where it stands, its schedule and its committee. */
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
