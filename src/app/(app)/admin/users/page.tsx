import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { searchText } from "@/lib/form-fields";
import { ButtonLink } from "@/components/ui/button";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Field, Input, Select } from "@/components/ui/field";
import { formatDateTime } from "@/lib/format";
import { DataTable } from "@/components/ui/table";
import { ROLE_DEFINITIONS, ROLES, roleLabel, type Role } from "@/domain/identity/roles";
import { requirePermission } from "@/server/session";
import { listUsers } from "@/server/identity/queries";
import { identityPermissions } from "@/domain/identity/permissions";

export const metadata: Metadata = { title: "Users and roles" };

const filterSchema = z.object({
  q: searchText(100).optional().catch(undefined),
  role: z
    .enum(ROLES as [Role, ...Role[]])
    .optional()
    .catch(undefined),
  status: z.enum(["INVITED", "ACTIVE", "DISABLED"]).optional().catch(undefined),
});

const STATUS_TONE = { ACTIVE: "green", INVITED: "blue", DISABLED: "red" } as const;

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePermission(identityPermissions.manage);
  const filter = filterSchema.parse(await searchParams);
  const { total, users } = await listUsers(filter);
  const filtered = Boolean(filter.q || filter.role || filter.status);

  return (
    <>
      <PageHeader
        title="Users and roles"
        description="Everyone who can sign in, and the roles they hold. Every change here is recorded in the audit log."
        actions={<ButtonLink href="/admin/users/invite">Invite a user</ButtonLink>}
      />
      <Card>
        <form role="search" className="mb-5 grid items-end gap-3 sm:grid-cols-[2fr_1.5fr_1fr_auto]">
          <Field id="q" label="Name or email">
            {(aria) => <Input {...aria} name="q" type="search" defaultValue={filter.q} />}
          </Field>
          <Field id="role-filter" label="Role">
            {(aria) => (
              <Select {...aria} name="role" defaultValue={filter.role ?? ""}>
                <option value="">Any role</option>
                {ROLES.map((role) => (
                  <option key={role} value={role}>
                    {ROLE_DEFINITIONS[role].label}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field id="status-filter" label="Status">
            {(aria) => (
              <Select {...aria} name="status" defaultValue={filter.status ?? ""}>
                <option value="">Any status</option>
                <option value="ACTIVE">Active</option>
                <option value="INVITED">Invited</option>
                <option value="DISABLED">Disabled</option>
              </Select>
            )}
          </Field>
          <div className="flex gap-2">
            <button type="submit" className="min-h-10 rounded-md bg-brand-700 px-4 text-sm font-medium text-white hover:bg-brand-800">
              Filter
            </button>
            {filtered ? (
              <Link href="/admin/users" className="self-center text-sm">
                Clear
              </Link>
            ) : null}
          </div>
        </form>

        {users.length === 0 ? (
          <EmptyState title={filtered ? "No one matches these filters." : "No users yet."}>
            {filtered ? "Try a different name, role or status." : "Invite the first person to get started."}
          </EmptyState>
        ) : (
          <DataTable caption={`Users, ${users.length} shown`} columns={["Name", "Roles", "Status", "Last sign-in"]}>
            {users.map((user) => (
              <tr key={user.id} className="align-top">
                <td className="py-3 pr-4">
                  <Link href={`/admin/users/${user.id}`} className="font-medium">
                    {user.name}
                  </Link>
                  <div className="text-slate-600">{user.email}</div>
                </td>
                <td className="py-3 pr-4">
                  {user.roles.length ? (
                    <ul className="space-y-0.5">
                      {user.roles.map((role) => (
                        <li key={role.id}>
                          {roleLabel(role.role)} <span className="text-slate-600">· {role.scopeName}</span>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="text-slate-600">None</span>
                  )}
                </td>
                <td className="py-3 pr-4">
                  <Badge tone={STATUS_TONE[user.status]}>{user.status.toLowerCase()}</Badge>
                </td>
                <td className="py-3 text-slate-700">{user.lastSignInAt ? formatDateTime(user.lastSignInAt) : "Never"}</td>
              </tr>
            ))}
          </DataTable>
        )}
        {total > users.length ? (
          <p className="mt-4 text-sm text-slate-700" role="status">
            Showing the first {users.length} of {total} people, by name. Search by name or email, or filter by role, to find someone else.
          </p>
        ) : null}
      </Card>
    </>
  );
}
