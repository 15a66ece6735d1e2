import net from "node:net";
import { describe, expect, it, vi } from "vitest";

/**
 * GET /api/health, called as Next.js calls it: 200 when the database answers, 503 when it
 * does not (the load balancer takes such an instance out of rotation).
 */
describe("GET /api/health", () => {
  it("answers 200 with the database reachable", async () => {
    const { GET } = await import("@/app/api/health/route");
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "ok" });
  });

  it("answers 503 when the database is unreachable", async () => {
    const reachable = process.env.DATABASE_URL;
    const globals = globalThis as { prisma?: { $disconnect(): Promise<void> } };
    await globals.prisma?.$disconnect();
    delete globals.prisma;
    vi.resetModules();
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    process.env.DATABASE_URL = "postgresql://nobody:nothing@127.0.0.1:1/none";
    try {
      const { GET } = await import("@/app/api/health/route");
      const response = await GET();
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ database: "unreachable" });
    } finally {
      process.env.DATABASE_URL = reachable;
      delete globals.prisma;
    }
  });

  // Issue 12, item 6: a paused PostgreSQL accepts the connection and then says nothing.
  it("answers 503 within two seconds when the database accepts connections but never answers", async () => {
    const silent = net.createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const port = (silent.address() as net.AddressInfo).port;
    const reachable = process.env.DATABASE_URL;
    const globals = globalThis as { prisma?: { $disconnect(): Promise<void> } };
    await globals.prisma?.$disconnect();
    delete globals.prisma;
    vi.resetModules();
    process.env.DATABASE_URL = `postgresql://nobody:nothing@127.0.0.1:${port}/none`;
    try {
      const { GET } = await import("@/app/api/health/route");
      const timedOut = new Promise<"no answer">((resolve) => setTimeout(() => resolve("no answer"), 2_000));
      const response = await Promise.race([GET(), timedOut]);
      expect(response).not.toBe("no answer");
      expect((response as Response).status).toBe(503);
    } finally {
      process.env.DATABASE_URL = reachable;
      delete globals.prisma;
      silent.close();
    }
  });
});
