import { describe, expect, it } from "vitest";
import { encode, type JWT } from "next-auth/jwt";
import { db } from "@/lib/db/client";
import { UserError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "@/lib/password";
import { changeOwnPassword } from "@/server/identity/change-password";
import { setUserStatus } from "@/server/identity/commands";
import { authOptions } from "@/server/identity/auth-options";
import { sessionLoader } from "@/server/session";
import { actor, makeAdmin, makeUser } from "../support/identity.ts";

/**
 * Issue 12, item 4: a session ends on the server. The token in the cookie is only a key:
 * signing out, or an administrator disabling the account, makes it open nothing, on every
 * instance, for the rest of its eight hours.
 */
const secret = process.env.NEXTAUTH_SECRET!;

/** What next-auth does at sign-in: the jwt callback builds the token, which goes in the cookie. */
async function signIn(userId: string): Promise<{ token: JWT; cookie: string }> {
  const jwt = authOptions().callbacks!.jwt!;
  const token = await jwt({
    token: { sub: userId },
    user: { id: userId },
    account: { provider: "credentials", type: "credentials", providerAccountId: userId },
  } as never);
  return { token, cookie: await encode({ token, secret }) };
}

async function signedIn(cookie: string) {
  return (await sessionLoader.userFromToken(cookie, secret))?.id ?? null;
}

describe("sessions end on the server", () => {
  it("signing out makes the old cookie open nothing", async () => {
    const user = await makeUser(db);
    const { token, cookie } = await signIn(user.id);
    expect(await signedIn(cookie)).toBe(user.id);

    await authOptions().events!.signOut!({ token, session: null as never });

    expect(await signedIn(cookie)).toBeNull();
  });

  it("signing out on one device leaves the person's other sessions open", async () => {
    const user = await makeUser(db);
    const laptop = await signIn(user.id);
    const tablet = await signIn(user.id);
    await authOptions().events!.signOut!({ token: laptop.token, session: null as never });
    expect(await signedIn(laptop.cookie)).toBeNull();
    expect(await signedIn(tablet.cookie)).toBe(user.id);
  });

  it("disabling an account ends its sessions, and enabling it again does not revive them", async () => {
    const admin = await actor(db, (await makeAdmin(db)).id);
    const user = await makeUser(db);
    const { cookie } = await signIn(user.id);

    await setUserStatus(admin, { userId: user.id, status: "DISABLED" });
    await setUserStatus(admin, { userId: user.id, status: "ACTIVE" });

    expect(await signedIn(cookie)).toBeNull();
    expect(await signedIn((await signIn(user.id)).cookie)).toBe(user.id);
  });

  it("a token minted without a session of record (a forged or pre-revocation cookie) opens nothing", async () => {
    const user = await makeUser(db);
    expect(await signedIn(await encode({ token: { sub: user.id }, secret }))).toBeNull();
  });

  it("changing one's password ends every session of the account, and asks for the current one first", async () => {
    const user = await makeUser(db, { passwordHash: await hashPassword("the old passphrase, long enough") });
    const laptop = await signIn(user.id);
    const tablet = await signIn(user.id);
    const me = await actor(db, user.id);

    await expect(
      changeOwnPassword(me, { currentPassword: "not it at all", password: "a brand new passphrase", confirmPassword: "a brand new passphrase" }),
    ).rejects.toThrow(UserError);
    expect(await signedIn(laptop.cookie)).toBe(user.id);

    await changeOwnPassword(me, {
      currentPassword: "the old passphrase, long enough",
      password: "a brand new passphrase",
      confirmPassword: "a brand new passphrase",
    });

    expect(await signedIn(laptop.cookie)).toBeNull();
    expect(await signedIn(tablet.cookie)).toBeNull();
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(stored.passwordHash!, "a brand new passphrase")).toBe(true);
    expect(await db.auditEvent.count({ where: { entityId: user.id, action: "identity.change_password" } })).toBe(1);
  });
});
