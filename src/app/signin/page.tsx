import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/signin-form";
import { Alert } from "@/components/ui/alert";
import { DataTable } from "@/components/ui/table";
import { DEMO_ACCOUNTS } from "@/domain/identity/demo-accounts";
import { SIGN_IN_MESSAGES } from "@/lib/auth/messages";
import { env, oidcEnabled } from "@/lib/env";
import { getCurrentUser } from "@/server/session";
import { demoAccountsEnabled } from "@/server/identity/queries";
import { safeReturnPath } from "@/lib/return-path";

export const metadata: Metadata = { title: "Sign in" };

/** Only same-site paths: an open redirect would let a link send people elsewhere. */
export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const demo = await demoAccountsEnabled();
  const config = env();
  const providerError = params.error === "AccessDenied" ? SIGN_IN_MESSAGES.accessDenied : params.error ? SIGN_IN_MESSAGES.generic : null;

  return (
    <main id="main" className="mx-auto grid min-h-screen max-w-5xl items-start gap-8 px-4 py-12 md:grid-cols-2">
      <div>
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">California Child Support Automation System</p>
        <h1 className="mt-2 text-3xl">CCSAS Governance</h1>
        <p className="mt-3 text-slate-700">
          Executive Steering Committees vote on change requests, Consortium Project Leaders follow every change, and third-party access is worked through to a
          signed MOU.
        </p>
        <div className="mt-8 space-y-4">
          {params.signedOut ? <Alert tone="success">You have signed out.</Alert> : null}
          {providerError ? <Alert tone="error">{providerError}</Alert> : null}
          <SignInForm
            callbackUrl={callbackUrl}
            sso={oidcEnabled(config) ? { id: "oidc", name: config.OIDC_NAME } : null}
            demoAccounts={demo ? DEMO_ACCOUNTS.map(({ email, label }) => ({ email, label })) : []}
          />
        </div>
      </div>
      {demo ? (
        <aside aria-labelledby="demo-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="demo-heading">Demo accounts</h2>
          <p className="mt-1 text-sm text-slate-600">
            This installation has demo data. Every demo account uses the password <code className="font-mono">ccsas-demo</code>; use the buttons beside the form
            to sign in with one click.
          </p>
          <div className="mt-4">
            <DataTable caption="Demo accounts and their roles" columns={["Account", "Role"]}>
              {DEMO_ACCOUNTS.map((account) => (
                <tr key={account.email}>
                  <td className="py-2 font-mono text-xs">{account.email}</td>
                  <td className="py-2">{account.label}</td>
                </tr>
              ))}
            </DataTable>
          </div>
        </aside>
      ) : null}
    </main>
  );
}
