import Link from "next/link";
import type { ComponentProps } from "react";
import { crName } from "@/domain/change-requests/labels";

type CrLinkProps = { cr: { id: string; number: number; title: string } } & Omit<ComponentProps<typeof Link>, "href" | "children">;

/** A change request as people quote it, “CR-0042 Its title”, linking to its page. */
export function CrLink({ cr, ...props }: CrLinkProps) {
  return (
    <Link href={`/change-requests/${cr.id}`} {...props}>
      {crName(cr)}
    </Link>
  );
}
