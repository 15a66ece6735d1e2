import { beforeAll, describe, expect, it } from "vitest";
import { dayOfColumn } from "@/domain/calendar/day";
import { db } from "@/lib/db/client";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { raiseAlert, resolveAlert } from "@/server/change-requests/alerts";
import { importCsv, previewCsv } from "@/server/change-requests/csv-import";
import { consortiaWhere } from "@/server/change-requests/list-query";
import { raiseEscalation, stepEscalation } from "@/server/change-requests/escalations";
import { getBacklog, moveInRanking, orderToken, rankByCriteria } from "@/server/change-requests/ranking";
import { fileStatusReport } from "@/server/change-requests/status-reports";
import { fileStaffReport, listStaffReports } from "@/server/change-requests/staff-reports";
import { actor, makeAdmin, makeUser } from "../support/identity.ts";
import { consortiumId, makeCr, seatOn } from "../support/cr-rows.ts";
import { changeRequestPermissions } from "@/domain/change-requests/permissions";

/**
 * The CPL's work (Governance plan 5.1.1) and the ESC's ranking (plan 3), against a real
 * database: who is told, who may act, what is refused and that a refusal changes nothing.
 */
let cases: string;
let ars: string;
let casesEsc: string;
const people = {} as Record<"cpl" | "arsCpl" | "chair" | "member" | "tab" | "grantedMember" | "arsMember" | "admin" | "directorate", string>;

beforeAll(async () => {
  cases = await consortiumId(db, "CASES");
  ars = await consortiumId(db, "ARS");
  casesEsc = (await db.committee.findUniqueOrThrow({ where: { code: "CASES-ESC" } })).id;
  people.cpl = (
    await makeUser(db, { name: "Pat Leader", roles: [{ role: "CONSORTIUM_PROJECT_LEADER", scope: { type: "CONSORTIUM", consortiumId: cases } }] })
  ).id;
  people.arsCpl = (await makeUser(db, { roles: [{ role: "CONSORTIUM_PROJECT_LEADER", scope: { type: "CONSORTIUM", consortiumId: ars } }] })).id;
  // The chair holds the seat and (as the session would derive from it) the role.
  people.chair = (await makeUser(db, { name: "Casey Chair", roles: [{ role: "ESC_CHAIR", scope: { type: "COMMITTEE", committeeId: casesEsc } }] })).id;
  await seatOn(db, "CASES-ESC", people.chair, "CHAIR");
  people.member = (await makeUser(db)).id;
  await seatOn(db, "CASES-ESC", people.member, "VOTING");
  people.tab = (await makeUser(db)).id;
  await seatOn(db, "CASES-TAB", people.tab, "ADVISORY");
  people.grantedMember = (await makeUser(db, { roles: [{ role: "ESC_MEMBER", scope: { type: "COMMITTEE", committeeId: casesEsc } }] })).id;
  people.arsMember = (await makeUser(db)).id;
  await seatOn(db, "ARS-ESC", people.arsMember, "VOTING");
  people.admin = (await makeAdmin(db)).id;
  people.directorate = (await makeUser(db, { roles: [{ role: "DCSS_DIRECTORATE", scope: { type: "STATEWIDE" } }] })).id;
});

const noticesFor = (kind: string) => db.notification.findMany({ where: { kind }, select: { userId: true, subject: true, link: true } });

