import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/lib/env";

/**
 * One Prisma client per server process, created on first use (so `next build` never needs
 * a database) and kept on globalThis so hot reload does not open a new pool each time.
 * The database is the only state: any number of instances can share it.
 */
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function client(): PrismaClient {
  globalForPrisma.prisma ??= new PrismaClient({
    // pg's connectionTimeoutMillis also bounds the wait for a free pooled connection, so it
    // matches maxWait below.
    adapter: new PrismaPg({ connectionString: env().DATABASE_URL, max: 10, connectionTimeoutMillis: 10_000 }),
    // Under a burst (a committee voting at once) transactions queue for one of the pool's
    // connections; wait for one rather than fail after Prisma's default two seconds.
    transactionOptions: { maxWait: 10_000, timeout: 15_000 },
  });
  return globalForPrisma.prisma;
}

export const db = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const instance = client();
    const value: unknown = Reflect.get(instance, property);
    return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(instance) : value;
  },
});

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
