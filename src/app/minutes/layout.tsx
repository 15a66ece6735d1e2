import Link from "next/link";
import type { ReactNode } from "react";
import { SiteFrame } from "@/components/site-frame";

/**
 * Published minutes are public (DESIGN "Public (signed out)"): this layout needs no
 * session and shows nothing of anyone's account.
 */
export default function PublicMinutesLayout({ children }: { children: ReactNode }) {
  return (
    <SiteFrame
      width="narrow"
      home="/minutes"
      tagline="Published minutes"
      end={
        <Link href="/signin" className="text-sm text-white underline">
          Sign in
        </Link>
      }
    >
      {children}
    </SiteFrame>
  );
}
