import Link from "next/link";
import { formatDateTime, plural } from "@/lib/format";
import { Badge, EmptyState } from "@/components/ui/card";
import type { TallyResult } from "@/domain/voting/tally";

interface MotionRow {
  id: string;
  question: string;
  status: "OPEN" | "CLOSED";
  deadline: Date;
  closedAt: Date | null;
  result: unknown;
  _count: { ballots: number; voters: number };
}

export function MotionList({ motions }: { motions: MotionRow[] }) {
  if (motions.length === 0) return <EmptyState title="No motions yet." />;
  return (
    <ul className="divide-y divide-slate-100">
      {motions.map((motion) => (
        <li key={motion.id} className="py-3">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <Link href={`/motions/${motion.id}`} className="font-medium">
              {motion.question}
            </Link>
            {motion.status === "OPEN" ? <Badge tone="green">Open</Badge> : <Badge>Closed</Badge>}
          </div>
          <p className="text-sm text-slate-600">
            {motion.status === "OPEN"
              ? `${motion._count.ballots} of ${motion._count.voters} ${plural(motion._count.ballots, "has", "have")} voted · closes ${formatDateTime(motion.deadline)}`
              : ((motion.result as TallyResult | null)?.explanation ?? `Closed ${formatDateTime(motion.closedAt)}`)}
          </p>
        </li>
      ))}
    </ul>
  );
}
