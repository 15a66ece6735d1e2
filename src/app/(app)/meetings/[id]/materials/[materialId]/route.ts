import { can } from "@/lib/permissions";
import { getCurrentUser } from "@/server/session";
import { materialFile } from "@/server/meetings/materials";
import { attachmentHeaders } from "@/server/storage/download";
import { governancePermissions } from "@/domain/governance/permissions";

/** Downloads a meeting material: signed-in people only, always as an attachment. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; materialId: string }> }) {
  const user = await getCurrentUser();
  if (!user || !can(user, governancePermissions.read))
    return new Response("Sign in to download meeting materials.", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const file = await materialFile((await params).materialId);
  if (!file) return new Response("That material was not found.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(Buffer.from(file.content), { headers: attachmentHeaders(file) });
}
