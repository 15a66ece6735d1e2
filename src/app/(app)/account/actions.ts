"use server";

import { changePasswordSchema } from "@/domain/identity/schemas";
import { changeOwnPassword } from "@/server/identity/change-password";
import { defineAction } from "@/server/action";

export const changePasswordAction = defineAction(changePasswordSchema, (input, ctx) => changeOwnPassword(ctx, input), {
  successMessage: "Your password is changed, and every session of your account has ended. Sign in again with the new password.",
});
