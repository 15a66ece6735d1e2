"use server";

import { setCaseloadCategorySchema } from "@/domain/reference/caseload";
import { defineAction } from "@/server/action";
import { setCaseloadCategory } from "@/server/reference/commands";

export const setCaseloadCategoryAction = defineAction(setCaseloadCategorySchema, setCaseloadCategory, {
  successMessage: (result) => `${result.name} is now caseload category ${result.caseloadCategory}.`,
});
