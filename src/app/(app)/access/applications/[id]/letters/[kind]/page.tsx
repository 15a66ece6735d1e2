import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { cache } from "react";
import { LetterView } from "@/components/access/letter-view";
import { PrintButton } from "@/components/meetings/print-button";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { applicationLetter, isLetterSlug, LETTER_NAMES } from "@/server/access/letters";
import { readableApplication } from "@/server/access/queries";
import { requireUser } from "@/server/session";

type Props = { params: Promise<{ id: string; kind: string }> };

/** Read once per request: the tab's title and the page share it. */
const applicationOf = cache(async (id: string) => readableApplication(await requireUser(), id, new Date()));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, kind } = await params;
  const application = await applicationOf(id);
  return { title: application && isLetterSlug(kind) ? `${LETTER_NAMES[kind]}: ${application.label}` : "Letter" };
}

/**
 * A letter of the application (Appendix A's invitation, Appendix C's conditional acceptance, 6.6's
 * rejection), readable on screen, clean on paper and as a PDF. A letter that does not apply yet
 * (an acceptance before the approval) is not found; the invitation before it is sent is a preview.
 */
export default async function LetterPage({ params }: Props) {
  const { id, kind } = await params;
  if (!isLetterSlug(kind)) notFound();
  const application = await applicationOf(id);
  if (application === null) notFound();
  if (application === undefined) forbidden();
  const letter = applicationLetter(application, kind);
  if (!letter) notFound();
  const preview = kind === "invitation" && !application.invitationSentAt;
  return (
    <>
      <PageHeader
        back={{ href: `/access/applications/${id}`, label: `${application.label} ${application.organization.name}` }}
        title={`${LETTER_NAMES[kind]}${preview ? " (preview)" : ""}`}
        description={
          preview
            ? "As it will read when the Process Manager sends it today; it is dated the day it is sent."
            : `${application.label}, ${application.organization.name}, ${application.county.name} County.`
        }
        actions={
          <>
            <PrintButton />
            <a href={`/access/applications/${id}/letters/${kind}/pdf`} className={buttonClass("secondary")} download>
              Download PDF
            </a>
          </>
        }
      />
      <LetterView letter={letter} />
    </>
  );
}
