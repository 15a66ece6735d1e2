import { letterPdf } from "@/server/access/letter-pdf";
import { applicationLetter, isLetterSlug, letterFileName } from "@/server/access/letters";
import { readableApplication } from "@/server/access/queries";
import { attachmentHeaders } from "@/server/storage/download";
import { getCurrentUser } from "@/server/session";

export const dynamic = "force-dynamic";

const TEXT = { "Content-Type": "text/plain; charset=utf-8" };

/**
 * The letter as a PDF download, for whoever may read the application (accessPermissions.read);
 * anyone else, and a letter that does not apply yet, is told there is nothing here.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; kind: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in to download this letter.", { status: 401, headers: TEXT });
  const { id, kind } = await params;
  const application = isLetterSlug(kind) ? await readableApplication(user, id) : null;
  const letter = application && isLetterSlug(kind) ? applicationLetter(application, kind) : null;
  if (!application || !letter || !isLetterSlug(kind)) return new Response("That letter was not found.", { status: 404, headers: TEXT });
  const pdf = await letterPdf(letter);
  return new Response(new Uint8Array(pdf), {
    headers: attachmentHeaders({ fileName: letterFileName(application, kind), contentType: "application/pdf", size: pdf.length }),
  });
}
