"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export interface AccessNavItem {
  href: string;
  label: string;
  /** A document served by a route handler (the public matrix), opened as a plain link rather than a client navigation. */
  document?: boolean;
}

/** Whether the page shown is the link's: the queue only at /access itself, any other section also on the pages beneath it. */
function isCurrent(pathname: string, href: string): boolean {
  if (href === "/access") return pathname === "/access";
  return pathname === href || pathname.startsWith(`${href}/`);
}

const linkClass = (current: boolean) =>
  `block border-b-2 px-3 py-2 text-sm font-medium no-underline hover:no-underline ${
    current ? "border-brand-700 text-brand-800" : "border-transparent text-slate-700 hover:border-slate-400 hover:text-slate-900"
  }`;

/**
 * The third-party access section's own links, below the main navigation. Which links show is
 * decided on the server from the person's permissions; this only marks the page they are on.
 */
export function AccessNav({ items }: { items: AccessNavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Third-party access" className="no-print mb-6 border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-x-1">
        {items.map((item) => {
          const current = isCurrent(pathname, item.href);
          return (
            <li key={item.href}>
              {item.document ? (
                <a href={item.href} className={linkClass(false)}>
                  {item.label}
                </a>
              ) : (
                <Link href={item.href} aria-current={current ? "page" : undefined} className={linkClass(current)}>
                  {item.label}
                </Link>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
