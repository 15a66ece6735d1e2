import "server-only";
import { defineSubject } from "@/lib/command";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/generated/prisma/client";
import { NotFoundError } from "@/lib/errors";

type ElectionKind = "REGULAR" | "SPECIAL";
type ElectionStatus = "NOMINATING" | "VOTING" | "TALLIED" | "CERTIFIED" | "CANCELLED";
type LockMode = "share" | "update";

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
async function lockElection(tx: Tx, by: { electionId: string } | { contestId: string }, mode: LockMode) {
  const which =
    "electionId" in by ? Prisma.sql`e.id = ${by.electionId}` : Prisma.sql`e.id = (SELECT "electionId" FROM "ElectionContest" WHERE id = ${by.contestId})`;
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

const electionPaths = (election: LockedElection) => [`/elections/${election.id}`];

/** An election, by its id, locked FOR UPDATE (its state changes) or FOR SHARE (a vote or nomination in it). */
export function electionSubject(mode: LockMode) {
  return defineSubject({
    type: "Election",
    lock: (tx, electionId) => lockElection(tx, { electionId }, mode),
    idOf: (election) => election.id,
    paths: electionPaths,
  });
}

/** The election of a seat's contest, by the contest's id: the same lock, with the contest named. */
export function contestSubject(mode: LockMode) {
  return defineSubject({
    type: "Election",
    lock: async (tx, contestId) => ({ ...(await lockElection(tx, { contestId }, mode)), contestId }),
    idOf: (election) => election.id,
    paths: electionPaths,
  });
}

/** A nomination, with its election share-locked (withdrawing it changes only the ballot of a seat). */
export const nominationSubject = defineSubject({
  type: "Election",
  async lock(tx, nominationId) {
    const found = await tx.nomination.findUnique({ where: { id: nominationId }, select: { contestId: true } });
    if (!found) throw new NotFoundError("That nomination");
    const election = await lockElection(tx, { contestId: found.contestId }, "share");
    const nomination = await tx.nomination.findUniqueOrThrow({
      where: { id: nominationId },
      select: {
        id: true,
        candidateId: true,
        lcsaId: true,
        nominatedById: true,
        withdrawnAt: true,
        candidate: { select: { name: true } },
        contest: { select: { round: true, seat: { select: { title: true } } } },
      },
    });
    return { election, nomination };
  },
  idOf: ({ election }) => election.id,
  paths: ({ election }) => electionPaths(election),
});

/** A committee, locked FOR UPDATE while an election of it opens: one opening at a time, so two chairs cannot put the same seats up twice. */
export const electionCommitteeSubject = defineSubject({
  type: "Committee",
  async lock(tx, committeeId) {
    const [committee] = await tx.$queryRaw<{ id: string; name: string; consortiumId: string | null }[]>`
      SELECT id, name, "consortiumId" FROM "Committee" WHERE id = ${committeeId} FOR UPDATE`;
    if (!committee) throw new NotFoundError("That committee");
    return committee;
  },
  idOf: (committee) => committee.id,
  paths: (committee) => [`/committees/${committee.id}`],
});
