import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import { Badge, EmptyState } from "@/components/ui/card";
import { electionPhase } from "@/domain/governance/election-schedule";
import { electionBadge, type ElectionStatus } from "@/components/elections/labels";

interface ElectionRow {
  id: string;
  title: string;
  status: ElectionStatus;
  nominationsCloseAt: Date;
  votingOpensAt: Date;
  votingClosesAt: Date;
  certifiedAt: Date | null;
}

/** A committee's elections, newest first, each with where it stands. */
export function ElectionList({ elections, now }: { elections: ElectionRow[]; now: Date }) {
  if (elections.length === 0) return <EmptyState title="No elections yet." />;
  return (
    <ul className="divide-y divide-slate-100">
      {elections.map((election) => {
        const badge = electionBadge(election.status, electionPhase(election, now));
        return (
          <li key={election.id} className="flex flex-wrap items-baseline justify-between gap-2 py-3">
            <div>
              <Link href={`/elections/${election.id}`} className="font-medium">
                {election.title}
              </Link>
              <p className="text-sm text-slate-600">
                {election.certifiedAt
                  ? `Certified ${formatDateTime(election.certifiedAt)}`
                  : `Voting ${formatDateTime(election.votingOpensAt)} to ${formatDateTime(election.votingClosesAt)}`}
              </p>
            </div>
            <Badge tone={badge.tone}>{badge.label}</Badge>
          </li>
        );
      })}
    </ul>
  );
}
