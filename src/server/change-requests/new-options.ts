import "server-only";
import type { CurrentUser } from "@/lib/context";
import { db } from "@/lib/db/client";
import { homeConsortiumId } from "@/server/change-requests/home-consortium";

/** What the new change request form offers: the consortia, with the user's own chosen when their roles say which. */
export async function newChangeRequestOptions(user: CurrentUser) {
  const [consortia, consortiumId] = await Promise.all([
    db.consortium.findMany({ orderBy: { code: "asc" }, select: { id: true, code: true, name: true } }),
    homeConsortiumId(user),
  ]);
  return { consortia, consortiumId };
}
