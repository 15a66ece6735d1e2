import "server-only";
import type { RankMoveInput } from "@/domain/change-requests/cpl-work-schemas";
import type { CrState } from "@/domain/change-requests/lifecycle";
import { crNumber } from "@/domain/change-requests/labels";
import { applyRankMove, BACKLOG_STATES, backlogOrder, suggestedOrder, type BacklogItem } from "@/domain/change-requests/ranking";
import { Prisma } from "@/generated/prisma/client";
import { changeRequestAudit } from "@/domain/change-requests/audit-actions";
import { changeRequestPermissions } from "@/domain/change-requests/permissions";
import { defineCommand, defineSubject } from "@/lib/command";
import { db, type Tx } from "@/lib/db/client";
import { ConflictError, NotFoundError, UserError } from "@/lib/errors";
import { escOf } from "@/server/change-requests/audiences";

/**
 * The ESC's order of a consortium's approved backlog (src/domain/change-requests/ranking.ts).
 * The chair of the consortium's ESC keeps the order the committee agrees on (Governance plan
 * 3.1: the ESC sees "that priorities are properly established"). Each change carries the
 * order the chair was looking at; if someone reordered meanwhile, nothing is changed and
 * the chair is told (optimistic concurrency over the whole list, under a row lock).
 */
export interface BacklogEntry extends BacklogItem {
  title: string;
  state: CrState;
}

const backlogSelect = { id: true, number: true, title: true, state: true, priorityRank: true, benefits: true } as const;

const backlogWhere = (consortiumId: string) => ({ consortiumId, kind: "ENHANCEMENT" as const, state: { in: [...BACKLOG_STATES] } });

export async function getBacklog(consortiumId: string) {
  const items = await db.changeRequest.findMany({ where: backlogWhere(consortiumId), select: backlogSelect });
  const { ranked, unranked } = backlogOrder(items);
  return { ranked, unranked, order: orderToken(ranked.map((item) => item.id)) };
}

/** Each consortium with its ESC, whose chair ranks its backlog. */
export async function consortiaWithEsc() {
  const consortia = await db.consortium.findMany({
    orderBy: { code: "asc" },
    select: { id: true, code: true, committees: { where: { kind: "ESC" }, select: { id: true }, take: 1 } },
  });
  return consortia.map(({ committees, ...consortium }) => ({ ...consortium, escId: committees[0]?.id ?? null }));
}

/** The ranked ids as the page saw them. */
export const orderToken = (ids: readonly string[]) => ids.join(",");

/**
 * A consortium's approved backlog, with its rows locked so two chairs' moves apply one after
 * the other; ranked by the chair of the consortium's ESC.
 */
export const backlogSubject = defineSubject({
  type: "Consortium",
  async lock(tx, consortiumId) {
    const committeeId = await escOf(tx, consortiumId);
    await tx.$queryRaw`SELECT id FROM "ChangeRequest" WHERE "consortiumId" = ${consortiumId} AND kind = 'ENHANCEMENT' AND state::text = ANY(${[...BACKLOG_STATES] as string[]}::text[]) ORDER BY id FOR UPDATE`;
    const items = await tx.changeRequest.findMany({ where: backlogWhere(consortiumId), select: backlogSelect });
    return { consortiumId, committeeId, items, ranked: backlogOrder(items).ranked };
  },
  idOf: (backlog) => backlog.consortiumId,
  paths: () => ["/change-requests/ranking"],
});

type Backlog = Awaited<ReturnType<typeof backlogSubject.lock>>;

/** Each change carries the order the chair was looking at: if someone reordered meanwhile, nothing changes. */
function assertCurrent(backlog: Backlog, expectedOrder: string) {
  if (orderToken(backlog.ranked.map((item) => item.id)) !== expectedOrder) {
    throw new ConflictError(
      "Someone changed the ranking while you were looking at it, so your change was not made. The page now shows the current order; make your change again.",
    );
  }
}

async function writeRanks(tx: Tx, consortiumId: string, ranked: readonly string[], items: readonly BacklogEntry[]) {
  // Only the rank column changes (no version bump): reordering is not an edit of the change request.
  const unrank = items.filter((item) => item.priorityRank !== null && !ranked.includes(item.id)).map((item) => item.id);
  if (unrank.length) await tx.$executeRaw`UPDATE "ChangeRequest" SET "priorityRank" = NULL WHERE id = ANY(${unrank}::text[])`;
  if (ranked.length) {
    const values = Prisma.join(ranked.map((id, index) => Prisma.sql`(${id}, ${index + 1}::int)`));
    await tx.$executeRaw`UPDATE "ChangeRequest" cr SET "priorityRank" = v.rank FROM (VALUES ${values}) AS v(id, rank) WHERE cr.id = v.id AND cr."consortiumId" = ${consortiumId}`;
  }
}

export const moveInRanking = defineCommand({
  name: changeRequestAudit.rank,
  subject: backlogSubject,
  target: (input: RankMoveInput) => input.consortiumId,
  permission: changeRequestPermissions.rank,
  resource: (backlog) => ({ committeeId: backlog.committeeId, consortiumId: backlog.consortiumId }),
  async run({ tx, input, record: backlog }) {
    assertCurrent(backlog, input.expectedOrder);
    const { items, ranked } = backlog;
    const item = items.find((candidate) => candidate.id === input.changeRequestId);
    if (!item) throw new NotFoundError("That change request in this backlog");
    const result = applyRankMove(
      ranked.map((entry) => entry.id),
      item.id,
      input.move,
    );
    if (!result.ok) throw new UserError(result.reason);
    await writeRanks(tx, input.consortiumId, result.ranked, items);
    const position = result.ranked.indexOf(item.id) + 1;
    return { number: item.number, position: position || null, item, order: result.ranked };
  },
  audit: ({ record: { items, ranked }, result: { item, position, order } }) => ({
    entity: { type: "ChangeRequest", id: item.id },
    summary: position ? `Ranked ${crNumber(item.number)} number ${position} in the backlog` : `Took ${crNumber(item.number)} out of the ranking`,
    before: { rank: item.priorityRank, order: ranked.map((entry) => entry.number) },
    after: { rank: position, order: order.map((id) => items.find((entry) => entry.id === id)!.number) },
  }),
});

/** Replaces the order with one computed from the three criteria, which the chair then adjusts. */
export const rankByCriteria = defineCommand({
  name: changeRequestAudit.rank_by_criteria,
  subject: backlogSubject,
  target: (input: { consortiumId: string; expectedOrder: string }) => input.consortiumId,
  permission: changeRequestPermissions.rank,
  resource: (backlog) => ({ committeeId: backlog.committeeId, consortiumId: backlog.consortiumId }),
  async run({ tx, input, record: backlog }) {
    assertCurrent(backlog, input.expectedOrder);
    const { items } = backlog;
    if (items.length === 0) throw new UserError("The backlog is empty; there is nothing to rank.");
    const order = suggestedOrder(items).map((item) => item.id);
    await writeRanks(tx, input.consortiumId, order, items);
    return { count: items.length, order };
  },
  audit: ({ record: { items, ranked }, result }) => ({
    summary: `Ranked the backlog of ${items.length} by the three priority criteria`,
    before: { order: ranked.map((entry) => entry.number) },
    after: { order: result.order.map((id) => items.find((entry) => entry.id === id)!.number) },
  }),
});
