import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { formatDate, formatDateTime } from "@/lib/format";
import { MEETING_KIND_LABELS } from "@/components/meetings/labels";
import { MinutesDocument } from "@/components/meetings/minutes-document";
import { PrintButton } from "@/components/meetings/print-button";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { getPublishedMinutes } from "@/server/meetings/public-minutes";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  await connection();
  const minutes = await getPublishedMinutes((await params).id);
  return { title: minutes ? `Minutes: ${minutes.meeting.committee.name}, ${formatDate(minutes.meeting.startsAt)}` : "Minutes" };
}

/** One set of published minutes: readable on screen, clean on paper, and as a PDF. */
export default async function MinutesPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const minutes = await getPublishedMinutes((await params).id);
  if (!minutes) notFound();
  const { meeting } = minutes;
  return (
    <article className="mx-auto max-w-3xl print:max-w-none">
      <PageHeader
        back={{ href: "/minutes", label: "All published minutes" }}
        title={`${meeting.committee.name}: minutes`}
        description={`${MEETING_KIND_LABELS[meeting.kind]} meeting “${meeting.title}”, ${formatDateTime(meeting.startsAt)}. Published ${formatDate(minutes.publishedAt)}.`}
        actions={
          <>
            <PrintButton />
            <a href={`/minutes/${minutes.id}/pdf`} className={buttonClass("secondary")} download>
              Download PDF
            </a>
          </>
        }
      />
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm print:border-0 print:p-0 print:shadow-none">
        <MinutesDocument body={minutes.body} skipTitle />
      </div>
    </article>
  );
}
