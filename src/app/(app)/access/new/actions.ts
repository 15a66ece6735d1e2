"use server";

import { identifySchema } from "@/domain/access/schemas";
import { defineAction } from "@/server/action";
import { identifyRequestor } from "@/server/access/identify";

export const identifyRequestorAction = defineAction(identifySchema, identifyRequestor, {
  successMessage: (created) => `${created.organization.name} is identified as ${created.label}. The Process Manager has been told.`,
});
