import { getCurrentUser } from "@/server/session";
import { attachmentFile } from "@/server/change-requests/attachments";
import { attachmentHeaders } from "@/server/storage/download";

/** Downloads an attachment: always as a file, never shown inline, only to people who may read change requests. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; attachmentId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in to download this file.", { status: 401 });
  const { id, attachmentId } = await params;
  const file = await attachmentFile(user, id, attachmentId);
  if (!file) return new Response("That file was not found.", { status: 404 });
  return new Response(Buffer.from(file.content), { headers: attachmentHeaders(file) });
}
