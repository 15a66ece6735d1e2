import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/server/session";
import { AdministratorContacts } from "@/app/administrator-contacts";

export const metadata: Metadata = { title: "No access" };

/**
 * A signed-in person sent to a page their roles do not include (requirePermission's 403). It
 * renders inside the app shell, whose main landmark holds it. Next renders it with every page
 * (the refusal that page would show), so it runs no query of its own: the user is the
 * request's, already loaded, and the administrators are fetched once it is on screen.
 */
export default async function Forbidden() {
  const user = await getCurrentUser();
  return (
    <div className="mx-auto max-w-xl px-4 py-16">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">No access</p>
      <h1 className="mt-2 text-3xl">Your roles do not include this page</h1>
      {user ? (
        <p className="mt-4 text-slate-700">
          You are signed in as {user.name} ({user.email}){user.roleSummaries.length ? `, ${user.roleSummaries.join("; ")}` : ", with no roles yet"}.
        </p>
      ) : null}
      <AdministratorContacts />
      <p className="mt-8">
        <Link href="/">Go to my work</Link>
      </p>
    </div>
  );
}
