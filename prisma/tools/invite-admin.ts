import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../src/generated/prisma/client.ts";
import { hashToken, newToken } from "../../src/server/identity/tokens.ts";

/**
 * `npm run admin:invite -- <email> "<Full name>"`: the first administrator of a configured
 * deployment (DATABASE_URL set, so no demo accounts). Prints a one-time link, valid 14 days,
 * with which that person chooses a password. Refuses if the email is already registered.
 */
const [email, name] = process.argv.slice(2);
const url = process.env.DATABASE_URL;
if (!url || !email || !name || !/^\S+@\S+\.\S+$/.test(email)) {
  console.error('Usage: DATABASE_URL=... npm run admin:invite -- <email> "<Full name>"');
  process.exit(1);
}

const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
const token = newToken();
try {
  await db.$transaction(async (tx) => {
    const normalized = email.toLowerCase();
    if (await tx.user.findUnique({ where: { email: normalized } })) {
      throw new Error(`${normalized} is already registered.`);
    }
    const user = await tx.user.create({ data: { email: normalized, name, status: "INVITED" } });
    await tx.roleAssignment.create({ data: { userId: user.id, role: "ADMINISTRATOR", scopeType: "STATEWIDE" } });
    await tx.invitation.create({
      data: { userId: user.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 14 * 86_400_000) },
    });
    await tx.auditEvent.create({
      data: { action: "identity.invite", entityType: "User", entityId: user.id, summary: `Invited ${normalized} as ADMINISTRATOR (command line)` },
    });
  });
  const base = process.env.NEXTAUTH_URL ?? "http://localhost:3000";
  console.log(`Invitation for ${email}: ${base}/invite/${token}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