describe("scope, schedule and cost alerts", () => {
  it("notify every ESC and TAB member of the consortium, and no one else; resolving tells them again", async () => {
    const cr = await makeCr(db, people.cpl, { title: "Arrears notices" });
    const ctx = await actor(db, people.cpl, "req-alert");
    const alert = await raiseAlert(ctx, {
      consortiumId: cases,
      kind: "SCHEDULE",
      changeRequest: cr.number,
      description: "The vendor slipped UAT by three weeks.",
    });
    const notices = await noticesFor("cr.alert");
    expect(notices.map((notice) => notice.userId).sort()).toEqual([people.chair, people.member, people.tab, people.grantedMember].sort());
    expect(notices[0]).toMatchObject({ subject: expect.stringContaining("Schedule alert on CR-"), link: `/change-requests/${cr.id}` });
    expect(await db.outboundEmail.count({ where: { notification: { kind: "cr.alert" } } })).toBe(4);
    expect(await db.auditEvent.findFirstOrThrow({ where: { requestId: "req-alert" } })).toMatchObject({
      action: "changeRequests.raise_alert",
      entityId: alert.id,
    });

    await resolveAlert(ctx, { alertId: alert.id, resolution: "Vendor added staff; UAT back on schedule." });
    expect(await db.crAlert.findUniqueOrThrow({ where: { id: alert.id } })).toMatchObject({
      resolution: "Vendor added staff; UAT back on schedule.",
      resolvedAt: expect.any(Date),
    });
    expect(await db.notification.count({ where: { kind: "cr.alert_resolved" } })).toBe(4);
    await expect(resolveAlert(ctx, { alertId: alert.id, resolution: "again" })).rejects.toThrow("already resolved");
  });

  it("only the consortium's CPL raises them, and only about its own change requests", async () => {
    const arsCr = await makeCr(db, people.cpl, { consortium: "ARS" });
    const before = await db.crAlert.count();
    await expect(raiseAlert(await actor(db, people.arsCpl), { consortiumId: cases, kind: "COST", description: "Costs are up by a third." })).rejects.toThrow(
      ForbiddenError,
    );
    await expect(raiseAlert(await actor(db, people.member), { consortiumId: cases, kind: "COST", description: "Costs are up by a third." })).rejects.toThrow(
      ForbiddenError,
    );
    await expect(
      raiseAlert(await actor(db, people.cpl), { consortiumId: cases, kind: "COST", changeRequest: arsCr.number, description: "Costs are up by a third." }),
    ).rejects.toThrow("is not a CASES change request");
    await expect(
      raiseAlert(await actor(db, people.cpl), { consortiumId: cases, kind: "COST", changeRequest: 999_999, description: "Costs are up by a third." }),
    ).rejects.toThrow("There is no CR-999999");
    expect(await db.crAlert.count()).toBe(before);
  });
});

describe("the consortia a CPL's forms offer", () => {
  it("are the CPL's own; an administrator's are every one; others get none", async () => {
    const codes = async (userId: string) =>
      (await consortiaWhere((await actor(db, userId)).actor, changeRequestPermissions.manageAlerts)).map((consortium) => consortium.code);
    expect(await codes(people.cpl)).toEqual(["CASES"]);
    expect(await codes(people.arsCpl)).toEqual(["ARS"]);
    expect(await codes(people.member)).toEqual([]);
    expect(await codes(people.admin)).toEqual(["ARS", "CASES"]);
  });
});

describe("status reports", () => {
  it("are filed by the CPL and sent to the ESC members (not the TAB)", async () => {
    const report = await fileStatusReport(await actor(db, people.cpl), {
      consortiumId: cases,
      periodEnding: "2026-02-28",
      body: "Twelve open change requests; two overdue.",
    });
    expect(dayOfColumn(report.periodEnding)).toBe("2026-02-28");
    expect((await noticesFor("cr.status_report")).map((notice) => notice.userId).sort()).toEqual([people.chair, people.member, people.grantedMember].sort());
    await expect(
      fileStatusReport(await actor(db, people.arsCpl), { consortiumId: cases, periodEnding: "2026-02-28", body: "Not my consortium at all." }),
    ).rejects.toThrow(ForbiddenError);
  });
});

