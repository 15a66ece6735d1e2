import Link from "next/link";
import { Badge } from "@/components/ui/card";
import type { MeetingDetail } from "@/server/meetings/queries";

type Motion = Pick<MeetingDetail["motions"][number], "id" | "question" | "status" | "result">;

/** How a motion stands, in a word: open, or how it was decided. */
export function MotionStatusBadge({ motion }: { motion: Pick<Motion, "status" | "result"> }) {
  if (motion.status === "OPEN") return <Badge tone="green">Voting open</Badge>;
  const outcome = motion.result?.outcome;
  if (!outcome || outcome.kind !== "decided") return <Badge tone="amber">No decision</Badge>;
  return <Badge tone={motion.result?.passed ? "green" : "neutral"}>{motion.result?.passed ? "Passed" : `Decided: ${outcome.option}`}</Badge>;
}

/** An agenda item's links: what it is about (the change request…) and the motions that decide it, with how each stands. */
export function AgendaItemLinks({ subject, motions }: { subject: MeetingDetail["agendaItems"][number]["subject"]; motions: readonly Motion[] }) {
  if (!subject && motions.length === 0) return null;
  return (
    <ul className="mt-2 space-y-1 text-sm">
      {subject ? (
        <li>
          <Link href={subject.href} className="font-medium underline">
            {subject.label}
          </Link>
        </li>
      ) : null}
      {motions.map((motion) => (
        <li key={motion.id} className="flex flex-wrap items-center gap-2">
          <span>Motion:</span>
          <Link href={`/motions/${motion.id}`} className="underline">
            {motion.question}
          </Link>
          <MotionStatusBadge motion={motion} />
        </li>
      ))}
    </ul>
  );
}
