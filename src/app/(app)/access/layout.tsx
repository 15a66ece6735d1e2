import type { ReactNode } from "react";
import { AccessNav, type AccessNavItem } from "@/components/access/access-nav";
import { identifiesSomewhere } from "@/components/access/identify-scope";
import { accessPermissions } from "@/domain/access/permissions";
import { can } from "@/lib/permissions";
import { requireUser } from "@/server/session";

/**
 * Third-party access's pages, under the section's own links. Each link shows only to those its
 * page lets in, asking the same permissions the pages ask; each page still checks for itself.
 */
export default async function AccessLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const tracks = can(user, accessPermissions.queue);
  // The process page's rule: DCSS's and the LCSAs' access roles, and a Requestor for its own organization.
  const requestor = user.grants.some((grant) => grant.role === "REQUESTOR" && grant.scope.organizationId);
  const items: (AccessNavItem | false)[] = [
    tracks && { href: "/access", label: "Queue" },
    identifiesSomewhere(user) && { href: "/access/new", label: "Identify a Requestor" },
    tracks && { href: "/access/tracking", label: "Tracking" },
    { href: "/access/allocation-guide", label: "Allocation guide" },
    tracks && { href: "/access/attestation", label: "Re-attestation" },
    tracks && { href: "/access/findings", label: "Audit findings" },
    (tracks || requestor || can(user, accessPermissions.ownProcess)) && { href: "/access/process", label: "Process" },
    { href: "/matrix", label: "Approved users matrix", document: true },
  ];
  return (
    <>
      <AccessNav items={items.filter((item): item is AccessNavItem => item !== false)} />
      {children}
    </>
  );
}