describe("escalations (CPL → TSD → DCSS Directorate)", () => {
  it("climb one level at a time, each step recorded, until resolved", async () => {
    const cpl = await actor(db, people.cpl);
    const chair = await actor(db, people.chair);
    const escalation = await raiseEscalation(cpl, {
      consortiumId: cases,
      title: "SDU file format dispute",
      description: "The SDU will not accept the new file layout.",
    });
    const step = async (ctx: typeof cpl, move: "escalate" | "resolve" | "note", note: string) => {
      const { version } = await db.escalation.findUniqueOrThrow({ where: { id: escalation.id } });
      return stepEscalation(ctx, { escalationId: escalation.id, version, move, note });
    };

    await expect(step(chair, "resolve", "I decide it.")).rejects.toThrow("only they can act on it");
    expect(await step(cpl, "escalate", "Could not agree with the SDU.")).toEqual({ level: "TSD_DEPUTY_DIRECTOR", resolved: false });
    expect((await noticesFor("cr.escalation.escalate")).map((notice) => notice.userId)).toEqual([people.chair]);
    await expect(step(cpl, "resolve", "Settled it myself.")).rejects.toThrow("only they can act on it");
    await step(cpl, "note", "The SDU sent its written position.");
    expect(await step(chair, "escalate", "Needs the Directorate.")).toEqual({ level: "DCSS_DIRECTORATE", resolved: false });
    // Issue 12, fidelity 9: the Directorate decides at the top, in its own role; TSD (the chair) only coordinates.
    expect((await noticesFor("cr.escalation.escalate")).map((notice) => notice.userId)).toContain(people.directorate);
    await expect(step(chair, "resolve", "I decide it for them.")).rejects.toThrow("only they can act on it");
    const directorate = await actor(db, people.directorate);
    await expect(step(directorate, "escalate", "Higher?")).rejects.toThrow("last level");
    expect(await step(directorate, "resolve", "Directorate: the SDU accepts the layout from July.")).toEqual({ level: "DCSS_DIRECTORATE", resolved: true });
    await expect(step(cpl, "note", "After the fact.")).rejects.toThrow("resolved");

    const stored = await db.escalation.findUniqueOrThrow({ where: { id: escalation.id }, include: { steps: { orderBy: { at: "asc" } } } });
    expect(stored).toMatchObject({ level: "DCSS_DIRECTORATE", resolution: "Directorate: the SDU accepts the layout from July.", resolvedAt: expect.any(Date) });
    expect(stored.steps.map((row) => [row.level, row.note])).toEqual([
      ["CPL", "Raised: The SDU will not accept the new file layout."],
      ["TSD_DEPUTY_DIRECTOR", "Could not agree with the SDU."],
      ["TSD_DEPUTY_DIRECTOR", "The SDU sent its written position."],
      ["DCSS_DIRECTORATE", "Needs the Directorate."],
      ["DCSS_DIRECTORATE", "Directorate: the SDU accepts the layout from July."],
    ]);
    // The resolution reaches the ESC (its chair included: the Directorate decided), the TAB and whoever raised it.
    expect((await noticesFor("cr.escalation.resolve")).map((notice) => notice.userId).sort()).toEqual(
      [people.cpl, people.chair, people.member, people.tab, people.grantedMember].sort(),
    );
  });

  it("refuse a step taken on a stale page, keeping the other person's step", async () => {
    const cpl = await actor(db, people.cpl);
    const escalation = await raiseEscalation(cpl, {
      consortiumId: cases,
      title: "Help desk staffing",
      description: "Not enough staff for the release weekend.",
    });
    await stepEscalation(cpl, { escalationId: escalation.id, version: 1, move: "note", note: "Asked the vendor." });
    await expect(stepEscalation(cpl, { escalationId: escalation.id, version: 1, move: "escalate", note: "Going up." })).rejects.toThrow(ConflictError);
    expect(await db.escalation.findUniqueOrThrow({ where: { id: escalation.id } })).toMatchObject({ level: "CPL", version: 2 });
    await expect(stepEscalation(await actor(db, people.arsCpl), { escalationId: escalation.id, version: 2, move: "note", note: "Not mine." })).rejects.toThrow(
      ForbiddenError,
    );
  });
});

