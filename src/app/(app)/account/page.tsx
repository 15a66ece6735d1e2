import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/identity/change-password-form";
import { Card, PageHeader } from "@/components/ui/card";
import { hasOwnPassword } from "@/server/identity/change-password";
import { requireUser } from "@/server/session";
import { changePasswordAction } from "@/app/(app)/account/actions";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await requireUser();
  const withPassword = await hasOwnPassword(user.id);
  return (
    <>
      <PageHeader title="Your account" description="Who you are here, the roles you hold, and your password." />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="You">
          <dl className="space-y-2 text-sm">
            <div>
              <dt className="font-medium text-slate-600">Name</dt>
              <dd>{user.name}</dd>
            </div>
            <div>
              <dt className="font-medium text-slate-600">Email</dt>
              <dd>{user.email}</dd>
            </div>
            <div>
              <dt className="font-medium text-slate-600">Roles</dt>
              <dd>
                {user.roleSummaries.length ? (
                  <ul className="list-disc pl-5">
                    {user.roleSummaries.map((summary) => (
                      <li key={summary}>{summary}</li>
                    ))}
                  </ul>
                ) : (
                  "No roles yet. An administrator grants them."
                )}
              </dd>
            </div>
          </dl>
        </Card>
        <Card title="Change your password">
          {withPassword ? (
            <ChangePasswordForm action={changePasswordAction} />
          ) : (
            <p className="text-sm text-slate-700">You sign in with single sign-on, so your password is kept by your organization, not here.</p>
          )}
        </Card>
      </div>
    </>
  );
}
