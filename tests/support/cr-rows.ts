import type { CrKind, CrState } from "@/domain/change-requests/lifecycle";
import type { PrismaClient } from "@/generated/prisma/client";

/**
 * Change request rows written straight to the database, for tests of the list, the
 * dashboard and the CPL's work, which read change requests but do not move them.
 */
export interface CrRowOptions {
  consortium?: "ARS" | "CASES";
  state?: CrState;
  kind?: CrKind;
  title?: string;
  scope?: string;
  benefits?: string[];
  daysInState?: number;
  reconsiderOn?: Date | null;
  priorityRank?: number | null;
  now?: Date;
}

const consortiumIds = new Map<string, string>();

export async function consortiumId(db: PrismaClient, code: "ARS" | "CASES"): Promise<string> {
  if (!consortiumIds.has(code)) consortiumIds.set(code, (await db.consortium.findUniqueOrThrow({ where: { code }, select: { id: true } })).id);
  return consortiumIds.get(code)!;
}

export async function makeCr(db: PrismaClient, authorId: string, options: CrRowOptions = {}) {
  const now = options.now ?? new Date();
  return db.changeRequest.create({
    data: {
      consortiumId: await consortiumId(db, options.consortium ?? "CASES"),
      authorId,
      title: options.title ?? `Change ${crypto.randomUUID().slice(0, 8)}`,
      scope: options.scope ?? "",
      kind: options.kind ?? "ENHANCEMENT",
      state: options.state ?? "DRAFT",
      benefits: options.benefits ?? [],
      stateChangedAt: new Date(now.getTime() - (options.daysInState ?? 0) * 86_400_000),
      // Past its draft, a change request was submitted (a withdrawn one, before it was withdrawn).
      submittedAt: (options.state ?? "DRAFT") === "DRAFT" ? null : new Date(now.getTime() - (options.daysInState ?? 0) * 86_400_000),
      reconsiderOn: options.reconsiderOn ?? null,
      deferredFrom: options.state === "DEFERRED" ? "SUBMITTED" : null,
      priorityRank: options.priorityRank ?? null,
    },
    select: { id: true, number: true, title: true, state: true, consortiumId: true },
  });
}

/** A committee seat held from last year on, so the holder is a member today. */
export async function seatOn(db: PrismaClient, committeeCode: string, userId: string, kind: "CHAIR" | "VOTING" | "ADVISORY") {
  const committee = await db.committee.findUniqueOrThrow({ where: { code: committeeCode }, select: { id: true } });
  const seat = await db.seat.findFirstOrThrow({ where: { committeeId: committee.id, kind, terms: { none: {} } }, orderBy: { sortOrder: "asc" } });
  await db.term.create({ data: { seatId: seat.id, userId, startsOn: new Date("2025-07-01") } });
  return committee.id;
}