describe("ranking the approved backlog", () => {
  it("the ESC chair orders it; a move on a stale order is refused and changes nothing", async () => {
    const made = [];
    for (const [state, benefits] of [
      ["IMPACT_ANALYSIS", ["PRODUCTIVITY"]],
      ["BUILD_AND_TEST", ["CERTIFICATION"]],
      ["UAT", ["PERFORMANCE"]],
    ] as const) {
      made.push(await makeCr(db, people.cpl, { consortium: "CASES", state, benefits: [...benefits] }));
    }
    // Not in the backlog: a draft, a defect, and another consortium's enhancement.
    await makeCr(db, people.cpl, { state: "DRAFT" });
    await makeCr(db, people.cpl, { state: "UAT", kind: "DEFECT" });
    await makeCr(db, people.cpl, { state: "UAT", consortium: "ARS" });

    const chair = await actor(db, people.chair);
    let backlog = await getBacklog(cases);
    expect(backlog.ranked).toEqual([]);
    expect(backlog.unranked.map((item) => item.id)).toEqual(made.map((cr) => cr.id));

    await expect(rankByCriteria(await actor(db, people.cpl), { consortiumId: cases, expectedOrder: backlog.order })).rejects.toThrow(ForbiddenError);
    await rankByCriteria(chair, { consortiumId: cases, expectedOrder: backlog.order });
    backlog = await getBacklog(cases);
    expect(backlog.ranked.map((item) => item.id)).toEqual([made[1]!.id, made[2]!.id, made[0]!.id]);

    const stale = backlog.order;
    await moveInRanking(chair, { consortiumId: cases, changeRequestId: made[0]!.id, move: "top", expectedOrder: stale });
    await expect(moveInRanking(chair, { consortiumId: cases, changeRequestId: made[2]!.id, move: "up", expectedOrder: stale })).rejects.toThrow(ConflictError);
    backlog = await getBacklog(cases);
    expect(backlog.ranked.map((item) => [item.id, item.priorityRank])).toEqual([
      [made[0]!.id, 1],
      [made[1]!.id, 2],
      [made[2]!.id, 3],
    ]);
    await moveInRanking(chair, { consortiumId: cases, changeRequestId: made[1]!.id, move: "remove", expectedOrder: backlog.order });
    expect((await getBacklog(cases)).unranked.map((item) => item.id)).toEqual([made[1]!.id]);
    expect(await db.auditEvent.count({ where: { action: { in: ["changeRequests.rank", "changeRequests.rank_by_criteria"] } } })).toBe(3);
  });

  it("two chairs moving at once: one move wins, the other is told", async () => {
    const backlog = await getBacklog(cases);
    const [chair, admin] = [await actor(db, people.chair), await actor(db, people.admin)];
    const results = await Promise.allSettled([
      moveInRanking(chair, { consortiumId: cases, changeRequestId: backlog.ranked[1]!.id, move: "up", expectedOrder: backlog.order }),
      moveInRanking(admin, { consortiumId: cases, changeRequestId: backlog.ranked[1]!.id, move: "up", expectedOrder: backlog.order }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({ reason: expect.any(ConflictError) });
    const after = await getBacklog(cases);
    expect(after.ranked.map((item) => item.id)).toEqual([backlog.ranked[1]!.id, backlog.ranked[0]!.id]);
    expect(orderToken(after.ranked.map((item) => item.id))).toBe(after.order);
  });
});

describe("CSV import", () => {
  const header = "External ref,Title,Consortium,Kind,State,Benefits,Reconsider on,Author email";
  const good = [
    `SR-100,Nightly arrears job,CASES,enhancement,Impact analysis,performance,,`,
    `SR-101,"Fix the ""hold"" flag",cases,defect,Build and test,,,`,
  ].join("\n");

  it("imports nothing unless every row is valid, and says what is wrong on each row", async () => {
    const cpl = await actor(db, people.cpl);
    const before = await db.changeRequest.count();
    const bad = `${header}\n${good}\nSR-102,,CASES,,,,,\nSR-103,Deferred idea,ARS,,Deferred,,2026-09-01,\nSR-104,Someone's,CASES,,,,,ghost@example.gov\n`;
    const preview = await previewCsv(cpl, bad);
    expect(preview.clean).toBe(false);
    expect(preview.rows.map((row) => [row.line, row.errors])).toEqual([
      [2, []],
      [3, []],
      [4, ["title is required"]],
      [5, ["you cannot import change requests for ARS"]],
      [6, ["author email ghost@example.gov is not an active user"]],
    ]);
    expect(await importCsv(cpl, bad)).toMatchObject({ imported: 0 });
    expect(await db.changeRequest.count()).toBe(before);
  });

  it("imports a valid file whole, keeping each external number; a second import is refused row by row", async () => {
    const cpl = await actor(db, people.cpl, "req-import");
    const result = await importCsv(cpl, `\uFEFF${header}\n${good}\n`);
    expect(result.imported).toBe(2);
    const imported = await db.changeRequest.findMany({ where: { externalRef: { in: ["SR-100", "SR-101"] } }, orderBy: { externalRef: "asc" } });
    expect(imported.map((cr) => [cr.externalRef, cr.title, cr.kind, cr.state, cr.authorId, cr.benefits])).toEqual([
      ["SR-100", "Nightly arrears job", "ENHANCEMENT", "IMPACT_ANALYSIS", people.cpl, ["PERFORMANCE"]],
      ["SR-101", 'Fix the "hold" flag', "DEFECT", "BUILD_AND_TEST", people.cpl, []],
    ]);
    const audit = await db.auditEvent.findMany({ where: { requestId: "req-import" }, orderBy: { id: "asc" } });
    expect(audit.map((event) => event.action)).toEqual(["changeRequests.import", "changeRequests.import", "changeRequests.import_file"]);
    expect(audit[0]).toMatchObject({ entityType: "ChangeRequest", entityId: imported[0]!.id });

    const again = await previewCsv(cpl, `${header}\n${good}\n`);
    expect(again.rows.map((row) => row.errors)).toEqual([
      [`external ref SR-100 was already imported as CR-${String(imported[0]!.number).padStart(4, "0")}`],
      [`external ref SR-101 was already imported as CR-${String(imported[1]!.number).padStart(4, "0")}`],
    ]);
  });

  it("the same file imported twice at once lands once", async () => {
    const cpl = await actor(db, people.cpl);
    const file = `${header}\nSR-200,Race one,CASES,,,,,\nSR-201,Race two,CASES,,,,,\n`;
    const results = await Promise.allSettled([importCsv(cpl, file), importCsv(cpl, file)]);
    const imported = results.map((result) => (result.status === "fulfilled" ? result.value.imported : 0));
    expect(imported.sort()).toEqual([0, 2]);
    expect(await db.changeRequest.count({ where: { externalRef: { in: ["SR-200", "SR-201"] } } })).toBe(2);
  });

  it("refuses people who are not a CPL, and files that are not the template", async () => {
    await expect(previewCsv(await actor(db, people.member), `${header}\n`)).rejects.toThrow(ForbiddenError);
    const preview = await previewCsv(await actor(db, people.cpl), "name,colour\nx,red\n");
    expect(preview.fileErrors).toEqual([
      expect.stringContaining("Unknown columns: name, colour."),
      "Missing required columns: external_ref, title, consortium.",
    ]);
    const ragged = await previewCsv(await actor(db, people.cpl), `${header}\nSR-300,Too few,CASES\n`);
    expect(ragged.rows[0]!.errors).toEqual(["the row has fewer cells than the header"]);
  });
});

// Issue 12, fidelity 9: the CTM's and the M&O Contract Manager's duties of Governance plan
// 5.1.2 and 5.1.3, as reports they file and the ESC sees.
describe("staff reports", () => {
  it("are filed by the role whose duty they are, reach the ESC members, and are refused to anyone else", async () => {
    const ctm = await makeUser(db, { roles: [{ role: "CONSORTIUM_TECHNICAL_MANAGER", scope: { type: "CONSORTIUM", consortiumId: cases } }] });
    const contract = await makeUser(db, { roles: [{ role: "MO_CONTRACT_MANAGER", scope: { type: "CONSORTIUM", consortiumId: cases } }] });
    const risk = {
      consortiumId: cases,
      kind: "EARLY_RISK" as const,
      title: "CR-0012 touches the SDU interface",
      body: "The SDU file layout changes; tell the CCB early.",
    };

    await expect(fileStaffReport(await actor(db, contract.id), risk)).rejects.toThrow(ForbiddenError);
    await expect(fileStaffReport(await actor(db, ctm.id), { ...risk, consortiumId: ars })).rejects.toThrow(ForbiddenError);
    await expect(
      fileStaffReport(await actor(db, ctm.id), {
        consortiumId: cases,
        kind: "CONTRACT_DELIVERABLE",
        title: "Deliverable 7 accepted",
        body: "Reviewed and approved the deliverable.",
      }),
    ).rejects.toThrow(ForbiddenError);

    const filed = await fileStaffReport(await actor(db, ctm.id), risk);
    await fileStaffReport(await actor(db, contract.id), {
      consortiumId: cases,
      kind: "CRITICAL_SR_STATUS",
      title: "Critical SRs, November",
      body: "Three critical SRs in development; one late by a week.",
    });

    const listed = await listStaffReports();
    expect(listed.filter((report) => report.consortium.code === "CASES").map((report) => report.kind)).toEqual(
      expect.arrayContaining(["EARLY_RISK", "CRITICAL_SR_STATUS"]),
    );
    const told = await db.notification.findMany({
      where: { kind: "cr.staff_report", link: `/dashboard/staff-reports#report-${filed.id}` },
      select: { userId: true },
    });
    expect(told.map((notice) => notice.userId)).toEqual(expect.arrayContaining([people.member, people.chair]));
    expect(await db.auditEvent.count({ where: { entityId: filed.id, action: "changeRequests.file_staff_report" } })).toBe(1);
  });
});
