import "server-only";
import type { Task, TaskList } from "graphile-worker";
import { z } from "zod";
import { env } from "@/lib/env";
import { reconsiderDueChangeRequests } from "@/server/change-requests/reconsider-due";
import { closeDueElections } from "@/server/elections/close-voting";
import { deliverEmail, scheduleQueuedEmails, SEND_EMAIL_TASK } from "@/server/notifications/email-delivery";
import { smtpMailer } from "@/server/notifications/mailer";
import { sendReminders } from "@/server/notifications/reminders";
import { closeDueMotions } from "@/server/decisions/close-motion";
import { elevateOverdueActivities } from "@/server/workgroups/elevation";
import { flagOverdueAttestations, remindAccountRenewals, remindMouRenewalNotices, sendAccessClockNotices } from "@/server/access/jobs";

/**
 * Every background job the worker runs, in one place. A task is a thin call into its
 * module's function, which takes `now` and is safe to run twice at once (several app
 * instances share one queue; graphile-worker starts each scheduled run once, and the
 * functions themselves lock rows or use once-only keys).
 */
export interface RecurringTask {
  /** The job's name in graphile-worker; snake_case, stable (renaming orphans queued jobs). */
  name: string;
  /** Standard five-field cron, in UTC. */
  schedule: string;
  run: (now: Date) => Promise<unknown>;
}

export const RECURRING_TASKS: RecurringTask[] = [
  { name: "close_due_motions", schedule: "* * * * *", run: closeDueMotions },
  {
    name: "schedule_queued_email",
    schedule: "* * * * *",
    // Without SMTP, notify() holds mail in the outbox instead; nothing is queued to send.
    run: () => (env().SMTP_URL ? scheduleQueuedEmails() : Promise.resolve(0)),
  },
  { name: "send_reminders", schedule: "* * * * *", run: sendReminders },
  // Governance plan 2.4: past its deadline without a recommendation, the issue goes to the ESC.
  { name: "elevate_overdue_activities", schedule: "* * * * *", run: elevateOverdueActivities },
  // An election's voting (or a runoff's) closes and is counted at its closing time.
  { name: "close_due_elections", schedule: "* * * * *", run: closeDueElections },
  // Governance plan 3: a deferred change request comes back to its gate on its reconsider date
  // (a California day, so hourly is soon enough, and a missed hour is caught by the next).
  { name: "reconsider_deferred_change_requests", schedule: "5 * * * *", run: reconsiderDueChangeRequests },
  // Third Party Access Process 4: a clock past its goal tells who owes the step, then the Process
  // Owner (once each; the goals are in working days, so hourly is soon enough).
  { name: "access_clock_notices", schedule: "10 * * * *", run: sendAccessClockNotices },
  // Section 2, criteria 5 and 6: training and confidentiality "then annually": reminders before
  // they expire, and the flag for suspension after.
  { name: "access_account_renewals", schedule: "15 * * * *", run: remindAccountRenewals },
  // 10.1: the Contract Manager's renewal notice, six months before an MOU's term ends.
  { name: "access_mou_renewal_notices", schedule: "20 * * * *", run: remindMouRenewalNotices },
  // The product's yearly re-attestation: what was not confirmed by the deadline is flagged for suspension.
  { name: "access_attestation_flags", schedule: "25 * * * *", run: flagOverdueAttestations },
];

const sendEmailPayload = z.object({ emailId: z.string().uuid(), attempt: z.number().int().min(0) });

/** One delivery attempt of one e-mail (src/server/notifications/email-delivery.ts). */
const sendEmail: Task = async (payload, helpers) => {
  const smtpUrl = env().SMTP_URL;
  if (!smtpUrl) {
    helpers.logger.warn("SMTP_URL is no longer set: the e-mail stays queued in the outbox.");
    return;
  }
  const outcome = await deliverEmail(sendEmailPayload.parse(payload), smtpMailer(smtpUrl), new Date());
  if (outcome.kind === "retry") helpers.logger.warn(`E-mail not delivered (${outcome.error}); trying again at ${outcome.at.toISOString()}.`);
  if (outcome.kind === "failed") helpers.logger.error(`E-mail not delivered after the last attempt (${outcome.error}); marked FAILED in the outbox.`);
};

export const TASKS: TaskList = {
  ...Object.fromEntries(
    RECURRING_TASKS.map((task): [string, Task] => [
      task.name,
      async () => {
        await task.run(new Date());
      },
    ]),
  ),
  [SEND_EMAIL_TASK]: sendEmail,
};

/**
 * graphile-worker's crontab. `max=1`: a scheduled run that fails is not retried, since
 * the next minute's run does the same work anyway.
 */
export const CRONTAB = RECURRING_TASKS.map((task) => `${task.schedule} ${task.name} ?max=1`).join("\n");
