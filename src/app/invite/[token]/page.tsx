import type { Metadata } from "next";
import Link from "next/link";
import { AcceptInvitationForm } from "@/components/identity/accept-invitation-form";
import { Alert } from "@/components/ui/alert";
import { invitationIsUsable } from "@/server/identity/queries";
import { acceptInvitationAction } from "@/app/invite/[token]/actions";

export const metadata: Metadata = { title: "Accept your invitation" };
export const dynamic = "force-dynamic";

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitee = await invitationIsUsable(token);
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-16">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">CCSAS Governance</p>
      {invitee ? (
        <>
          <h1 className="mt-2">Welcome, {invitee.name}</h1>
          <p className="mt-2 text-slate-700">
            Choose a password for <strong>{invitee.email}</strong>. You will use it to sign in.
          </p>
          <div className="mt-6 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
            <AcceptInvitationForm token={token} action={acceptInvitationAction} />
          </div>
        </>
      ) : (
        <div className="mt-4 space-y-4">
          <h1>This invitation cannot be used</h1>
          <Alert tone="warning">The link has expired or was already used. Ask an administrator for a new invitation.</Alert>
          <p>
            <Link href="/signin">Go to sign in</Link>
          </p>
        </div>
      )}
    </main>
  );
}
