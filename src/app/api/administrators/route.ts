import { administratorContacts } from "@/server/identity/contacts";
import { getCurrentUser } from "@/server/session";

export const dynamic = "force-dynamic";

/**
 * Who grants roles here, for the "No access" page (src/app/forbidden.tsx) of a signed-in
 * person. That page is rendered with every page, as the refusal it would show, so it asks
 * for this only when it is actually on screen.
 */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Sign in first." }, { status: 401, headers: { "cache-control": "no-store" } });
  return Response.json({ administrators: await administratorContacts() }, { headers: { "cache-control": "private, no-store" } });
}
