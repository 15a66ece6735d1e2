import { z } from "zod";

/** Governance plan 2.1: "one (1) member from each of the six (6) designated caseload size categories". */
export const CASELOAD_CATEGORIES = [1, 2, 3, 4, 5, 6] as const;

export const setCaseloadCategorySchema = z.object({
  lcsaId: z.string().uuid(),
  caseloadCategory: z.coerce
    .number({ error: "Choose a category from 1 to 6." })
    .int("Choose a category from 1 to 6.")
    .min(1, "Choose a category from 1 to 6.")
    .max(6, "Choose a category from 1 to 6."),
  /** The version the editor saw: a save that lost a race is refused, not applied. */
  version: z.coerce.number().int().positive(),
});

export type SetCaseloadCategoryInput = z.infer<typeof setCaseloadCategorySchema>;
