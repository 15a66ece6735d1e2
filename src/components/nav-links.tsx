"use client";

import Link, { useLinkStatus } from "next/link";
import { usePathname } from "next/navigation";

export function NavLinks({ items }: { items: { href: string; label: string }[] }) {
  const pathname = usePathname();
  return (
    <ul className="flex flex-wrap gap-1">
      {items.map((item) => {
        const active = item.href === "/" ? pathname === "/" : pathname.startsWith(item.href);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={active ? "page" : undefined}
              className={`block rounded-t-md px-3 py-2.5 text-sm font-medium no-underline hover:no-underline ${
                active ? "bg-slate-50 text-brand-800" : "text-white hover:bg-brand-700"
              }`}
            >
              {item.label}
              <PendingMark />
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

/** A small spinner beside a link while its page loads (pages render on the server). */
function PendingMark() {
  const { pending } = useLinkStatus();
  if (!pending) return null;
  return (
    <span role="status" className="ml-2 inline-block size-3 animate-spin rounded-full border-2 border-current border-t-transparent align-middle">
      <span className="sr-only">Loading</span>
    </span>
  );
}
