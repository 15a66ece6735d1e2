import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-24 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Page not found</p>
      <h1 className="mt-2 text-3xl">We could not find that page</h1>
      <p className="mt-4 text-slate-700">The address may be mistyped, the record may have been removed, or your roles may not include it.</p>
      <p className="mt-8">
        <Link href="/">Go to my work</Link>
      </p>
    </main>
  );
}
