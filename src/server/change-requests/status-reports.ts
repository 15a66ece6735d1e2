import "server-only";
import { californiaDayOf, columnOfDay } from "@/domain/calendar/day";
import { changeRequestAudit } from "@/domain/change-requests/audit-actions";
import type { StatusReportInput } from "@/domain/change-requests/cpl-work-schemas";
import { STATE_LABELS } from "@/domain/change-requests/lifecycle";
import { changeRequestPermissions } from "@/domain/change-requests/permissions";
import { OVERDUE_REASON_LABELS, PARTY_LABELS } from "@/domain/change-requests/queue";
import { defineCommand } from "@/lib/command";
import { db } from "@/lib/db/client";
import { inSentence } from "@/lib/format";
import { notify } from "@/server/notifications/notify";
import { escMembers } from "@/server/change-requests/audiences";
import { dashboard } from "@/server/change-requests/dashboard";
import { consortiumSubject } from "@/server/change-requests/subject";

/**
 * Governance plan 5.1.1: "The CPL provides the ESC members with status reports on
 * outstanding Change Requests". Filing one notifies the consortium's ESC members.
 */
export const fileStatusReport = defineCommand({
  name: changeRequestAudit.file_status_report,
  subject: consortiumSubject,
  target: (input: StatusReportInput) => input.consortiumId,
  permission: changeRequestPermissions.fileStatusReport,
  resource: (consortium) => ({ consortiumId: consortium.id }),
  async run({ tx, ctx, input, record: consortium, now }) {
    const report = await tx.statusReport.create({
      data: { consortiumId: consortium.id, periodEnding: columnOfDay(input.periodEnding), body: input.body, filedById: ctx.actor.id, filedAt: now },
      select: { id: true, periodEnding: true },
    });
    const told = await notify(tx, await escMembers(tx, consortium.id, now), {
      kind: "cr.status_report",
      subject: `${consortium.code} change request status report, period ending ${input.periodEnding}`,
      body: `${ctx.actor.name} filed a status report on outstanding change requests.\n\n${input.body}`,
      link: `/dashboard/status-reports#report-${report.id}`,
    });
    return { ...report, notified: told };
  },
  audit: ({ record: consortium, input, result }) => ({
    entity: { type: "StatusReport", id: result.id },
    summary: `Filed the ${consortium.code} status report for the period ending ${input.periodEnding}; ${result.notified} ESC members notified`,
    after: { periodEnding: input.periodEnding, length: input.body.length },
  }),
});

export function listStatusReports(consortiumId: string | null) {
  return db.statusReport.findMany({
    where: consortiumId ? { consortiumId } : {},
    orderBy: [{ periodEnding: "desc" }, { filedAt: "desc" }],
    take: 50,
    select: { id: true, periodEnding: true, body: true, filedAt: true, consortium: { select: { code: true } }, filedBy: { select: { name: true } } },
  });
}

/** A first draft from today's figures, for the CPL to edit before filing. */
export async function draftStatusReport(consortiumId: string, now = new Date()): Promise<string> {
  const figures = await dashboard({ consortiumId }, now);
  const lines = [
    `Outstanding change requests on ${californiaDayOf(now)}: ${figures.open} open of ${figures.total} in all.`,
    "",
    "By step:",
    ...figures.byState.filter((row) => row.total > 0).map((row) => `- ${STATE_LABELS[row.state]}: ${row.total}`),
    "",
    "Waiting on:",
    ...figures.waitingOn.filter((row) => row.count > 0).map((row) => `- ${PARTY_LABELS[row.party]}: ${row.count}`),
    "",
    `Overdue: ${figures.overdue.total} (${inSentence(OVERDUE_REASON_LABELS.STATE_TOO_LONG)}: ${figures.overdue.tooLong}; ${inSentence(OVERDUE_REASON_LABELS.VOTE_PAST_DEADLINE)}: ${figures.overdue.vote}; ${inSentence(OVERDUE_REASON_LABELS.RECONSIDER_DATE_PASSED)}: ${figures.overdue.reconsider}).`,
    `Open alerts: ${figures.alerts.length}.`,
    "",
    "Issues, risks and next steps:",
    "- ",
  ];
  return lines.join("\n");
}
