import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { setCaseloadCategorySchema } from "@/domain/reference/caseload";
import { referencePermissions } from "@/domain/reference/permissions";
import { createActionBuilder } from "@/lib/action";
import { defineCommand, defineSubject } from "@/lib/command";
import { SYSTEM_CONTEXT, type CommandContext } from "@/lib/context";
import { db } from "@/lib/db/client";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { setCaseloadCategory } from "@/server/reference/commands";
import { actor, makeAdmin, makeUser } from "../support/identity.ts";

/**
 * The command contract (src/lib/command.ts) and the action builder (src/lib/action.ts) on
 * their own, against the real database: what a command locks, refuses, writes and audits,
 * and what an action answers and refreshes. The commands are the app's own (an LCSA's
 * caseload category) or small ones defined here on a real table.
 */
let admin: CommandContext;
let nobody: CommandContext;
let lcsa: { id: string; name: string; caseloadCategory: number; version: number };

beforeAll(async () => {
  admin = await actor(db, (await makeAdmin(db)).id, "req-admin");
  nobody = await actor(db, (await makeUser(db)).id, "req-nobody");
  lcsa = await db.lcsa.findFirstOrThrow({ orderBy: { code: "asc" }, select: { id: true, name: true, caseloadCategory: true, version: true } });
});

const events = (requestId: string) => db.auditEvent.findMany({ where: { requestId }, orderBy: { id: "asc" } });
const nextCategory = (category: number) => (category % 6) + 1;

