import type { Metadata } from "next";
import { cache } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ConfirmAction } from "@/components/forms/confirm-action";
import { GrantRoleForm } from "@/components/identity/grant-role-form";
import { ReissueInvitation } from "@/components/identity/reissue-invitation";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { formatDate, formatDateTime } from "@/lib/format";
import { roleLabel } from "@/domain/identity/roles";
import { getCurrentUser, requirePermission } from "@/server/session";
import { can } from "@/lib/permissions";
import { getUserDetail, scopeOptions } from "@/server/identity/queries";
import { grantRoleAction, reissueInvitationAction, revokeRoleAction, setUserStatusAction } from "@/app/(app)/admin/users/actions";
import { identityPermissions } from "@/domain/identity/permissions";
import { revokeRoleSchema, setUserStatusSchema } from "@/domain/identity/schemas";
import { fieldsOf } from "@/lib/form-fields";

const revokeField = fieldsOf(revokeRoleSchema);
const statusField = fieldsOf(setUserStatusSchema);

/** Loaded once a request, for the title and the page. */
const userOf = cache(getUserDetail);

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  // The title names the record only for someone who may see it; anyone else, and a record that does not exist, get the generic word.
  const viewer = await getCurrentUser();
  if (!viewer || !can(viewer, identityPermissions.manage)) return { title: "User" };
  const user = await userOf((await params).id);
  return { title: user ? `${user.name}, user` : "User" };
}

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requirePermission(identityPermissions.manage);
  const { id } = await params;
  const [user, choices] = await Promise.all([userOf(id), scopeOptions()]);
  if (!user) notFound();
  const active = user.roles.filter((role) => !role.revokedAt);
  const revoked = user.roles.filter((role) => role.revokedAt);

  return (
    <>
      <PageHeader
        back={{ href: "/admin/users", label: "Users and roles" }}
        title={user.name}
        description={
          <>
            {user.email}
            {user.title ? ` · ${user.title}` : ""} ·{" "}
            <Badge tone={user.status === "ACTIVE" ? "green" : user.status === "INVITED" ? "blue" : "red"}>{user.status.toLowerCase()}</Badge>
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card title="Roles">
            {active.length === 0 ? (
              <EmptyState title="No active roles.">Grant one below.</EmptyState>
            ) : (
              <ul className="divide-y divide-slate-100">
                {active.map((role) => (
                  <li key={role.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                    <div>
                      <p className="font-medium">{roleLabel(role.role)}</p>
                      <p className="text-sm text-slate-600">
                        {role.scopeName} · granted {formatDate(role.grantedAt)}
                        {role.grantedBy ? ` by ${role.grantedBy.name}` : ""}
                      </p>
                    </div>
                    <ConfirmAction
                      action={revokeRoleAction}
                      fields={{ [revokeField.assignmentId]: role.id }}
                      label="Revoke"
                      title={`Revoke ${roleLabel(role.role)}?`}
                      body={`${user.name} loses this role (${role.scopeName}) immediately. It stays in their history and can be granted again.`}
                      confirmLabel="Revoke role"
                    />
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title="Grant a role">
            <GrantRoleForm userId={user.id} action={grantRoleAction} choices={choices} />
          </Card>
          {revoked.length ? (
            <Card title="Role history">
              <ul className="divide-y divide-slate-100 text-sm">
                {revoked.map((role) => (
                  <li key={role.id} className="py-2">
                    {roleLabel(role.role)} · {role.scopeName}: {formatDate(role.grantedAt)} to {formatDate(role.revokedAt)}
                    {role.revokedBy ? `, revoked by ${role.revokedBy.name}` : ""}
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}
        </div>
        <div className="space-y-6">
          <Card id="account" title="Account">
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
              <dt className="text-slate-600">Created</dt>
              <dd>{formatDateTime(user.createdAt)}</dd>
              <dt className="text-slate-600">Last sign-in</dt>
              <dd>{user.lastSignInAt ? formatDateTime(user.lastSignInAt) : "Never"}</dd>
            </dl>
            <div className="mt-4 space-y-3">
              {user.status === "INVITED" ? (
                <>
                  <p className="text-sm text-slate-700">
                    Invitation not yet accepted
                    {user.invitations[0] ? `; the current link expires ${formatDate(user.invitations[0].expiresAt)}` : ""}.
                  </p>
                  <ReissueInvitation userId={user.id} action={reissueInvitationAction} />
                </>
              ) : null}
              {user.status === "ACTIVE" && user.id !== admin.id ? (
                <ConfirmAction
                  action={setUserStatusAction}
                  fields={{ [statusField.userId]: user.id, [statusField.status]: "DISABLED" }}
                  label="Disable account"
                  title={`Disable ${user.name}'s account?`}
                  body="They are signed out at once and cannot sign in until an administrator enables the account again. Their roles and history are kept."
                  confirmLabel="Disable account"
                />
              ) : null}
              {user.status === "DISABLED" ? (
                <ConfirmAction
                  action={setUserStatusAction}
                  fields={{ [statusField.userId]: user.id, [statusField.status]: "ACTIVE" }}
                  label="Enable account"
                  title={`Enable ${user.name}'s account?`}
                  body="They can sign in again with their existing password and roles."
                  confirmLabel="Enable account"
                  variant="primary"
                />
              ) : null}
            </div>
            <p className="mt-4 text-sm">
              <Link href={`/admin/audit?entityId=${user.id}`}>See this account&apos;s history in the audit log</Link>
            </p>
          </Card>
        </div>
      </div>
    </>
  );
}
