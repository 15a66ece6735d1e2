"use server";

import { revalidatePath } from "next/cache";
import { escalationStepSchema, raiseAlertSchema, raiseEscalationSchema, resolveAlertSchema, statusReportSchema } from "@/domain/change-requests/cpl-work-schemas";
import { LEVEL_LABELS } from "@/domain/change-requests/escalation";
import { defineAction } from "@/lib/action";
import { raiseAlert, resolveAlert } from "@/server/change-requests/alerts";
import { raiseEscalation, stepEscalation } from "@/server/change-requests/escalations";
import { fileStatusReport } from "@/server/change-requests/status-reports";

const people = (n: number) => `${n} ${n === 1 ? "person" : "people"}`;

export const raiseAlertAction = defineAction(
  raiseAlertSchema,
  async (input, ctx) => {
    const alert = await raiseAlert(ctx, input);
    revalidatePath("/dashboard", "layout");
    return alert.notified;
  },
  { successMessage: (notified) => `Alert raised. ${people(notified)} of the ESC and TAB were notified.` },
);

export const resolveAlertAction = defineAction(
  resolveAlertSchema,
  async (input, ctx) => {
    await resolveAlert(ctx, input);
    revalidatePath("/dashboard", "layout");
  },
  { successMessage: "Alert resolved; the ESC and TAB were told." },
);

export const fileStatusReportAction = defineAction(
  statusReportSchema,
  async (input, ctx) => {
    await fileStatusReport(ctx, input);
    revalidatePath("/dashboard", "layout");
  },
  { successMessage: "Status report filed and sent to the ESC members." },
);

export const raiseEscalationAction = defineAction(
  raiseEscalationSchema,
  async (input, ctx) => {
    const escalation = await raiseEscalation(ctx, input);
    revalidatePath("/dashboard", "layout");
    return escalation.title;
  },
  { successMessage: (title) => `Issue "${title}" recorded. Escalate it from its page if you cannot resolve it.` },
);

export const escalationStepAction = defineAction(
  escalationStepSchema,
  async (input, ctx) => {
    const result = await stepEscalation(ctx, input);
    revalidatePath("/dashboard", "layout");
    return { move: input.move, ...result };
  },
  {
    successMessage: ({ move, level }) =>
      move === "escalate" ? `Escalated to the ${LEVEL_LABELS[level]}; they have been notified.` : move === "resolve" ? "Resolved; the ESC, the TAB and whoever raised it were told." : "Note added.",
  },
);
