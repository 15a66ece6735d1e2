/**
 * The forms of the CPL's work (Governance plan 5.1.1): alerts, status reports and
 * escalations, and the ESC chair's backlog ranking. Shared by the forms and their actions.
 */
import { z } from "zod";
import { dayField } from "@/domain/calendar/date-fields";
import { RANK_MOVES } from "@/domain/change-requests/ranking";

const id = z.uuid("Choose one from the list.");
const text = (label: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, min <= 1 ? `Enter the ${label}.` : `Write at least ${min} characters for the ${label}.`)
    .max(max, `The ${label} can be at most ${max} characters.`);

/** An optional change request, typed as people know it: CR-0042, 42. */
const changeRequestNumber = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (!value) return undefined;
    const match = value.match(/^(?:cr[\s-]*)?0*(\d{1,9})$/i);
    if (!match) {
      ctx.addIssue({ code: "custom", message: "Write the change request number, e.g. CR-0042, or leave it empty." });
      return z.NEVER;
    }
    return Number(match[1]);
  })
  .optional();

export const ALERT_KINDS = ["SCOPE", "SCHEDULE", "COST"] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];
export const ALERT_KIND_LABELS: Record<AlertKind, string> = { SCOPE: "Scope", SCHEDULE: "Schedule", COST: "Cost" };

export const raiseAlertSchema = z.object({
  consortiumId: id,
  kind: z.enum(ALERT_KINDS, "Choose scope, schedule or cost."),
  changeRequest: changeRequestNumber,
  description: text("description of the problem", 10, 4000),
});
export type RaiseAlertInput = z.output<typeof raiseAlertSchema>;

export const resolveAlertSchema = z.object({
  alertId: id,
  resolution: text("resolution", 3, 4000),
});

export const statusReportSchema = z.object({
  consortiumId: id,
  periodEnding: dayField("Enter the last day the report covers."),
  body: text("report", 10, 20_000),
});
export type StatusReportInput = z.output<typeof statusReportSchema>;

export const raiseEscalationSchema = z.object({
  consortiumId: id,
  changeRequest: changeRequestNumber,
  title: text("issue's title", 3, 200),
  description: text("description", 10, 4000),
});
export type RaiseEscalationInput = z.output<typeof raiseEscalationSchema>;

export const escalationStepSchema = z.object({
  escalationId: id,
  version: z.coerce.number().int().min(1),
  move: z.enum(["escalate", "resolve", "note"]),
  note: text("note", 3, 4000),
});
export type EscalationStepInput = z.output<typeof escalationStepSchema>;

/** The order the page showed travels with each move, so a move made on a stale page is refused. */
export const rankMoveSchema = z.object({
  consortiumId: id,
  changeRequestId: id,
  move: z.enum(RANK_MOVES),
  expectedOrder: z.string().max(100_000),
});
export type RankMoveInput = z.output<typeof rankMoveSchema>;

export const suggestOrderSchema = z.object({
  consortiumId: id,
  expectedOrder: z.string().max(100_000),
});
