import { z } from "zod";
import { ROLES, SCOPE_TYPES } from "@/domain/identity/roles";

/** Form schemas shared by the browser (instant feedback) and the server (the check that counts). */
const optionalId = z
  .string()
  .trim()
  .transform((value) => (value === "" ? null : value))
  .nullish();

export const scopeFields = {
  scopeType: z.enum(SCOPE_TYPES, { error: "Choose a scope." }),
  consortiumId: optionalId,
  lcsaId: optionalId,
  committeeId: optionalId,
  organizationId: optionalId,
};

export const grantRoleSchema = z.object({
  userId: z.string().uuid(),
  role: z.enum(ROLES as [string, ...string[]], { error: "Choose a role." }),
  ...scopeFields,
});

export const inviteUserSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address.").max(200),
  name: z.string().trim().min(2, "Enter the person's full name.").max(120),
  title: z
    .string()
    .trim()
    .max(120)
    .transform((value) => (value === "" ? null : value))
    .nullish(),
  role: z.enum(ROLES as [string, ...string[]], { error: "Choose a first role." }),
  ...scopeFields,
});

export const revokeRoleSchema = z.object({
  assignmentId: z.string().uuid(),
  confirm: z.literal("yes", { error: "Confirm that you want to revoke this role." }),
});

export const setUserStatusSchema = z.object({
  userId: z.string().uuid(),
  status: z.enum(["ACTIVE", "DISABLED"]),
});

export const reissueInvitationSchema = z.object({ userId: z.string().uuid() });

export const PASSWORD_MIN_LENGTH = 12;

export const acceptInvitationSchema = z
  .object({
    token: z.string().min(20),
    password: z.string().min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`).max(200, "Use at most 200 characters."),
    confirmPassword: z.string(),
  })
  .refine((value) => value.password === value.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two passwords do not match.",
  });

/** A signed-in person's new password, with the current one to prove it is them. */
export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(200),
    password: z.string().min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`).max(200, "Use at most 200 characters."),
    confirmPassword: z.string().max(200),
  })
  .refine((value) => value.password === value.confirmPassword, { path: ["confirmPassword"], message: "The two passwords do not match." })
  .refine((value) => value.password !== value.currentPassword, { path: ["password"], message: "Choose a password other than your current one." });

export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
export type InviteUserInput = z.infer<typeof inviteUserSchema>;
export type GrantRoleInput = z.infer<typeof grantRoleSchema>;
