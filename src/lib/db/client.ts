import "server-only";
import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
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
    // Every wait is bounded, so a database that stops answering (paused, overloaded) fails
    // requests with an error page rather than hanging them. pg's connectionTimeoutMillis
    // bounds both opening a connection and waiting for a free pooled one (maxWait below);
    // query_timeout is the client's own limit on one statement, which holds even when the
    // server says nothing; statement_timeout has the server cancel a runaway statement.
    adapter: new PrismaPg(
      {
        Client: OneQueryAtATime,
        connectionString: env().DATABASE_URL,
        max: 10,
        connectionTimeoutMillis: 5_000,
        query_timeout: 15_000,
        statement_timeout: 10_000,
      },
      { statementNameGenerator: statementName },
    ),
    // Under a burst (a committee voting at once) transactions queue for one of the pool's
    // connections; wait for one rather than fail after Prisma's default two seconds.
    transactionOptions: { maxWait: 5_000, timeout: 15_000 },
  });
  return globalForPrisma.prisma;
}

/**
 * A connection that is handed its queries one at a time. Inside an interactive transaction
 * Prisma's query interpreter loads sibling relations with Promise.all on the transaction's
 * one connection (prisma/orm#29468, #29979, open as of 7.10), which pg queues but warns is
 * deprecated ("already executing a query") and refuses from pg 9 on. Chaining each promise
 * query after the previous one keeps the order pg's queue would have had, without the
 * deprecated path. Callback and Submittable (cursor) queries go straight through.
 */
type AnyQuery = (this: pg.Client, ...args: unknown[]) => unknown;

class OneQueryAtATime extends pg.Client {
  /** The last query handed to pg, settled or not. */
  private tail: Promise<unknown> = Promise.resolve();

  constructor(config?: string | pg.ClientConfig) {
    super(config);
    const direct = (...args: unknown[]) => (pg.Client.prototype.query as AnyQuery).apply(this, args);
    (this as unknown as { query: (...args: unknown[]) => unknown }).query = (...args) => {
      const submittable = typeof (args[0] as { submit?: unknown } | undefined)?.submit === "function";
      if (typeof args.at(-1) === "function" || submittable) return direct(...args);
      const run = () => direct(...args) as Promise<unknown>;
      const result = this.tail.then(run, run);
      this.tail = result.catch(() => undefined);
      return result;
    };
  }
}

/**
 * Statements with parameters are prepared once per connection and then reused, so
 * PostgreSQL plans them once instead of on every page: planning was most of the session
 * query's time (1.3 of 1.8 ms), and that query runs on every signed-in request. The name
 * is a hash of the text, the same on every connection and every instance.
 *
 * Prisma writes a new text for each length of an `in` list, so only the first
 * MAX_PREPARED texts this process meets are named; any others run unprepared, as all
 * statements did before, and no connection holds more than that many. Statements without
 * parameters stay unnamed: they go by the simple protocol, which allows several in one text.
 */
const MAX_PREPARED = 500;
const statementNames = new Map<string, string>();

function statementName({ sql, args }: { sql: string; args: unknown[] }): string {
  let name = statementNames.get(sql);
  if (!name && args.length && statementNames.size < MAX_PREPARED) {
    name = `s_${createHash("sha1").update(sql).digest("base64url")}`;
    statementNames.set(sql, name);
  }
  // pg runs a query without a name unprepared; the adapter's type asks for a string.
  return name as string;
}

export const db = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const instance = client();
    const value: unknown = Reflect.get(instance, property);
    return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(instance) : value;
  },
});

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
