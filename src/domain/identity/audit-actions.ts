import { auditActions } from "@/lib/audit-names";

/** `sign_in` and `sign_out` are written by the sign-in flow (src/server/identity/auth-options.ts). */
export const identityAudit = auditActions("identity", [
  "invite",
  "reinvite",
  "accept_invitation",
  "grant_role",
  "revoke_role",
  "disable",
  "enable",
  "sign_in",
  "sign_out",
  "change_password",
]);
