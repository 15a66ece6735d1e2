"use server";

import { grantRoleSchema, inviteUserSchema, reissueInvitationSchema, revokeRoleSchema, setUserStatusSchema } from "@/domain/identity/schemas";
import { defineAction } from "@/server/action";
import { grantRole, inviteUser, reissueInvitation, revokeRole, setUserStatus } from "@/server/identity/commands";

export const inviteUserAction = defineAction(inviteUserSchema, inviteUser);

export const grantRoleAction = defineAction(grantRoleSchema, grantRole, { successMessage: "Role granted." });

export const revokeRoleAction = defineAction(revokeRoleSchema, revokeRole, { successMessage: "Role revoked." });

export const setUserStatusAction = defineAction(setUserStatusSchema, setUserStatus, {
  successMessage: (result) => (result.status === "DISABLED" ? "Account disabled. The person is signed out at once." : "Account enabled."),
});

export const reissueInvitationAction = defineAction(reissueInvitationSchema, reissueInvitation);
