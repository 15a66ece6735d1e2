import Link from "next/link";
import type { ReactNode } from "react";

export function Card({
  id,
  title,
  action,
  children,
  className = "",
}: {
  /** An anchor, for links straight to the card (a task's link to its form). */
  id?: string;
  title?: ReactNode;
  action?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section id={id} className={`scroll-mt-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm ${className}`}>
      {title || action ? (
        <div className="mb-3 flex items-center justify-between gap-4">
          {title ? <h2>{title}</h2> : <span />}
          {action}
        </div>
      ) : null}
      {children}
    </section>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="rounded-md border border-dashed border-slate-300 bg-slate-50 px-4 py-6 text-center">
      <p className="font-medium text-slate-800">{title}</p>
      {children ? <div className="mt-1 text-sm text-slate-600">{children}</div> : null}
    </div>
  );
}

export function Badge({ children, tone = "neutral" }: { children: ReactNode; tone?: "neutral" | "green" | "amber" | "red" | "blue" }) {
  const tones = {
    neutral: "bg-slate-100 text-slate-800",
    green: "bg-green-100 text-green-900",
    amber: "bg-amber-100 text-amber-900",
    red: "bg-red-100 text-red-900",
    blue: "bg-brand-100 text-brand-800",
  };
  return <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ${tones[tone]}`}>{children}</span>;
}

interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  /** The page this one belongs to (a committee's, the list it was picked from), linked above the title. */
  back?: { href: string; label: string };
}

export function PageHeader({ title, description, actions, back }: PageHeaderProps) {
  return (
    <>
      {back ? (
        <p className="no-print mb-2 text-sm">
          <Link href={back.href}>← {back.label}</Link>
        </p>
      ) : null}
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1>{title}</h1>
          {description ? <p className="mt-1 max-w-3xl text-slate-600">{description}</p> : null}
        </div>
        {actions ? <div className="no-print flex gap-2">{actions}</div> : null}
      </div>
    </>
  );
}
