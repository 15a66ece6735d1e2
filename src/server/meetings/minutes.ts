import "server-only";
import { californiaDay } from "@/domain/calendar/california-day";
import { draftMinutes as writeDraft } from "@/domain/meetings/minutes-draft";
import { refusal } from "@/domain/meetings/meeting-status";
import type { EditMinutesInput } from "@/domain/meetings/schemas";
import { recordAudit } from "@/lib/audit";
import type { CommandContext } from "@/lib/context";
import { db, type Tx } from "@/lib/db";
import { ConflictError, NotFoundError, UserError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { notify } from "@/server/notifications/notify";
import { lockMeeting } from "./lock";
import { loadMinutesRecord } from "./minutes-record";
import { meetingPermissions } from "@/domain/meetings/permissions";

const WHEN = new Intl.DateTimeFormat("en-US", { timeStyle: "short", dateStyle: "medium", timeZone: "America/Los_Angeles" });

/**
 * Drafts the minutes from the meeting record, or re-drafts them while they are a draft.
 * Re-drafting over someone's edits replaces them, so it needs `confirmed`.
 */
export async function draftMinutes(ctx: CommandContext, input: { meetingId: string; confirm?: "yes" }) {
  return db.$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, ctx, input.meetingId, "draftMinutes", meetingPermissions.manageMinutes);
    const existing = await tx.minutes.findUnique({ where: { meetingId: meeting.id }, select: { id: true, status: true, editedAt: true, version: true } });
    if (existing?.status === "PUBLISHED") throw new UserError("These minutes are published and can no longer be re-drafted.");
    if (existing?.editedAt && input.confirm !== "yes") throw new UserError("The draft has been edited; re-drafting replaces those edits. Confirm to re-draft.");
    const body = writeDraft(await loadMinutesRecord(tx, meeting.id));
    const data = { body, draftedAt: new Date(), editedAt: null, editedById: null };
    const minutes = existing
      ? await tx.minutes.update({ where: { id: existing.id }, data: { ...data, version: { increment: 1 } }, select: { id: true, version: true } })
      : await tx.minutes.create({ data: { meetingId: meeting.id, ...data }, select: { id: true, version: true } });
    await recordAudit(tx, ctx, {
      action: existing ? "meetings.redraft_minutes" : "meetings.draft_minutes",
      entityType: "Minutes",
      entityId: minutes.id,
      summary: `${existing ? "Re-drafted" : "Drafted"} the minutes of ${meeting.title}`,
      after: { version: minutes.version, body },
    });
    return minutes;
  });
}

/** The minutes and their meeting, locked (minutes first, then the meeting row). */
async function lockMinutes(tx: Tx, ctx: CommandContext, minutesId: string, version: number) {
  const [row] = await tx.$queryRaw<{ id: string; meetingId: string; status: string; version: number; editedAt: Date | null; editedById: string | null }[]>`
    SELECT id, "meetingId", status::text AS status, version, "editedAt", "editedById" FROM "Minutes" WHERE id = ${minutesId} FOR UPDATE`;
  if (!row) throw new NotFoundError("Those minutes");
  const meeting = await tx.meeting.findUniqueOrThrow({ where: { id: row.meetingId }, select: { id: true, title: true, status: true, committeeId: true, committee: { select: { name: true, consortiumId: true } } } });
  assertCan(ctx.actor, meetingPermissions.manageMinutes, { committeeId: meeting.committeeId });
  if (row.status === "PUBLISHED") throw new UserError("These minutes are already published; published minutes are not changed.");
  if (row.version !== version) {
    const editor = row.editedById ? await tx.user.findUnique({ where: { id: row.editedById }, select: { name: true } }) : null;
    const what = editor && row.editedAt ? `${editor.name} saved a change at ${WHEN.format(row.editedAt)}` : "The minutes were re-drafted";
    throw new ConflictError(`${what} while you were editing. Your text was not saved and is still in the box: compare it with the saved minutes shown below, then save again.`);
  }
  return { minutes: row, meeting };
}

export async function editMinutes(ctx: CommandContext, input: EditMinutesInput) {
  return db.$transaction(async (tx) => {
    const { minutes, meeting } = await lockMinutes(tx, ctx, input.minutesId, input.version);
    const saved = await tx.minutes.update({
      where: { id: minutes.id },
      data: { body: input.body, editedAt: new Date(), editedById: ctx.actor.id, version: { increment: 1 } },
      select: { id: true, version: true },
    });
    await recordAudit(tx, ctx, { action: "meetings.edit_minutes", entityType: "Minutes", entityId: minutes.id, summary: `Edited the minutes of ${meeting.title}`, after: { version: saved.version, body: input.body } });
    return saved;
  });
}

/**
 * Publishes the minutes: public at /minutes from now on, and never changed again.
 * Governance plan 2.10: "Email notification of when the minutes are posted to the website
 * will be sent to all Directors and TAB": every active LCSA Director, and whoever holds a
 * seat today on the Technical Advisory Board of the committee's consortium.
 */
export async function publishMinutes(ctx: CommandContext, input: { minutesId: string; version: number }, now = new Date()) {
  return db.$transaction(async (tx) => {
    const { minutes, meeting } = await lockMinutes(tx, ctx, input.minutesId, input.version);
    const reason = refusal(meeting.status, "publishMinutes");
    if (reason) throw new UserError(reason);
    await tx.minutes.update({ where: { id: minutes.id }, data: { status: "PUBLISHED", publishedAt: now, publishedById: ctx.actor.id, version: { increment: 1 } } });
    const recipients = await minutesRecipients(tx, meeting.committee.consortiumId, now);
    const notified = await notify(tx, recipients, {
      kind: "minutes.published",
      subject: `Minutes published: ${meeting.committee.name}, ${meeting.title}`,
      body: `The minutes of the ${meeting.committee.name} meeting “${meeting.title}” are published and open to everyone.`,
      link: `/minutes/${minutes.id}`,
      dedupeKey: `minutes.published:${minutes.id}`,
    });
    await recordAudit(tx, ctx, {
      action: "meetings.publish_minutes",
      entityType: "Minutes",
      entityId: minutes.id,
      summary: `Published the minutes of ${meeting.title}; ${notified} people notified`,
      before: { status: "DRAFT" },
      after: { status: "PUBLISHED", notified },
    });
    return { id: minutes.id, notified };
  });
}

async function minutesRecipients(tx: Tx, consortiumId: string | null, now: Date): Promise<string[]> {
  const today = californiaDay(now);
  // One after the other: queries in a transaction share its one connection.
  const directors = await tx.roleAssignment.findMany({ where: { role: "LCSA_DIRECTOR", revokedAt: null, user: { status: "ACTIVE" } }, select: { userId: true } });
  const tab = consortiumId
    ? await tx.term.findMany({
        where: { seat: { committee: { kind: "TAB", consortiumId } }, startsOn: { lte: today }, OR: [{ endsOn: null }, { endsOn: { gte: today } }] },
        select: { userId: true },
      })
    : [];
  return [...new Set([...directors, ...tab].map((row) => row.userId))];
}
