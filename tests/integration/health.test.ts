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
});
