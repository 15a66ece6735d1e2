import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { formatDate } from "@/lib/format";
import { MEETING_KIND_LABELS } from "@/components/meetings/labels";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { listPublishedMinutes } from "@/server/meetings/public-minutes";

export const metadata: Metadata = { title: "Published minutes" };

/** Governance plan 2.10: minutes are posted for the consortia; here, for everyone. */
export default async function PublishedMinutesPage() {
  await connection(); // always current: read at request time, never at build time
  const committees = await listPublishedMinutes();
  return (
    <>
      <PageHeader title="Published minutes" description="Minutes of the CCSAS governance committees' meetings, newest first. Anyone may read them." />
      {committees.length === 0 ? <EmptyState title="No minutes have been published yet." /> : null}
      <div className="space-y-6">
        {committees.map((committee) => (
          <Card key={committee.name} title={committee.name}>
            <ul className="divide-y divide-slate-100">
              {committee.minutes.map((entry) => (
                <li key={entry.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
                  <Link href={`/minutes/${entry.id}`} className="font-medium">
                    {entry.meeting.title}
                  </Link>
                  <span className="text-sm text-slate-600">
                    {MEETING_KIND_LABELS[entry.meeting.kind]} meeting, {formatDate(entry.meeting.startsAt)}
                  </span>
                </li>
              ))}
            </ul>
          </Card>
        ))}
      </div>
    </>
  );
}
