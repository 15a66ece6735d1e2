import { hash } from "@node-rs/argon2";
import type { PrismaClient } from "../../src/generated/prisma/client.ts";
import type { ScopeType } from "../../src/generated/prisma/enums.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoScope } from "../../src/domain/identity/demo-accounts.ts";

/** Loads the demo accounts (src/domain/identity/demo-accounts.ts) and marks the installation as a demo. */
export async function seedDemo(db: PrismaClient): Promise<void> {
  const passwordHash = await hash(DEMO_PASSWORD);
  await db.$transaction(async (tx) => {
    for (const account of DEMO_ACCOUNTS) {
      const user = await tx.user.upsert({
        where: { email: account.email },
        create: { email: account.email, name: account.name, title: account.title, status: "ACTIVE", passwordHash },
        update: {},
      });
      for (const { role, scope } of account.roles) {
        const ids = await scopeIds(tx as unknown as PrismaClient, scope);
        const held = await tx.roleAssignment.findFirst({ where: { userId: user.id, role, revokedAt: null, ...ids } });
        if (!held) await tx.roleAssignment.create({ data: { userId: user.id, role, ...ids } });
      }
    }
    await tx.auditEvent.create({
      data: { action: "system.seed_demo", entityType: "User", summary: `Loaded ${DEMO_ACCOUNTS.length} demo accounts (password ${DEMO_PASSWORD})` },
    });
    await tx.appSetting.upsert({ where: { key: "demo" }, create: { key: "demo", value: true }, update: { value: true } });
  }, { timeout: 60_000 });
}

async function scopeIds(db: PrismaClient, scope: DemoScope) {
  const none = { consortiumId: null, lcsaId: null, committeeId: null, organizationId: null };
  const scopeType: ScopeType = scope.type;
  switch (scope.type) {
    case "STATEWIDE":
      return { scopeType, ...none };
    case "CONSORTIUM":
      return { scopeType, ...none, consortiumId: (await db.consortium.findUniqueOrThrow({ where: { code: scope.code } })).id };
    case "LCSA":
      return { scopeType, ...none, lcsaId: (await db.lcsa.findUniqueOrThrow({ where: { code: scope.code } })).id };
    case "COMMITTEE":
      return { scopeType, ...none, committeeId: (await db.committee.findUniqueOrThrow({ where: { code: scope.code } })).id };
    case "ORGANIZATION":
      return { scopeType, ...none, organizationId: (await db.thirdPartyOrganization.findUniqueOrThrow({ where: { name: scope.name } })).id };
  }
}
export { DEMO_PASSWORD };
