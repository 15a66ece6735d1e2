"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { grantRoleSchema, inviteUserSchema, revokeRoleSchema, setUserStatusSchema } from "@/domain/identity/schemas";
import { defineAction } from "@/lib/action";
import { grantRole, inviteUser, reissueInvitation, revokeRole, setUserStatus } from "@/server/identity/commands";

export const inviteUserAction = defineAction(inviteUserSchema, async (input, ctx) => {
  const result = await inviteUser(ctx, input);
  revalidatePath("/admin/users");
  return result;
});

export const grantRoleAction = defineAction(
  grantRoleSchema,
  async (input, ctx) => {
    const grant = await grantRole(ctx, input);
    revalidatePath(`/admin/users/${input.userId}`);
    return grant.id;
  },
  { successMessage: "Role granted." },
);

export const revokeRoleAction = defineAction(
  revokeRoleSchema,
  async (input, ctx) => {
    const { userId } = await revokeRole(ctx, input.assignmentId);
    revalidatePath(`/admin/users/${userId}`);
    return userId;
  },
  { successMessage: "Role revoked." },
);

export const setUserStatusAction = defineAction(
  setUserStatusSchema,
  async (input, ctx) => {
    await setUserStatus(ctx, input.userId, input.status);
    revalidatePath(`/admin/users/${input.userId}`);
    return input.status;
  },
  { successMessage: (status) => (status === "DISABLED" ? "Account disabled. The person is signed out at once." : "Account enabled.") },
);

export const reissueInvitationAction = defineAction(z.object({ userId: z.string().uuid() }), async (input, ctx) => {
  const result = await reissueInvitation(ctx, input.userId);
  revalidatePath(`/admin/users/${input.userId}`);
  return result;
});
