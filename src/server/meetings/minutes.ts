import "server-only";
import { californiaDay } from "@/domain/calendar/california-day";
import { meetingAudit } from "@/domain/meetings/audit-actions";
import { draftMinutes as writeDraft } from "@/domain/meetings/minutes-draft";
import { meetingPermissions } from "@/domain/meetings/permissions";
import type { EditMinutesInput } from "@/domain/meetings/schemas";
import { defineCommand } from "@/lib/command";
import type { Tx } from "@/lib/db/client";
import { ConflictError, UserError } from "@/lib/errors";
import { countOf } from "@/lib/format";
import { loadMinutesRecord } from "@/server/meetings/minutes-record";
import { assertStep, committeeScopeOf, meetingSubject, minutesSubject } from "@/server/meetings/subjects";
import { notify } from "@/server/notifications/notify";

const WHEN = new Intl.DateTimeFormat("en-US", { timeStyle: "short", dateStyle: "medium", timeZone: "America/Los_Angeles" });

/**
 * Drafts the minutes from the meeting record, or re-drafts them while they are a draft.
 * Re-drafting over someone's edits replaces them, so it needs `confirmed`.
 */
export const draftMinutes = defineCommand({
  name: meetingAudit.draft_minutes,
  subject: meetingSubject,
  target: (input: { meetingId: string; confirm?: "yes" }) => input.meetingId,
  permission: meetingPermissions.manageMinutes,
  resource: (meeting) => committeeScopeOf(meeting),
  async run({ tx, input, record: meeting }) {
    assertStep(meeting, "draftMinutes");
    const existing = await tx.minutes.findUnique({ where: { meetingId: meeting.id }, select: { id: true, status: true, editedAt: true, version: true } });
    if (existing?.status === "PUBLISHED") throw new UserError("These minutes are published and can no longer be re-drafted.");
    if (existing?.editedAt && input.confirm !== "yes") throw new UserError("The draft has been edited; re-drafting replaces those edits. Confirm to re-draft.");
    const body = writeDraft(await loadMinutesRecord(tx, meeting.id));
    const data = { body, draftedAt: new Date(), editedAt: null, editedById: null };
    const minutes = existing
      ? await tx.minutes.update({ where: { id: existing.id }, data: { ...data, version: { increment: 1 } }, select: { id: true, version: true } })
      : await tx.minutes.create({ data: { meetingId: meeting.id, ...data }, select: { id: true, version: true } });
    return { ...minutes, redrafted: Boolean(existing), body };
  },
  audit: ({ record: meeting, result: { id, version, redrafted, body } }) => ({
    action: redrafted ? meetingAudit.redraft_minutes : meetingAudit.draft_minutes,
    entity: { type: "Minutes", id },
    summary: `${redrafted ? "Re-drafted" : "Drafted"} the minutes of ${meeting.title}`,
    after: { version, body },
  }),
});

/** Published minutes never change; a save from an older version is refused, saying who saved since. */
async function assertEditable(tx: Tx, minutes: { status: string; version: number; editedAt: Date | null; editedById: string | null }, version: number) {
  if (minutes.status === "PUBLISHED") throw new UserError("These minutes are already published; published minutes are not changed.");
  if (minutes.version !== version) {
    const editor = minutes.editedById ? await tx.user.findUnique({ where: { id: minutes.editedById }, select: { name: true } }) : null;
    const what = editor && minutes.editedAt ? `${editor.name} saved a change at ${WHEN.format(minutes.editedAt)}` : "The minutes were re-drafted";
    throw new ConflictError(
      `${what} while you were editing. Your text was not saved and is still in the box: compare it with the saved minutes shown below, then save again.`,
    );
  }
}

export const editMinutes = defineCommand({
  name: meetingAudit.edit_minutes,
  subject: minutesSubject,
  target: (input: EditMinutesInput) => input.minutesId,
  permission: meetingPermissions.manageMinutes,
  resource: ({ meeting }) => committeeScopeOf(meeting),
  async run({ tx, ctx, input, record: { minutes } }) {
    await assertEditable(tx, minutes, input.version);
    return tx.minutes.update({
      where: { id: minutes.id },
      data: { body: input.body, editedAt: new Date(), editedById: ctx.actor.id, version: { increment: 1 } },
      select: { id: true, version: true },
    });
  },
  audit: ({ record: { meeting }, input, result: saved }) => ({
    summary: `Edited the minutes of ${meeting.title}`,
    after: { version: saved.version, body: input.body },
  }),
});

/**
 * Publishes the minutes: public at /minutes from now on, and never changed again.
 * Governance plan 2.10: "Email notification of when the minutes are posted to the website
 * will be sent to all Directors and TAB": every active LCSA Director, and whoever holds a
 * seat today on the Technical Advisory Board of the committee's consortium.
 */
export const publishMinutes = defineCommand({
  name: meetingAudit.publish_minutes,
  subject: minutesSubject,
  target: (input: { minutesId: string; version: number }) => input.minutesId,
  permission: meetingPermissions.manageMinutes,
  resource: ({ meeting }) => committeeScopeOf(meeting),
  async run({ tx, ctx, input, record: { minutes, meeting }, now }) {
    await assertEditable(tx, minutes, input.version);
    assertStep(meeting, "publishMinutes");
    await tx.minutes.update({
      where: { id: minutes.id },
      data: { status: "PUBLISHED", publishedAt: now, publishedById: ctx.actor.id, version: { increment: 1 } },
    });
    const recipients = await minutesRecipients(tx, meeting.committee.consortiumId, now);
    const notified = await notify(tx, recipients, {
      kind: "minutes.published",
      subject: `Minutes published: ${meeting.committee.name}, ${meeting.title}`,
      body: `The minutes of the ${meeting.committee.name} meeting “${meeting.title}” are published and open to everyone.`,
      link: `/minutes/${minutes.id}`,
      dedupeKey: `minutes.published:${minutes.id}`,
    });
    return { id: minutes.id, notified };
  },
  audit: ({ record: { meeting }, result: { notified } }) => ({
    summary: `Published the minutes of ${meeting.title}; ${countOf(notified, "person", "people")} notified`,
    before: { status: "DRAFT" },
    after: { status: "PUBLISHED", notified },
  }),
  paths: ({ result }) => ["/minutes", `/minutes/${result.id}`],
});

async function minutesRecipients(tx: Tx, consortiumId: string | null, now: Date): Promise<string[]> {
  const today = californiaDay(now);
  // One after the other: queries in a transaction share its one connection.
  const directors = await tx.roleAssignment.findMany({
    where: { role: "LCSA_DIRECTOR", revokedAt: null, user: { status: "ACTIVE" } },
    select: { userId: true },
  });
  const tab = consortiumId
    ? await tx.term.findMany({
        where: { seat: { committee: { kind: "TAB", consortiumId } }, startsOn: { lte: today }, OR: [{ endsOn: null }, { endsOn: { gte: today } }] },
        select: { userId: true },
      })
    : [];
  return [...new Set([...directors, ...tab].map((row) => row.userId))];
}
