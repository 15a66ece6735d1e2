import "server-only";
import { hkdf } from "@panva/hkdf";
import { jwtDecrypt, type JWTPayload } from "jose";

/**
 * Reads a next-auth (v4) session token: an encrypted JWT (dir, A256GCM) whose key is derived
 * from NEXTAUTH_SECRET with HKDF, exactly as next-auth's own `decode` does. The derived key
 * depends only on the secret, so it is computed once per process instead of on every
 * request (half a millisecond each, on every signed-in page). jose checks the expiry.
 * A unit test decodes tokens made by next-auth's `encode` to keep the two in step.
 */
let derived: { secret: string; key: Promise<Uint8Array> } | undefined;

function encryptionKey(secret: string): Promise<Uint8Array> {
  if (derived?.secret !== secret) {
    derived = { secret, key: hkdf("sha256", secret, "", "NextAuth.js Generated Encryption Key", 32) };
  }
  return derived.key;
}

export async function decodeSessionToken(token: string, secret: string): Promise<JWTPayload | null> {
  try {
    const { payload } = await jwtDecrypt(token, await encryptionKey(secret), { clockTolerance: 15 });
    return payload;
  } catch {
    return null;
  }
}
