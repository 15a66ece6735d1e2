/**
 * Issue 12, security item 9: a draft belongs to its author and the consortium's CPL until it
 * is submitted. Anyone else, program staff included, finds it in no list, search, export or
 * dashboard, cannot open its page or its files, and cannot act on it.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { parseListFilter } from "@/domain/change-requests/list-filter";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import type { CurrentUser } from "@/lib/context";
import { attachFile, attachmentFile } from "@/server/change-requests/attachments";
import { addComment } from "@/server/change-requests/comments";
import { dashboard } from "@/server/change-requests/dashboard";
import { getChangeRequestDetail } from "@/server/change-requests/detail";
import { createChangeRequest } from "@/server/change-requests/initiation";
import { exportChangeRequests, listChangeRequests } from "@/server/change-requests/list-query";
import { takeStep, withdrawChangeRequest } from "@/server/change-requests/steps";
import { changeRequestWorld, COMPLETE_INITIATION, type ChangeRequestWorld } from "../support/change-request-world.ts";
import { makeUser } from "../support/identity.ts";

let w: ChangeRequestWorld;
let arsCpl: { id: string };
beforeAll(async () => {
  w = await changeRequestWorld(db);
  const ars = await db.consortium.findUniqueOrThrow({ where: { code: "ARS" }, select: { id: true } });
  arsCpl = await makeUser(db, { name: "Ari ARS Leader", roles: [{ role: "CONSORTIUM_PROJECT_LEADER", scope: { type: "CONSORTIUM", consortiumId: ars.id } }] });
});

const user = async (person: { id: string }): Promise<CurrentUser> => (await w.as(person)).actor;

async function draft(title: string) {
  return createChangeRequest(await w.as(w.author), { ...COMPLETE_INITIATION, title, kind: "ENHANCEMENT", consortiumId: w.ids.cases, intent: "save" });
}

/** The titles this person finds by searching for `q`: the list, and the export of the same filter. */
async function found(person: { id: string }, q: string) {
  const viewer = await user(person);
  const listed = (await listChangeRequests(viewer, parseListFilter({ q }))).rows.map((row) => row.title);
  const exported = (await exportChangeRequests(viewer, parseListFilter({ q }))).map((row) => row.title);
  return { listed, exported };
}

describe("a draft belongs to its author and the consortium's CPL until it is submitted", () => {
  it("is in the lists, searches and exports of its author and the CPL only", async () => {
    const mine = await draft("Draft: garnishment letters in Spanish");
    const seen = { listed: ["Draft: garnishment letters in Spanish"], exported: ["Draft: garnishment letters in Spanish"] };
    const unseen = { listed: [], exported: [] };
    expect(await found(w.author, "garnishment letters")).toEqual(seen);
    expect(await found(w.cpl, "garnishment letters")).toEqual(seen);
    expect(await found(w.members[0]!, "garnishment letters")).toEqual(unseen);
    expect(await found(w.ctm, "garnishment letters")).toEqual(unseen);
    expect(await found(w.chair, "garnishment letters")).toEqual(unseen);
    expect(await found(arsCpl, "garnishment letters")).toEqual(unseen);
    // Listing every draft shows none of another author's either.
    const drafts = (await listChangeRequests(await user(w.members[0]!), parseListFilter({ state: "DRAFT" }))).rows;
    expect(drafts.map((row) => row.id)).not.toContain(mine.id);
  });

  it("its page and its files open for its author and the CPL only", async () => {
    const mine = await draft("Draft: wage assignment batch");
    const attached = await attachFile(await w.as(w.author), { crId: mine.id, file: new File(["%PDF-1.4 draft"], "Draft notes.pdf") });
    expect(await getChangeRequestDetail(mine.id, await user(w.author))).toMatchObject({ id: mine.id, state: "DRAFT" });
    expect(await getChangeRequestDetail(mine.id, await user(w.cpl))).toMatchObject({ id: mine.id });
    for (const other of [w.members[0]!, w.ctm, w.chair, arsCpl]) {
      expect(await getChangeRequestDetail(mine.id, await user(other))).toBeNull();
      expect(await attachmentFile(await user(other), mine.id, attached.id)).toBeNull();
    }
    expect(await attachmentFile(await user(w.cpl), mine.id, attached.id)).toMatchObject({ fileName: "Draft notes.pdf" });
  });

  it("no one else can act on it: a comment is refused as if it did not exist, and nothing is written", async () => {
    const mine = await draft("Draft: lien release notices");
    const refused = await addComment(await w.as(w.members[1]!), { crId: mine.id, body: "Peeking" }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(NotFoundError);
    expect(await db.crComment.count({ where: { changeRequestId: mine.id } })).toBe(0);
    await addComment(await w.as(w.cpl), { crId: mine.id, body: "Add the Spanish template" });
    expect(await db.crComment.count({ where: { changeRequestId: mine.id } })).toBe(1);
  });

  it("the dashboard counts and lists no draft", async () => {
    const mine = await draft("Draft: dashboard probe");
    await db.changeRequest.update({ where: { id: mine.id }, data: { stateChangedAt: new Date(Date.now() - 400 * 86_400_000) } });
    const figures = await dashboard({ consortiumId: null });
    expect(figures.byState.find((row) => row.state === "DRAFT")!.total).toBe(0);
    expect(figures.overdue.items.map((item) => item.id)).not.toContain(mine.id);
  });

  it("withdrawn before it was ever submitted, it stays its author's", async () => {
    const mine = await draft("Draft: abandoned idea about liens");
    await withdrawChangeRequest(await w.as(w.author), { crId: mine.id, reason: "Not needed after all" });
    expect(await getChangeRequestDetail(mine.id, await user(w.members[0]!))).toBeNull();
    expect(await found(w.members[0]!, "abandoned idea")).toEqual({ listed: [], exported: [] });
    expect(await found(w.author, "abandoned idea")).toEqual({ listed: ["Draft: abandoned idea about liens"], exported: ["Draft: abandoned idea about liens"] });
  });

  it("once submitted, program staff see it", async () => {
    const mine = await draft("Draft: interstate case transfers");
    await takeStep(await w.as(w.author), { crId: mine.id, step: "submit" });
    expect(await getChangeRequestDetail(mine.id, await user(w.members[0]!))).toMatchObject({ id: mine.id, state: "SUBMITTED" });
    expect((await found(w.members[0]!, "interstate case transfers")).listed).toEqual(["Draft: interstate case transfers"]);
  });
});
