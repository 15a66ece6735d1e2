// No "server-only" marker: the command-line bootstrap (prisma/tools/invite-admin.ts) uses it too.
import { createHash, randomBytes } from "node:crypto";

/** Invitation links carry a random token; only its sha256 is stored, so a database leak reveals no usable link. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
