import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { hashPassword } from "@/lib/password";
import { authorizeWithPassword } from "@/server/identity/password-sign-in";
import { makeUser } from "../support/identity.ts";

/**
 * Issue 12, item 2: the sign-in throttle counts every attempt before the password is
 * checked, and keeps an account, an address and the pair of them apart, so that guessing
 * in parallel gains nothing and one place's failures lock out nobody elsewhere.
 */
const PASSWORD = "correct horse battery staple";
const INVALID = "The email or password is not right. Check them and try again.";
const THROTTLED = /^Too many failed sign-ins\./;

function from(address: string) {
  return { headers: { "x-forwarded-for": address } };
}

async function attempt(email: string, password: string, address: string): Promise<string> {
  try {
    await authorizeWithPassword({ email, password }, from(address));
    return "signed in";
  } catch (error) {
    return (error as Error).message;
  }
}

async function personWithPassword() {
  const email = `person-${randomUUID().slice(0, 8)}@example.gov`;
  await makeUser(db, { email, passwordHash: await hashPassword(PASSWORD) });
  return email;
}

describe("the sign-in throttle", () => {
  it("evaluates only five of thirty wrong passwords sent at once for one account", async () => {
    const email = await personWithPassword();
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => attempt(email, `wrong-${i}`, "198.51.100.7")));
    expect(answers.filter((answer) => answer === INVALID)).toHaveLength(5);
    expect(answers.filter((answer) => THROTTLED.test(answer))).toHaveLength(25);
  });

  it("pauses an account only where it failed: the owner still signs in from another address", async () => {
    const email = await personWithPassword();
    for (let i = 0; i < 6; i++) await attempt(email, `wrong-${i}`, "203.0.113.50");
    expect(await attempt(email, PASSWORD, "203.0.113.50")).toMatch(THROTTLED);
    expect(await attempt(email, PASSWORD, "192.0.2.10")).toBe("signed in");
  });

  it("lets the rest of an office sign in after one person there fails repeatedly", async () => {
    const office = "192.0.2.77";
    const unlucky = await personWithPassword();
    const colleague = await personWithPassword();
    for (let i = 0; i < 8; i++) await attempt(unlucky, `wrong-${i}`, office);
    expect(await attempt(colleague, PASSWORD, office)).toBe("signed in");
  });

  it("a successful sign-in clears the account's failures at that address", async () => {
    const email = await personWithPassword();
    for (let i = 0; i < 4; i++) await attempt(email, `wrong-${i}`, "198.51.100.20");
    expect(await attempt(email, PASSWORD, "198.51.100.20")).toBe("signed in");
    for (let i = 0; i < 4; i++) expect(await attempt(email, `wrong-again-${i}`, "198.51.100.20")).toBe(INVALID);
  });
});
