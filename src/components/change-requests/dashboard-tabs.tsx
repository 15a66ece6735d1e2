import Link from "next/link";

const SECTIONS = [
  { href: "/dashboard", label: "Overview" },
  { href: "/dashboard/alerts", label: "Alerts" },
  { href: "/dashboard/status-reports", label: "Status reports" },
  { href: "/dashboard/staff-reports", label: "Staff reports" },
  { href: "/dashboard/escalations", label: "Escalations" },
  { href: "/change-requests/ranking", label: "Backlog ranking" },
  { href: "/change-requests", label: "All change requests" },
] as const;

/** The CPL's pages, one click apart. */
export function DashboardTabs({ current }: { current: (typeof SECTIONS)[number]["href"] }) {
  return (
    <nav aria-label="Dashboard sections" className="no-print mb-6 border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-1 text-sm">
        {SECTIONS.map((section) => (
          <li key={section.href}>
            <Link
              href={section.href}
              aria-current={section.href === current ? "page" : undefined}
              className={`block border-b-2 px-3 py-2 font-medium no-underline hover:no-underline ${
                section.href === current ? "border-brand-700 text-brand-800" : "border-transparent text-slate-700 hover:border-slate-300"
              }`}
            >
              {section.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
