"use server";

import { redirect } from "next/navigation";
import { createChangeRequestSchema } from "@/domain/change-requests/schemas";
import { defineAction } from "@/server/action";
import { createChangeRequest } from "@/server/change-requests/initiation";

export const createChangeRequestAction = defineAction(createChangeRequestSchema, async (input, ctx) => {
  const created = await createChangeRequest(ctx, input);
  redirect(`/change-requests/${created.id}?${input.intent === "submit" ? "submitted" : "created"}=1`);
});
