"use client";

import { useEffect, useState } from "react";

type Contacts = { state: "loading" } | { state: "failed" } | { state: "loaded"; administrators: { name: string; email: string }[] };

/**
 * The administrators to ask, on the "No access" page. Next renders that page with every
 * page, as the refusal it would show, so the list is fetched only once it is on screen:
 * a query in the page itself would run on every request of the app.
 */
export function AdministratorContacts() {
  const [contacts, setContacts] = useState<Contacts>({ state: "loading" });
  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/administrators", { signal: controller.signal, cache: "no-store" })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        const body = (await response.json()) as { administrators: { name: string; email: string }[] };
        setContacts({ state: "loaded", administrators: body.administrators });
      })
      .catch(() => {
        if (!controller.signal.aborted) setContacts({ state: "failed" });
      });
    return () => controller.abort();
  }, []);

  if (contacts.state === "loading")
    return <p className="mt-4 text-slate-700">Access comes with a role, and an administrator grants roles. Finding who they are…</p>;
  if (contacts.state === "failed" || !contacts.administrators.length) {
    return (
      <p className="mt-4 text-slate-700">
        Access comes with a role, and an administrator grants roles. Ask your agency&apos;s administrator for this installation.
      </p>
    );
  }
  return (
    <div aria-live="polite">
      <p className="mt-4 text-slate-700">Access comes with a role, and an administrator grants roles. If you need this page for your work, ask:</p>
      <ul className="mt-2 list-disc pl-6 text-slate-700">
        {contacts.administrators.map((admin) => (
          <li key={admin.email}>
            {admin.name}, <a href={`mailto:${admin.email}`}>{admin.email}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
