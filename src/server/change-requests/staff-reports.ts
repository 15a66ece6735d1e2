import "server-only";
import { changeRequestAudit } from "@/domain/change-requests/audit-actions";
import { changeRequestPermissions } from "@/domain/change-requests/permissions";
import { STAFF_REPORTS, type StaffReportInput } from "@/domain/change-requests/staff-reports";
import { defineCommand } from "@/lib/command";
import { db } from "@/lib/db/client";
import { escMembers } from "@/server/change-requests/audiences";
import { consortiumSubject } from "@/server/change-requests/subject";
import { notify } from "@/server/notifications/notify";

export const PERMISSION_OF = {
  EARLY_RISK: changeRequestPermissions.fileEarlyRisk,
  CONTRACT_DELIVERABLE: changeRequestPermissions.fileDeliverableReview,
  CRITICAL_SR_STATUS: changeRequestPermissions.fileCriticalSrStatus,
} as const;

/**
 * A CTM's early risk, an M&O Contract Manager's deliverable review or critical-SR status
 * (Governance plan 5.1.2, 5.1.3), filed for the consortium and sent to its ESC members.
 */
export const fileStaffReport = defineCommand({
  name: changeRequestAudit.file_staff_report,
  subject: consortiumSubject,
  target: (input: StaffReportInput) => input.consortiumId,
  permission: ({ input }) => PERMISSION_OF[input.kind],
  resource: (consortium) => ({ consortiumId: consortium.id }),
  async run({ tx, ctx, input, record: consortium, now }) {
    const report = await tx.staffReport.create({
      data: { consortiumId: consortium.id, kind: input.kind, title: input.title, body: input.body, filedById: ctx.actor.id, filedAt: now },
      select: { id: true },
    });
    const told = await notify(tx, await escMembers(tx, consortium.id, now), {
      kind: "cr.staff_report",
      subject: `${consortium.code}: ${STAFF_REPORTS[input.kind].label}: ${input.title}`,
      body: `${ctx.actor.name} filed a report.\n\n${input.body}`,
      link: `/dashboard/staff-reports#report-${report.id}`,
    });
    return { ...report, notified: told };
  },
  audit: ({ record: consortium, input, result }) => ({
    entity: { type: "StaffReport", id: result.id },
    summary: `Filed a ${consortium.code} report (${STAFF_REPORTS[input.kind].label}): ${input.title}; ${result.notified} ESC members notified`,
    after: { kind: input.kind, title: input.title, length: input.body.length },
  }),
  paths: () => ["/dashboard/staff-reports"],
});

export function listStaffReports() {
  return db.staffReport.findMany({
    orderBy: { filedAt: "desc" },
    take: 100,
    select: { id: true, kind: true, title: true, body: true, filedAt: true, consortium: { select: { code: true } }, filedBy: { select: { name: true } } },
  });
}
