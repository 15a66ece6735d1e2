import Link from "next/link";
import type { FormAction } from "@/components/forms/form-action";
import { AgendaItemLinks } from "@/components/meetings/agenda-item-links";
import { FocusOnChange } from "@/components/meetings/focus-on-change";
import { MaterialList } from "@/components/meetings/materials";
import { OpenMotions } from "@/components/meetings/meeting-motions";
import { MeetingMotionForm } from "@/components/meetings/meeting-motion-form";
import { Alert } from "@/components/ui/alert";
import { Badge, EmptyState } from "@/components/ui/card";
import { formatDate } from "@/lib/format";
import { isItemDone } from "@/domain/meetings/current-item";
import type { MeetingDetail } from "@/server/meetings/queries";

/** The current item's heading: it takes the focus when a motion opens on it. */
export const CURRENT_ITEM_HEADING = "current-item-heading";

type Item = MeetingDetail["agendaItems"][number];

interface LiveAgendaProps {
  meeting: MeetingDetail;
  currentItemId: string | null;
  /** The item after it still to take up: where the chair moves on to. */
  nextItemId: string | null;
  userId: string;
  /** The chair's: open and close motions, take up another item. Null for everyone else. */
  chair: { openMotion: FormAction; closeMotion: FormAction; attendanceSaved: boolean } | null;
}

/**
 * A meeting in progress as the room follows it: the item the meeting is on, with its open
 * motion and live roll call (the page refreshes every few seconds), then the rest of the
 * agenda in order. The chair opens a motion only on the current item, and only while none
 * is open on it; to pass over an item, the chair takes up another.
 */
export function LiveAgenda({ meeting, currentItemId, nextItemId, userId, chair }: LiveAgendaProps) {
  const items = meeting.agendaItems;
  const index = items.findIndex((item) => item.id === currentItemId);
  const current = index >= 0 ? items[index]! : null;
  const motionsOf = (item: Item) => meeting.motions.filter((motion) => motion.agendaItemId === item.id);
  const open = current ? motionsOf(current).filter((motion) => motion.status === "OPEN") : [];
  const decided = current ? motionsOf(current).filter((motion) => motion.status === "CLOSED") : [];
  const others = items.flatMap((item, position) => (item.id === currentItemId ? [] : [{ item, position, done: isItemDone(item, meeting.motions) }]));
  const next = items.find((item) => item.id === nextItemId);

  return (
    <>
      {chair ? <FocusOnChange targetId={CURRENT_ITEM_HEADING} value={currentItemId} /> : null}
      <section aria-labelledby={CURRENT_ITEM_HEADING} className="rounded-lg border-2 border-brand-600 bg-white p-5 shadow-sm">
        <p className="text-sm font-medium text-brand-700">Now</p>
        <h2 id={CURRENT_ITEM_HEADING} tabIndex={-1} className="outline-none">
          {current ? `${index + 1}. ${current.title}` : items.length ? "Every item is taken up" : "The agenda is empty"}
        </h2>
        {current ? (
          <div className="mt-2 space-y-3">
            {current.presenter ? <p className="text-sm text-slate-600">Presented by {current.presenter}</p> : null}
            {current.description ? <p className="text-sm text-slate-700">{current.description}</p> : null}
            {current.policyRoutedAt ? (
              <p className="text-sm text-slate-700">
                <Badge tone="amber">Routed to the Policy Branch</Badge> {formatDate(current.policyRoutedAt)}: {current.policyNote}
              </p>
            ) : null}
            <AgendaItemLinks subject={current.subject} motions={decided} />
            <MaterialList meetingId={meeting.id} materials={current.materials} />
            <OpenMotions motions={open} userId={userId} closeAction={chair?.closeMotion ?? null} empty={false} />
            {chair && open.length === 0 && !current.policyRoutedAt ? (
              chair.attendanceSaved ? (
                <details className="rounded-md border border-slate-200 p-3">
                  <summary className="cursor-pointer font-medium text-brand-700">Open a motion on “{current.title}”</summary>
                  <div className="mt-3">
                    <MeetingMotionForm
                      action={chair.openMotion}
                      committeeId={meeting.committee.id}
                      meetingId={meeting.id}
                      agendaItem={current}
                      focusAfterOpen={CURRENT_ITEM_HEADING}
                    />
                  </div>
                </details>
              ) : (
                <Alert tone="info">Record attendance before opening a motion. It decides the quorum and who votes through a designee.</Alert>
              )
            ) : null}
            {!chair && open.length === 0 && decided.length === 0 ? <p className="text-sm text-slate-700">No motion is open on this item.</p> : null}
            {chair && next && open.length === 0 ? (
              <p>
                <Link href={`/meetings/${meeting.id}?item=${next.id}`} className="text-sm font-medium text-brand-700 underline">
                  Move on to {items.indexOf(next) + 1}. {next.title}
                </Link>
              </p>
            ) : null}
          </div>
        ) : (
          <p className="mt-2 text-sm text-slate-700">
            {items.length ? "The chair adjourns the meeting when the business is done." : "The chair adds items in “Edit agenda”."}
          </p>
        )}
      </section>

      <section aria-labelledby="rest-of-agenda" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="rest-of-agenda" className="mb-3">
          The rest of the agenda
        </h2>
        {others.length === 0 ? (
          <EmptyState title="No other items." />
        ) : (
          <ol className="divide-y divide-slate-100">
            {others.map(({ item, position, done }) => (
              <li key={item.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
                <div>
                  <h3 className="font-semibold">
                    {position + 1}. {item.title}
                  </h3>
                  {item.presenter ? <p className="text-sm text-slate-600">Presented by {item.presenter}</p> : null}
                  {item.policyRoutedAt ? <Badge tone="amber">Routed to the Policy Branch</Badge> : null}
                  <AgendaItemLinks subject={item.subject} motions={motionsOf(item)} />
                </div>
                {chair && !done ? (
                  // The name begins with the words shown (WCAG 2.5.3), then says which item.
                  <Link
                    href={`/meetings/${meeting.id}?item=${item.id}`}
                    aria-label={`Take up now: “${item.title}”`}
                    className="text-sm font-medium text-brand-700 underline"
                  >
                    Take up now
                  </Link>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
