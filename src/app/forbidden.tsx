import type { Metadata } from "next";
import Link from "next/link";
import { administratorContacts } from "@/server/identity/contacts";
import { getCurrentUser } from "@/server/session";

export const metadata: Metadata = { title: "No access" };

/** A signed-in person sent to a page their roles do not include (requirePermission's 403). It renders inside the app shell, whose main landmark holds it. */
export default async function Forbidden() {
  const [user, administrators] = await Promise.all([getCurrentUser(), administratorContacts()]);
  return (
    <div className="mx-auto max-w-xl px-4 py-16">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">No access</p>
      <h1 className="mt-2 text-3xl">Your roles do not include this page</h1>
      {user ? (
        <p className="mt-4 text-slate-700">
          You are signed in as {user.name} ({user.email}){user.roleSummaries.length ? `, ${user.roleSummaries.join("; ")}` : ", with no roles yet"}.
        </p>
      ) : null}
      <p className="mt-4 text-slate-700">
        Access comes with a role, and an administrator grants roles.
        {administrators.length ? " If you need this page for your work, ask:" : " Ask your agency's administrator for this installation."}
      </p>
      {administrators.length ? (
        <ul className="mt-2 list-disc pl-6 text-slate-700">
          {administrators.map((admin) => (
            <li key={admin.email}>
              {admin.name}, <a href={`mailto:${admin.email}`}>{admin.email}</a>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="mt-8">
        <Link href="/">Go to my work</Link>
      </p>
    </div>
  );
}
