import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { defineAction } from "@/lib/action";
import type { CommandContext } from "@/lib/context";

/**
 * A change request's form action: defineAction, then the page is refreshed whatever the
 * outcome, so a save that lost a race shows the new version beside the user's kept input.
 */
export function crAction<Schema extends z.ZodType<{ crId: string }>, T>(schema: Schema, run: (input: z.infer<Schema>, ctx: CommandContext) => Promise<T>, successMessage?: string | ((data: T) => string)) {
  return defineAction(
    schema,
    async (input, ctx) => {
      try {
        return await run(input, ctx);
      } finally {
        revalidatePath(`/change-requests/${input.crId}`);
      }
    },
    { successMessage },
  );
}
