import Link from "next/link";

/** The header's way to the inbox: a bell, "Notifications", and how many are unread. */
export function InboxLink({ unread }: { unread: number }) {
  return (
    <Link
      href="/notifications"
      className="inline-flex min-h-10 items-center gap-2 rounded-md px-3 text-sm font-medium text-white no-underline ring-1 ring-inset ring-brand-100/40 hover:bg-brand-800 hover:no-underline"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="size-5"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      <span>Notifications</span>{" "}
      {unread > 0 ? (
        <span className="rounded-full bg-white px-2 py-0.5 text-xs font-bold text-brand-800">
          {unread > 99 ? "99+" : unread}
          <span className="sr-only"> unread</span>
        </span>
      ) : null}
    </Link>
  );
}