describe("a command", () => {
  it("refuses without the permission, writing nothing and auditing nothing", async () => {
    await expect(
      setCaseloadCategory(nobody, { lcsaId: lcsa.id, caseloadCategory: nextCategory(lcsa.caseloadCategory), version: lcsa.version }),
    ).rejects.toThrow("You do not have permission to do that.");
    expect(await db.lcsa.findUniqueOrThrow({ where: { id: lcsa.id }, select: { version: true } })).toEqual({ version: lcsa.version });
    expect(await events("req-nobody")).toEqual([]);
  });

  it("says what was not found, by the subject's name", async () => {
    await expect(setCaseloadCategory(admin, { lcsaId: randomUUID(), caseloadCategory: 1, version: 0 })).rejects.toThrow(NotFoundError);
  });

  it("writes and appends one audit event naming its subject, in one transaction, and says which pages to refresh", async () => {
    const ctx = { ...admin, requestId: `req-${randomUUID()}` };
    const before = await db.lcsa.findUniqueOrThrow({ where: { id: lcsa.id }, select: { caseloadCategory: true, version: true } });
    const target = nextCategory(before.caseloadCategory);
    const outcome = await setCaseloadCategory.execute(ctx, { lcsaId: lcsa.id, caseloadCategory: target, version: before.version });
    expect(outcome).toEqual({ result: { name: lcsa.name, caseloadCategory: target }, paths: ["/lcsas"] });
    const [event, ...more] = await events(ctx.requestId);
    expect(more).toEqual([]);
    expect(event).toMatchObject({
      action: "reference.set_caseload_category",
      entityType: "Lcsa",
      entityId: lcsa.id,
      actorId: admin.actor.id,
      actorEmail: admin.actor.email,
      summary: `${lcsa.name}: caseload category ${before.caseloadCategory} → ${target}`,
      before: { caseloadCategory: before.caseloadCategory },
      after: { caseloadCategory: target, caseloadCategoryIsDemo: false },
    });
  });

  it("locks its subject: two edits of one version at once, one saves and the other is told who changed it", async () => {
    const current = await db.lcsa.findUniqueOrThrow({ where: { id: lcsa.id }, select: { caseloadCategory: true, version: true } });
    const edit = (category: number) => setCaseloadCategory(admin, { lcsaId: lcsa.id, caseloadCategory: category, version: current.version });
    const results = await Promise.allSettled([edit(1), edit(2)]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((result) => result.status === "rejected")!;
    expect(refused.reason).toBeInstanceOf(ConflictError);
    expect(String((refused.reason as Error).message)).toContain(`${admin.actor.email} changed ${lcsa.name} while you were editing`);
    expect(await db.lcsa.findUniqueOrThrow({ where: { id: lcsa.id }, select: { version: true } })).toEqual({ version: current.version + 1 });
  });

  it("inside a caller's transaction, rolls back with it: neither the change nor its audit event survives", async () => {
    const current = await db.lcsa.findUniqueOrThrow({ where: { id: lcsa.id }, select: { caseloadCategory: true, version: true } });
    const ctx = { ...admin, requestId: `req-${randomUUID()}` };
    await expect(
      db.$transaction(async (tx) => {
        await setCaseloadCategory.inTx(tx, ctx, { lcsaId: lcsa.id, caseloadCategory: nextCategory(current.caseloadCategory), version: current.version });
        throw new Error("the caller's next step failed");
      }),
    ).rejects.toThrow("the caller's next step failed");
    expect(await db.lcsa.findUniqueOrThrow({ where: { id: lcsa.id }, select: { caseloadCategory: true, version: true } })).toEqual(current);
    expect(await events(ctx.requestId)).toEqual([]);
  });

  it("runs for the scheduler (no person) only when it says so, audited with no actor", async () => {
    const subject = defineSubject({
      type: "Lcsa",
      lock: async (tx, id) => (await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Lcsa" WHERE id = ${id} FOR UPDATE`)[0]!,
      idOf: (row) => row.id,
      paths: (row) => [`/lcsas#${row.id}`],
    });
    const spec = {
      name: "reference.test_touch" as const,
      subject,
      target: (input: { id: string }) => input.id,
      permission: referencePermissions.edit,
      resource: () => undefined,
    };
    const personsOnly = defineCommand({ ...spec, run: () => Promise.resolve("touched"), audit: () => ({ summary: "Touched by a person" }) });
    const scheduled = defineCommand({ ...spec, system: true, run: () => Promise.resolve("touched"), audit: () => ({ summary: "Touched by the scheduler" }) });
    const requestId = `req-${randomUUID()}`;

    await expect(personsOnly({ ...SYSTEM_CONTEXT, requestId } as never, { id: lcsa.id })).rejects.toThrow("Only a signed-in person can do that.");
    await expect(scheduled({ ...SYSTEM_CONTEXT, requestId } as never, { id: lcsa.id })).resolves.toBe("touched");
    expect(await events(requestId)).toMatchObject([
      { action: "reference.test_touch", actorId: null, actorEmail: null, summary: "Touched by the scheduler", entityId: lcsa.id },
    ]);
  });
});

describe("an action", () => {
  const refreshed: string[] = [];
  const defineAction = createActionBuilder({
    requireUser: () => Promise.resolve(admin.actor),
    requestId: () => Promise.resolve("req-action"),
    revalidate: (path) => refreshed.push(path),
  });
  const form = (values: Record<string, string | File>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(values)) data.append(key, value);
    return data;
  };
  const schema = setCaseloadCategorySchema;

  it("answers a bad form field by field, keeps what was typed, and runs nothing", async () => {
    const action = defineAction(schema, setCaseloadCategory);
    const answer = await action(null, form({ lcsaId: "not-an-id", caseloadCategory: "9", version: "none" }));
    expect(answer).toMatchObject({ ok: false, error: "Some fields need attention.", values: { lcsaId: "not-an-id", caseloadCategory: "9", version: "none" } });
    expect(Object.keys((answer as { fieldErrors: object }).fieldErrors).sort()).toEqual(["caseloadCategory", "lcsaId", "version"]);
  });

  it("runs the command, refreshes the subject's pages, and says what happened", async () => {
    refreshed.length = 0;
    const current = await db.lcsa.findUniqueOrThrow({ where: { id: lcsa.id }, select: { caseloadCategory: true, version: true } });
    const target = nextCategory(current.caseloadCategory);
    const action = defineAction(schema, setCaseloadCategory, { successMessage: (result) => `${result.name} is category ${result.caseloadCategory}.` });
    const answer = await action(null, form({ lcsaId: lcsa.id, caseloadCategory: String(target), version: String(current.version) }));
    expect(answer).toEqual({ ok: true, data: { name: lcsa.name, caseloadCategory: target }, message: `${lcsa.name} is category ${target}.` });
    expect(refreshed).toEqual(["/lcsas"]);
    expect(await db.auditEvent.count({ where: { requestId: "req-action", action: "reference.set_caseload_category" } })).toBeGreaterThan(0);
  });

  it("shows a person's refusal in plain words and a defect only as a reference, never its text", async () => {
    const refusing = defineAction(schema, setCaseloadCategory, { refreshOnFailure: () => ["/lcsas/after-refusal"] });
    refreshed.length = 0;
    const stale = await refusing(null, form({ lcsaId: lcsa.id, caseloadCategory: "1", version: "999" }));
    expect(stale).toMatchObject({ ok: false, values: { version: "999" } });
    expect((stale as { error: string }).error).toContain("while you were editing");
    expect(refreshed).toEqual(["/lcsas/after-refusal"]);

    const broken = defineAction(z.object({}), () => Promise.reject(new Error("connection string postgres://secret@db")));
    const answer = await broken(null, form({}));
    expect(answer.ok).toBe(false);
    expect((answer as { error: string }).error).toMatch(/^Something went wrong and nothing was saved\. .* reference to support: [0-9a-f]{8}\.$/);
    expect(JSON.stringify(answer)).not.toContain("secret");
  });

  it("passes files through to the schema, and never echoes them or passwords back", async () => {
    const upload = defineAction(z.object({ note: z.string(), password: z.string(), file: z.instanceof(File) }), (input) =>
      Promise.resolve(`${input.file.name}:${input.file.size}`),
    );
    expect(await upload(null, form({ note: "minutes", password: "hunter2", file: new File(["abc"], "minutes.txt") }))).toEqual({
      ok: true,
      data: "minutes.txt:3",
    });

    const missing = await upload(null, form({ note: "minutes", password: "hunter2", file: new File([], "") }));
    expect(missing).toMatchObject({ ok: false, values: { note: "minutes" } });
    expect((missing as { values: object }).values).not.toHaveProperty("password");
    expect((missing as { fieldErrors: object }).fieldErrors).toHaveProperty("file");
  });
});
