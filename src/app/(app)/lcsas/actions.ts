"use server";

import { revalidatePath } from "next/cache";
import { setCaseloadCategorySchema } from "@/domain/reference/caseload";
import { defineAction } from "@/lib/action";
import { setCaseloadCategory } from "@/server/reference/commands";

export const setCaseloadCategoryAction = defineAction(
  setCaseloadCategorySchema,
  async (input, ctx) => {
    const result = await setCaseloadCategory(ctx, input);
    revalidatePath("/lcsas");
    return result;
  },
  { successMessage: (result) => `${result.name} is now caseload category ${result.caseloadCategory}.` },
);
