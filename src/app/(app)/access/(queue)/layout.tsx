import type { ReactNode } from "react";
import { accessPermissions } from "@/domain/access/permissions";
import { requirePermission } from "@/server/session";

/**
 * The queue's permission, asked before its loading outline streams: a page under a loading
 * boundary that refuses can no longer change the response's status, so the refusal is made
 * here, and a person who may not see the queue gets 403. The group keeps the outline to the
 * queue alone, so the section's other pages keep their own status codes.
 */
export default async function QueueLayout({ children }: { children: ReactNode }) {
  await requirePermission(accessPermissions.queue);
  return children;
}
