import { getCurrentUser } from "@/lib/session";
import { attachmentFile } from "@/server/change-requests/attachments";

/** Downloads an attachment: always as a file, never shown inline, only to people who may read change requests. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; attachmentId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in to download this file.", { status: 401 });
  const { id, attachmentId } = await params;
  const file = await attachmentFile(user, id, attachmentId);
  if (!file) return new Response("That file was not found.", { status: 404 });
  const ascii = file.fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return new Response(file.content, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.size),
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "Cache-Control": "private, no-store",
    },
  });
}
