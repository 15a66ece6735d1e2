import { californiaDayOf } from "@/domain/calendar/day";
import { formatDate, formatDateTime } from "@/lib/format";
import { MEETING_KIND_LABELS } from "@/components/meetings/labels";
import { renderMinutesPdf } from "@/server/meetings/minutes-pdf";
import { getPublishedMinutes } from "@/server/meetings/public-minutes";
import { attachmentHeaders } from "@/server/storage/download";

/** Published minutes as a PDF download; public, like the page. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const minutes = await getPublishedMinutes((await params).id);
  if (!minutes) return new Response("Those minutes were not found.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const { meeting } = minutes;
  const pdf = await renderMinutesPdf({
    heading: `${meeting.committee.name}: minutes`,
    subheading: `${MEETING_KIND_LABELS[meeting.kind]} meeting "${meeting.title}", ${formatDateTime(meeting.startsAt)} (Pacific time)`,
    body: minutes.body,
    footer: `Published ${formatDate(minutes.publishedAt)} by CCSAS Governance.`,
  });
  const day = californiaDayOf(meeting.startsAt);
  const fileName = `minutes-${meeting.committee.name.replace(/[^A-Za-z0-9]+/g, "-")}-${day}.pdf`;
  return new Response(Buffer.from(pdf), {
    headers: { ...attachmentHeaders({ fileName, contentType: "application/pdf", size: pdf.length }), "Cache-Control": "public, max-age=300" },
  });
}
