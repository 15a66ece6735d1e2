import { Badge, EmptyState } from "@/components/ui/card";
import { formatDay } from "@/lib/format";
import { SEAT_KIND_LABELS } from "@/components/governance/labels";
import type { CommitteeDetail } from "@/server/governance/committees";

type Seat = CommitteeDetail["seats"][number];

function holder(term: Seat["terms"][number]) {
  return `${term.user.name}${term.lcsa ? ` (${term.lcsa.name})` : ""}`;
}

function span(term: Seat["terms"][number]) {
  return `${formatDay(term.startsOn)} to ${term.endsOn ? formatDay(term.endsOn) : "open-ended"}`;
}

/** Each seat, who holds it today and until when, and the seat's earlier terms. */
export function SeatRegistry({ seats }: { seats: Seat[] }) {
  if (seats.length === 0) {
    return <EmptyState title="This committee has no fixed seats.">Its members hold the committee&apos;s role.</EmptyState>;
  }
  return (
    <ul className="divide-y divide-slate-100">
      {seats.map((seat) => {
        const past = seat.terms.filter((term) => term.id !== seat.current?.id);
        return (
          <li key={seat.id} className="py-4">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 className="font-semibold">{seat.title}</h3>
              <span className="text-sm text-slate-600">{SEAT_KIND_LABELS[seat.kind]}</span>
            </div>
            {seat.current ? (
              <p className="mt-1 text-sm">
                <span className="font-medium">{holder(seat.current)}</span> <span className="text-slate-600">· term {span(seat.current)}</span>
              </p>
            ) : (
              <p className="mt-1">
                <Badge tone="amber">Vacant</Badge>
              </p>
            )}
            {past.length ? (
              <details className="mt-2 text-sm">
                <summary className="cursor-pointer text-brand-700">Earlier and later terms ({past.length})</summary>
                <ul className="mt-1 list-disc pl-5 text-slate-700">
                  {past.map((term) => (
                    <li key={term.id}>
                      {holder(term)}: {span(term)}
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
