"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";

export function SignOutButton() {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signOut({ callbackUrl: "/signin?signedOut=1" });
      }}
      className="rounded-md px-3 py-2 text-sm font-medium text-white ring-1 ring-inset ring-white/60 hover:bg-brand-800"
    >
      {pending ? "Signing out…" : "Sign out"}
    </button>
  );
}
