"use server";

import { staffReportSchema } from "@/domain/change-requests/staff-reports";
import { fileStaffReport } from "@/server/change-requests/staff-reports";

import {
  escalationStepSchema,
  raiseAlertSchema,
  raiseEscalationSchema,
  resolveAlertSchema,
  statusReportSchema,
} from "@/domain/change-requests/cpl-work-schemas";
import { LEVEL_LABELS } from "@/domain/change-requests/escalation";
import { plural } from "@/lib/format";
import { defineAction } from "@/server/action";
import { raiseAlert, resolveAlert } from "@/server/change-requests/alerts";
import { raiseEscalation, stepEscalation } from "@/server/change-requests/escalations";
import { fileStatusReport } from "@/server/change-requests/status-reports";

const people = (n: number) => `${n} ${plural(n, "person", "people")}`;

export const raiseAlertAction = defineAction(raiseAlertSchema, raiseAlert, {
  successMessage: (alert) => `Alert raised. ${people(alert.notified)} of the ESC and TAB were notified.`,
});

export const resolveAlertAction = defineAction(resolveAlertSchema, resolveAlert, { successMessage: "Alert resolved; the ESC and TAB were told." });

export const fileStatusReportAction = defineAction(statusReportSchema, fileStatusReport, {
  successMessage: "Status report filed and sent to the ESC members.",
});

export const fileStaffReportAction = defineAction(staffReportSchema, fileStaffReport, {
  successMessage: "Report filed and sent to the ESC members.",
});

export const raiseEscalationAction = defineAction(raiseEscalationSchema, raiseEscalation, {
  successMessage: (escalation) => `Issue "${escalation.title}" recorded. Escalate it from its page if you cannot resolve it.`,
});

export const escalationStepAction = defineAction(
  escalationStepSchema,
  {
    execute: async (ctx, input, now) => {
      const { result, paths } = await stepEscalation.execute(ctx, input, now);
      return { result: { move: input.move, ...result }, paths };
    },
  },
  {
    successMessage: ({ move, level }) =>
      move === "escalate"
        ? `Escalated to the ${LEVEL_LABELS[level]}; they have been notified.`
        : move === "resolve"
          ? "Resolved; the ESC, the TAB and whoever raised it were told."
          : "Note added.",
  },
);
