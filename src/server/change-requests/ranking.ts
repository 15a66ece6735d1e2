import "server-only";
import type { RankMoveInput } from "@/domain/change-requests/cpl-work-schemas";
import type { CrState } from "@/domain/change-requests/lifecycle";
import { crNumber } from "@/domain/change-requests/labels";
import { applyRankMove, BACKLOG_STATES, backlogOrder, suggestedOrder, type BacklogItem } from "@/domain/change-requests/ranking";
import { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit";
import type { CommandContext } from "@/lib/context";
import { db, type Tx } from "@/lib/db";
import { ConflictError, NotFoundError, UserError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { escOf } from "./audiences";
import { changeRequestPermissions } from "@/domain/change-requests/permissions";

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
  const consortia = await db.consortium.findMany({ orderBy: { code: "asc" }, select: { id: true, code: true, committees: { where: { kind: "ESC" }, select: { id: true }, take: 1 } } });
  return consortia.map(({ committees, ...consortium }) => ({ ...consortium, escId: committees[0]?.id ?? null }));
}

/** The ranked ids as the page saw them. */
export const orderToken = (ids: readonly string[]) => ids.join(",");

async function lockedBacklog(tx: Tx, ctx: CommandContext, consortiumId: string, expectedOrder: string) {
  const committeeId = await escOf(tx, consortiumId);
  assertCan(ctx.actor, changeRequestPermissions.rank, { committeeId, consortiumId });
  // Lock the consortium's backlog rows so two chairs' moves apply one after the other.
  await tx.$queryRaw`SELECT id FROM "ChangeRequest" WHERE "consortiumId" = ${consortiumId} AND kind = 'ENHANCEMENT' AND state::text = ANY(${[...BACKLOG_STATES] as string[]}::text[]) ORDER BY id FOR UPDATE`;
  const items = await tx.changeRequest.findMany({ where: backlogWhere(consortiumId), select: backlogSelect });
  const { ranked } = backlogOrder(items);
  if (orderToken(ranked.map((item) => item.id)) !== expectedOrder) {
    throw new ConflictError("Someone changed the ranking while you were looking at it, so your change was not made. The page now shows the current order; make your change again.");
  }
  return { items, ranked };
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

export async function moveInRanking(ctx: CommandContext, input: RankMoveInput) {
  return db.$transaction(async (tx) => {
    const { items, ranked } = await lockedBacklog(tx, ctx, input.consortiumId, input.expectedOrder);
    const item = items.find((candidate) => candidate.id === input.changeRequestId);
    if (!item) throw new NotFoundError("That change request in this backlog");
    const result = applyRankMove(ranked.map((entry) => entry.id), item.id, input.move);
    if (!result.ok) throw new UserError(result.reason);
    await writeRanks(tx, input.consortiumId, result.ranked, items);
    const position = result.ranked.indexOf(item.id) + 1;
    await recordAudit(tx, ctx, {
      action: "cr.rank",
      entityType: "ChangeRequest",
      entityId: item.id,
      summary: position ? `Ranked ${crNumber(item.number)} number ${position} in the backlog` : `Took ${crNumber(item.number)} out of the ranking`,
      before: { rank: item.priorityRank, order: ranked.map((entry) => entry.number) },
      after: { rank: position || null, order: result.ranked.map((id) => items.find((entry) => entry.id === id)!.number) },
    });
    return { number: item.number, position: position || null };
  });
}

/** Replaces the order with one computed from the three criteria, which the chair then adjusts. */
export async function rankByCriteria(ctx: CommandContext, input: { consortiumId: string; expectedOrder: string }) {
  return db.$transaction(async (tx) => {
    const { items, ranked } = await lockedBacklog(tx, ctx, input.consortiumId, input.expectedOrder);
    if (items.length === 0) throw new UserError("The backlog is empty; there is nothing to rank.");
    const order = suggestedOrder(items).map((item) => item.id);
    await writeRanks(tx, input.consortiumId, order, items);
    await recordAudit(tx, ctx, {
      action: "cr.rank_by_criteria",
      entityType: "Consortium",
      entityId: input.consortiumId,
      summary: `Ranked the backlog of ${items.length} by the three priority criteria`,
      before: { order: ranked.map((entry) => entry.number) },
      after: { order: order.map((id) => items.find((entry) => entry.id === id)!.number) },
    });
    return items.length;
  });
}
