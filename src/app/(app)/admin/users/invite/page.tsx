import type { Metadata } from "next";
import { InviteUserForm } from "@/components/identity/invite-user-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/server/session";
import { scopeOptions } from "@/server/identity/queries";
import { inviteUserAction } from "@/app/(app)/admin/users/actions";
import { identityPermissions } from "@/domain/identity/permissions";

export const metadata: Metadata = { title: "Invite a user" };

export default async function InviteUserPage() {
  await requirePermission(identityPermissions.manage);
  const choices = await scopeOptions();
  return (
    <>
      <PageHeader
        back={{ href: "/admin/users", label: "Users and roles" }}
        title="Invite a user"
        description="The person receives a one-time link to choose a password. Their first role applies as soon as they sign in."
      />
      <Card>
        <InviteUserForm action={inviteUserAction} choices={choices} />
      </Card>
    </>
  );
}
