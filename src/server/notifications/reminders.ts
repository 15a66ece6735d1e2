import "server-only";
import { formatDateTime, formatDay } from "@/lib/format";
import { californiaDay } from "@/domain/calendar/california-day";
import {
  materialsDueDay,
  materialsReminderDue,
  materialsReminderKey,
  MATERIALS_LOOKAHEAD_MS,
  MOTION_REMINDER_WINDOW_MS,
  motionReminderKey,
  motionReminderRecipients,
} from "@/domain/notifications/reminders";
import { notificationAudit } from "@/domain/notifications/audit-actions";
import { collectionSubject, defineCommand, type AnyContext } from "@/lib/command";
import { SYSTEM_CONTEXT } from "@/lib/context";
import { db } from "@/lib/db/client";
import { notify, type NotificationMessage } from "@/server/notifications/notify";

interface Reminders {
  notices: { recipientIds: readonly string[]; message: NotificationMessage }[];
}

/**
 * Sends one batch of reminders in one transaction, by the worker (no person, nothing to
 * audit: each notice's dedupe key makes it once-only). Returns how many people were newly told.
 */
const remind = defineCommand<Reminders, null, undefined, number, AnyContext>({
  name: notificationAudit.remind,
  subject: collectionSubject("Notification", []),
  target: () => "",
  permission: () => null,
  resource: () => undefined,
  system: true,
  async run({ tx, input }) {
    let count = 0;
    for (const notice of input.notices) count += await notify(tx, notice.recipientIds, notice.message);
    return count;
  },
  audit: () => null,
});

/**
 * Reminders (issue 3): "a motion closes in 24 hours and you have not voted; meeting
 * materials due". Run by the worker every minute on every instance's behalf; each
 * reminder carries a dedupe key, so a person gets it once however often this runs.
 * The rules of who and when are in src/domain/notifications/reminders.ts.
 */
export async function sendReminders(now: Date): Promise<{ motionReminders: number; materialsReminders: number }> {
  return { motionReminders: await remindVoters(now), materialsReminders: await remindChairsOfMaterials(now) };
}

async function remindVoters(now: Date): Promise<number> {
  const motions = await db.motion.findMany({
    where: { status: "OPEN", deadline: { gt: now, lte: new Date(now.getTime() + MOTION_REMINDER_WINDOW_MS) } },
    select: {
      id: true,
      question: true,
      status: true,
      deadline: true,
      committee: { select: { name: true } },
      voters: { select: { userId: true, designeeId: true, user: { select: { name: true } } } },
      ballots: { select: { voterId: true } },
    },
  });
  let sent = 0;
  for (const motion of motions) {
    const recipients = motionReminderRecipients({ ...motion, votedMemberIds: motion.ballots.map((ballot) => ballot.voterId) }, now);
    if (recipients.length === 0) continue;
    const dedupeKey = motionReminderKey(motion.id);
    const reminded = new Set(
      (await db.notification.findMany({ where: { dedupeKey, userId: { in: recipients } }, select: { userId: true } })).map((row) => row.userId),
    );
    const due = recipients.filter((userId) => !reminded.has(userId));
    if (due.length === 0) continue;
    const memberFor = new Map(motion.voters.flatMap((voter) => (voter.designeeId ? [[voter.designeeId, voter.user.name] as const] : [])));
    const closes = formatDateTime(motion.deadline);
    sent += await remind(SYSTEM_CONTEXT, {
      notices: due.map((userId) => {
        const member = memberFor.get(userId);
        return {
          recipientIds: [userId],
          message: {
            kind: "motion.closes_soon",
            subject: `Vote by ${closes}: ${motion.question}`,
            body:
              `${motion.committee.name} is voting on "${motion.question}", and ${member ? `the vote of ${member}, whose designee you are,` : "your vote"} ` +
              `has not been cast yet. Voting closes ${closes} (Pacific time).`,
            link: `/motions/${motion.id}`,
            dedupeKey,
          },
        };
      }),
    });
  }
  return sent;
}

/**
 * Governance plan 2.10: "background materials will be provided to the ESC at least three
 * days in advance of meetings". The chair hears of it the working day before the deadline
 * and on the day; a committee without a seated chair, the person who scheduled the meeting.
 */
async function remindChairsOfMaterials(now: Date): Promise<number> {
  const meetings = await db.meeting.findMany({
    where: { status: "SCHEDULED", startsAt: { gt: now, lte: new Date(now.getTime() + MATERIALS_LOOKAHEAD_MS) } },
    select: { id: true, title: true, status: true, kind: true, startsAt: true, committeeId: true, createdById: true, committee: { select: { name: true } } },
  });
  const today = californiaDay(now);
  let sent = 0;
  for (const meeting of meetings.filter((candidate) => materialsReminderDue(candidate, now))) {
    const chairs = await db.term.findMany({
      where: { seat: { committeeId: meeting.committeeId, kind: "CHAIR" }, startsOn: { lte: today }, OR: [{ endsOn: null }, { endsOn: { gte: today } }] },
      select: { userId: true },
    });
    const recipients = chairs.length ? chairs.map((chair) => chair.userId) : [meeting.createdById];
    const due = materialsDueDay(meeting.startsAt);
    sent += await remind(SYSTEM_CONTEXT, {
      notices: [
        {
          recipientIds: recipients,
          message: {
            kind: "meeting.materials_due",
            subject: `Materials due ${formatDay(due)}: ${meeting.title}`,
            body:
              `Background materials for ${meeting.committee.name}'s meeting "${meeting.title}" on ${formatDateTime(meeting.startsAt)} are due ` +
              `${formatDay(due)}, three days before it (Governance plan 2.10). Material posted later is marked late.`,
            link: `/meetings/${meeting.id}`,
            dedupeKey: materialsReminderKey(meeting.id),
          },
        },
      ],
    });
  }
  return sent;
}
