"use server";

import { rankMoveSchema, suggestOrderSchema } from "@/domain/change-requests/cpl-work-schemas";
import { crNumber } from "@/domain/change-requests/labels";
import { defineAction } from "@/server/action";
import { moveInRanking, rankByCriteria } from "@/server/change-requests/ranking";

export const moveInRankingAction = defineAction(
  rankMoveSchema,
  {
    execute: async (ctx, input, now) => {
      const { result, paths } = await moveInRanking.execute(ctx, input, now);
      return { result: { number: result.number, position: result.position, changeRequestId: input.changeRequestId, move: input.move }, paths };
    },
  },
  { successMessage: ({ number, position }) => (position ? `${crNumber(number)} is now number ${position}.` : `${crNumber(number)} is no longer ranked.`) },
);

export const rankByCriteriaAction = defineAction(suggestOrderSchema, rankByCriteria, {
  successMessage: ({ count }) => `All ${count} ranked by the three criteria. Adjust the order with the arrows.`,
});
