import "server-only";
import { accessAudit } from "@/domain/access/audit-actions";
import { moveRefusal } from "@/domain/access/lifecycle";
import { accessPermissions } from "@/domain/access/permissions";
import {
  APPLICATION_FIELD_LABELS,
  applicationProblems,
  EMPTY_APPLICATION,
  type ApplicationFormField,
  type ApplicationFormInput,
  type ApplicationFormValues,
} from "@/domain/access/schemas";
import { californiaDayOf, columnOfDay, dayOfNullable } from "@/domain/calendar/day";
import { defineCommand } from "@/lib/command";
import type { Tx } from "@/lib/db/client";
import { ConflictError, UserError } from "@/lib/errors";
import { countOf, formatDateTime, formatDay } from "@/lib/format";
import { applicationPath, loadApplication } from "@/server/access/application-row";
import { holdersOf } from "@/server/access/recipients";
import { applicationSubject, assertMove, type LockedApplication } from "@/server/access/subjects";
import { notify } from "@/server/notifications/notify";

const FIELDS = Object.keys(APPLICATION_FIELD_LABELS) as ApplicationFormField[];

function valuesOf(input: ApplicationFormValues): ApplicationFormValues {
  return Object.fromEntries(FIELDS.map((field) => [field, input[field]])) as ApplicationFormValues;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Saves Appendix B as the Requestor typed it, while the application is with the Requestor
 * (INVITED). Optimistic concurrency: the form carries the version it was loaded at, and a save
 * against an older one (a colleague at the same organization saved first) is refused and
 * overwrites nothing. A signature may not be dated in the future.
 */
async function saveForm(tx: Tx, application: LockedApplication, input: ApplicationFormInput, now: Date) {
  const refusal = moveRefusal("submitApplication", application.state);
  if (refusal) throw new UserError(refusal);
  const today = californiaDayOf(now);
  if (input.signedOn && input.signedOn > today) {
    const message = `The date signed cannot be after today, ${formatDay(today)}.`;
    throw new UserError(message, { signedOn: [message] });
  }
  const stored = await tx.accessApplicationForm.findUnique({ where: { applicationId: application.id } });
  const storedVersion = stored?.version ?? 1;
  if (storedVersion !== input.version) {
    throw new ConflictError(
      `Someone else saved this application at ${formatDateTime(stored?.updatedAt)} since you opened it. What you typed is kept below: compare it with the saved application (reload the page to see it) and save again.`,
    );
  }
  const before: ApplicationFormValues | null = stored
    ? { ...stored, authorities: stored.authorities as ApplicationFormValues["authorities"], signedOn: dayOfNullable(stored.signedOn) }
    : null;
  const after = valuesOf(input);
  const changed = FIELDS.filter((field) => !same((before ?? EMPTY_APPLICATION)[field], after[field]));
  const data = { ...after, signedOn: after.signedOn ? columnOfDay(after.signedOn) : null };
  await tx.accessApplicationForm.upsert({
    where: { applicationId: application.id },
    create: { applicationId: application.id, ...data, version: 2 },
    update: { ...data, version: { increment: 1 } },
  });
  return { before: before ? valuesOf(before) : null, after, changed, version: storedVersion + 1 };
}

const changedList = (changed: readonly ApplicationFormField[]) =>
  changed.length ? `changed ${changed.map((field) => APPLICATION_FIELD_LABELS[field].toLowerCase()).join("; ")}` : "no change";

/** Process 6.4: the Requestor completes the application; a draft is kept until it is submitted. */
export const saveApplication = defineCommand({
  name: accessAudit.save_application,
  subject: applicationSubject,
  target: (input: ApplicationFormInput) => input.applicationId,
  permission: accessPermissions.apply,
  resource: (application) => application,
  async run({ tx, input, record, now }) {
    const saved = await saveForm(tx, record, input, now);
    return { ...saved, label: (await loadApplication(tx, record.id)).label, submitted: false };
  },
  audit: ({ result }) => ({
    summary: `Saved the draft application of ${result.label}: ${changedList(result.changed)}.`,
    before: result.before,
    after: { ...result.after, version: result.version, changed: result.changed },
  }),
});

/**
 * Process 6.4: "The Requestor completes the Application and sends it to the Process Manager."
 * Saves what was typed and sends it, UNDER_REVIEW, in one transaction: a refused submission
 * (a field still empty) saves nothing, and the form keeps what was typed. Receipt of the
 * application starts the legal review's clock (process 4).
 */
export const submitApplication = defineCommand({
  name: accessAudit.submit_application,
  subject: applicationSubject,
  target: (input: ApplicationFormInput) => input.applicationId,
  permission: accessPermissions.apply,
  resource: (application) => application,
  async run({ tx, ctx, input, record, now }) {
    assertMove(record, "submitApplication");
    const saved = await saveForm(tx, record, input, now);
    const problems = applicationProblems(saved.after);
    if (problems.length) {
      throw new UserError("Complete the application before you send it.", Object.fromEntries(problems.map((problem) => [problem.field, [problem.message]])));
    }
    await tx.accessApplication.update({
      where: { id: record.id },
      data: { state: "UNDER_REVIEW", stateChangedAt: now, submittedAt: now, version: { increment: 1 } },
    });
    const application = await loadApplication(tx, record.id);
    // 6.5: "Upon receipt of the Application the Process Manager: 1. Obtains legal review … 2. Sends a request to the Infrastructure Manager".
    await notify(tx, await holdersOf(tx, "PROCESS_MANAGER"), {
      kind: "access.submitted",
      subject: `${application.label}: application received from ${application.organization.name}`,
      body:
        `${ctx.actor.name} submitted the application of ${application.organization.name} (Appendix B), asking for ${countOf(saved.after.usersRequested ?? 0, "user")}. ` +
        "Request the legal review and the connectivity test (Third Party Access Process 6.5).",
      link: applicationPath(record.id, "reviews"),
    });
    return { ...saved, label: application.label, submitted: true };
  },
  audit: ({ result }) => ({
    summary: `Submitted the application of ${result.label} to the Process Manager (${countOf(result.after.usersRequested ?? 0, "user")} requested): ${changedList(result.changed)}.`,
    before: { state: "INVITED", form: result.before },
    after: { state: "UNDER_REVIEW", form: { ...result.after, version: result.version } },
  }),
});
