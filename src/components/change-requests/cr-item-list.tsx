"use client";

import Link from "next/link";
import { Badge } from "@/components/ui/card";

/** One entry of a short list, every line already in words (written on the server). */
export interface CrItem {
  key: string;
  href: string;
  /** “CR-0042 Its title”, usually. */
  name: string;
  /** A label shown before the name, e.g. an alert's kind. */
  tag?: string;
  details: string;
  /** Long text cut to two lines. */
  clamp?: boolean;
  note?: string | null;
  /** Red labels after the entry, e.g. why it is overdue. */
  flags?: string[];
}

/**
 * The dashboard's short lists (overdue, alerts, decisions). A client component only so that the page
 * carries the items once, as data, rather than also as the React payload describing every
 * element (see BarChart).
 */
export function CrItemList({ items }: { items: CrItem[] }) {
  return (
    <ul className="divide-y divide-slate-100 text-sm [&>li]:py-2">
      {items.map((item) => (
        <li key={item.key}>
          <p>
            {item.tag ? (
              <>
                <Badge tone="amber">{item.tag}</Badge>{" "}
              </>
            ) : null}
            <Link href={item.href} className="font-medium">
              {item.name}
            </Link>
          </p>
          <p className={item.clamp ? "line-clamp-2 text-slate-800" : "text-slate-600"}>{item.details}</p>
          {item.note ? <p className="text-slate-700">{item.note}</p> : null}
          {item.flags?.length ? (
            <p className="mt-1 flex flex-wrap gap-1">
              {item.flags.map((flag) => (
                <Badge key={flag} tone="red">
                  {flag}
                </Badge>
              ))}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
