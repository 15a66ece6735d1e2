"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { useHydrated } from "@/components/use-hydrated";
import { DEMO_PASSWORD } from "@/domain/identity/demo-accounts";
import { SIGN_IN_MESSAGES } from "@/lib/auth/messages";
import { safeReturnPath } from "@/lib/return-path";

interface SignInFormProps {
  callbackUrl: string;
  sso: { id: string; name: string } | null;
  demoAccounts: readonly { email: string; label: string }[];
}

export function SignInForm({ callbackUrl, sso, demoAccounts }: SignInFormProps) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);
  // Until React runs, a submit would be a plain GET carrying the password in the address.
  const ready = useHydrated() && !pending;

  async function submit(email: string, password: string) {
    setPending(true);
    setError(null);
    const result = await signIn("credentials", { email, password, redirect: false });
    if (result?.ok && !result.error) {
      router.replace(safeReturnPath(callbackUrl));
      router.refresh();
      return;
    }
    setPending(false);
    // Our server throws plain-language messages; anything else gets a generic one.
    const known = result?.error && result.error !== "CredentialsSignin" ? result.error : SIGN_IN_MESSAGES.invalid;
    setError(known);
    requestAnimationFrame(() => errorRef.current?.focus());
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const field = (name: string) => {
      const value = data.get(name);
      return typeof value === "string" ? value : "";
    };
    void submit(field("email"), field("password"));
  }

  return (
    <div className="space-y-6">
      <form method="post" onSubmit={onSubmit} className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm" aria-labelledby="signin-heading">
        <h2 id="signin-heading">Sign in</h2>
        {error ? (
          <div ref={errorRef} tabIndex={-1}>
            <Alert tone="error">{error}</Alert>
          </div>
        ) : null}
        <Field id="email" label="Email">
          {(aria) => <Input {...aria} name="email" type="email" autoComplete="username" required />}
        </Field>
        <Field id="password" label="Password">
          {(aria) => <Input {...aria} name="password" type="password" autoComplete="current-password" required />}
        </Field>
        <Button type="submit" disabled={!ready} className="w-full">
          {pending ? "Signing in…" : "Sign in"}
        </Button>
        {sso ? (
          <button type="button" className={buttonClass("secondary", "w-full")} onClick={() => void signIn(sso.id, { callbackUrl })}>
            Sign in with {sso.name}
          </button>
        ) : null}
      </form>
      {demoAccounts.length ? (
        <section aria-labelledby="one-click-heading">
          <h2 id="one-click-heading" className="text-base">
            One-click demo sign-in
          </h2>
          <ul className="mt-2 grid gap-2 sm:grid-cols-2">
            {demoAccounts.map((account) => (
              <li key={account.email}>
                <button
                  type="button"
                  disabled={!ready}
                  onClick={() => void submit(account.email, DEMO_PASSWORD)}
                  className={buttonClass("secondary", "w-full justify-start text-left")}
                >
                  <span>
                    <span className="block">Sign in as {account.label}</span>
                    <span className="block font-mono text-xs text-slate-600">{account.email}</span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
