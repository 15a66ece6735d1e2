"use server";

import { revalidatePath } from "next/cache";
import { rankMoveSchema, suggestOrderSchema } from "@/domain/change-requests/cpl-work-schemas";
import { crNumber } from "@/domain/change-requests/labels";
import { defineAction } from "@/lib/action";
import { moveInRanking, rankByCriteria } from "@/server/change-requests/ranking";

export const moveInRankingAction = defineAction(
  rankMoveSchema,
  async (input, ctx) => {
    const moved = await moveInRanking(ctx, input);
    revalidatePath("/change-requests/ranking");
    return { ...moved, changeRequestId: input.changeRequestId, move: input.move };
  },
  { successMessage: ({ number, position }) => (position ? `${crNumber(number)} is now number ${position}.` : `${crNumber(number)} is no longer ranked.`) },
);

export const rankByCriteriaAction = defineAction(
  suggestOrderSchema,
  async (input, ctx) => {
    const count = await rankByCriteria(ctx, input);
    revalidatePath("/change-requests/ranking");
    return count;
  },
  { successMessage: (count) => `All ${count} ranked by the three criteria. Adjust the order with the arrows.` },
);
