"use server";

import { reviseGuideSchema } from "@/domain/access/guide-schemas";
import { defineAction } from "@/server/action";
import { reviseGuide } from "@/server/access/guide";

export const reviseGuideAction = defineAction(reviseGuideSchema, reviseGuide, {
  successMessage: (result) => `Version ${result.number} of the guide is published and in force.`,
  // A save that lost the race shows the newer version beside the kept input.
  refreshOnFailure: () => ["/access/allocation-guide"],
});
