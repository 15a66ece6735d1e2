import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import { Alert } from "@/components/ui/alert";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { monthName } from "@/domain/meetings/meeting-months";
import type { ActionResult } from "@/lib/action";
import type { CommitteeMeetings as Overview } from "@/server/meetings/queries";
import { MEETING_KIND_LABELS, MEETING_STATUS } from "@/components/meetings/labels";
import { MeetingDetailsForm } from "@/components/meetings/meeting-details-form";
import { scheduleMeetingSchema } from "@/domain/meetings/schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(scheduleMeetingSchema);

interface CommitteeMeetingsProps {
  committeeId: string;
  overview: Overview;
  /** The chair's (or an administrator's) schedule form; null for everyone else. */
  scheduleAction: ((state: never, data: FormData) => Promise<ActionResult<{ id: string }>>) | null;
}

/**
 * A committee's meetings on its page: the months it held none (Governance plan 2.9: "The
 * ESCs will meet monthly at a minimum"), upcoming and past meetings, items waiting for the
 * next meeting, and, for the chair, a form to schedule one.
 */
export function CommitteeMeetings({ committeeId, overview, scheduleAction }: CommitteeMeetingsProps) {
  const { upcoming, past, waiting, missedMonths } = overview;
  return (
    <>
      {missedMonths.length ? (
        <Alert tone="warning" title="Months without a meeting">
          <ul className="list-disc pl-5">
            {missedMonths.map((month) => (
              <li key={month}>No meeting was held in {monthName(month)}.</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <Card title="Meetings" action={<Link href="/minutes">Published minutes</Link>}>
        <div className="grid gap-6 md:grid-cols-2">
          <section aria-labelledby="upcoming-meetings">
            <h3 id="upcoming-meetings" className="mb-2 font-semibold">
              Upcoming
            </h3>
            <MeetingList meetings={upcoming} empty="No meeting is scheduled." />
          </section>
          <section aria-labelledby="past-meetings">
            <h3 id="past-meetings" className="mb-2 font-semibold">
              Past
            </h3>
            <MeetingList meetings={past} empty="No past meetings." past />
          </section>
        </div>
        {waiting.length ? (
          <section aria-labelledby="waiting-items" className="mt-6 border-t border-slate-100 pt-4">
            <h3 id="waiting-items" className="font-semibold">
              Waiting for the next meeting
            </h3>
            <p className="mb-2 text-sm text-slate-600">These items join the agenda of the next meeting scheduled.</p>
            <ul className="list-disc space-y-1 pl-5 text-sm">
              {waiting.map((item) => (
                <li key={item.id}>{item.title}</li>
              ))}
            </ul>
          </section>
        ) : null}
      </Card>
      {scheduleAction ? (
        <Card title="Schedule a meeting">
          <MeetingDetailsForm action={scheduleAction} fields={{ [field.committeeId]: committeeId }} submitLabel="Schedule the meeting" />
        </Card>
      ) : null}
    </>
  );
}

function MeetingList({ meetings, empty, past = false }: { meetings: Overview["upcoming"]; empty: string; past?: boolean }) {
  if (meetings.length === 0) return <EmptyState title={empty} />;
  return (
    <ul className="divide-y divide-slate-100">
      {meetings.map((meeting) => {
        const status = MEETING_STATUS[meeting.status];
        // A past meeting still "scheduled" was never started: it was not held.
        const neverHeld = past && meeting.status === "SCHEDULED";
        return (
          <li key={meeting.id} className="py-2">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <Link href={`/meetings/${meeting.id}`} className="font-medium">
                {meeting.title}
              </Link>
              <Badge tone={neverHeld ? "amber" : status.tone}>{neverHeld ? "Not held" : status.label}</Badge>
            </div>
            <p className="text-sm text-slate-600">
              {MEETING_KIND_LABELS[meeting.kind]} · {formatDateTime(meeting.startsAt)}
              {meeting.minutes?.status === "PUBLISHED" ? (
                <>
                  {" · "}
                  <Link href={`/minutes/${meeting.minutes.id}`} className="underline">
                    Minutes
                  </Link>
                </>
              ) : null}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
