import { beforeAll, describe, expect, it } from "vitest";
import { californiaDay } from "@/domain/calendar/california-day";
import { CR_STATES } from "@/domain/change-requests/lifecycle";
import { parseListFilter, PAGE_SIZE } from "@/domain/change-requests/list-filter";
import { AGING_BUCKETS, agingBucket, daysBetween, OPEN_STATES, overdueReasons, WAITING_ON } from "@/domain/change-requests/queue";
import { db } from "@/lib/db/client";
import { dashboard } from "@/server/change-requests/dashboard";
import { changeRequestsForHome } from "@/server/change-requests/home";
import { exportChangeRequests, listChangeRequests } from "@/server/change-requests/list-query";
import type { CurrentUser } from "@/lib/context";
import { actor, makeAdmin } from "../support/identity.ts";
import { consortiumId, makeCr } from "../support/cr-rows.ts";

/**
 * The list and the dashboard over a spread of change requests: every filter, sort and page
 * of the list against the rows themselves, and every dashboard figure against the same
 * rules applied in TypeScript (src/domain/change-requests/queue.ts) to every row.
 */
const now = new Date("2026-03-10T20:00:00Z");
const today = californiaDay(now);
let authorId: string;
/** The author of every row: their drafts are theirs to see (visibility.ts), so the list shows them every row. */
let viewer: CurrentUser;

beforeAll(async () => {
  const admin = await makeAdmin(db, { name: "Ana Author" });
  authorId = admin.id;
  viewer = (await actor(db, authorId)).actor;
  // 2 of each state in CASES, 1 in ARS, at varied ages; some deferred past their date.
  let i = 0;
  for (const state of CR_STATES) {
    for (const consortium of ["CASES", "CASES", "ARS"] as const) {
      i += 1;
      await makeCr(db, authorId, {
        consortium,
        state,
        kind: i % 5 === 0 ? "DEFECT" : "ENHANCEMENT",
        title: `${state.toLowerCase()} change ${i}`,
        scope: i % 7 === 0 ? "touches the arrears ledger" : "",
        daysInState: (i * 13) % 200,
        reconsiderOn: state === "DEFERRED" ? new Date(today.getTime() + (i % 2 ? -5 : 5) * 86_400_000) : null,
        now,
      });
    }
  }
  // A gate vote still open after its deadline, and one still running.
  const admins = await actor(db, authorId);
  const committee = await db.committee.findUniqueOrThrow({ where: { code: "CASES-ESC" } });
  const [late, running] = await db.changeRequest.findMany({
    where: { state: "SUBMITTED", consortiumId: await consortiumId(db, "CASES") },
    orderBy: { number: "asc" },
  });
  for (const [cr, deadline] of [
    [late!, new Date(now.getTime() - 3_600_000)],
    [running!, new Date(now.getTime() + 3_600_000)],
  ] as const) {
    const motion = await db.motion.create({
      data: {
        committeeId: committee.id,
        question: `Approve ${cr.title}?`,
        options: ["approve", "veto", "defer"],
        deadline,
        quorumRule: "MAJORITY_OF_VOTING_SEATS",
        majorityRule: "MAJORITY_OF_VOTES_CAST",
        openedById: admins.actor.id,
        subjectType: "CHANGE_REQUEST_GATE",
        subjectId: cr.id,
      },
    });
    await db.crGateMotion.create({ data: { motionId: motion.id, changeRequestId: cr.id, gate: "CONCEPT" } });
  }
});

async function everyRow() {
  const rows = await db.changeRequest.findMany({
    select: {
      id: true,
      number: true,
      title: true,
      scope: true,
      kind: true,
      state: true,
      stateChangedAt: true,
      reconsiderOn: true,
      updatedAt: true,
      consortium: { select: { code: true } },
      gateMotions: { select: { motion: { select: { status: true, deadline: true } } } },
    },
  });
  return rows.map((row) => {
    const open = row.gateMotions.find((gate) => gate.motion.status === "OPEN");
    return {
      ...row,
      reasons: overdueReasons(
        { state: row.state, stateChangedAt: row.stateChangedAt, reconsiderOn: row.reconsiderOn, openVoteDeadline: open?.motion.deadline ?? null },
        now,
        today,
      ),
    };
  });
}

describe("the change request list", () => {
  it("filters by state, consortium, kind, whom it waits on and overdue, exactly as the rows say", async () => {
    const rows = await everyRow();
    const cases: [Record<string, string>, (row: (typeof rows)[number]) => boolean][] = [
      [{ state: "UAT" }, (row) => row.state === "UAT"],
      [{ state: "open" }, (row) => OPEN_STATES.includes(row.state)],
      [{ state: "finished" }, (row) => !OPEN_STATES.includes(row.state)],
      [{ consortium: "ARS" }, (row) => row.consortium.code === "ARS"],
      [{ kind: "DEFECT", consortium: "CASES" }, (row) => row.kind === "DEFECT" && row.consortium.code === "CASES"],
      [{ waiting: "ESC" }, (row) => WAITING_ON[row.state] === "ESC"],
      [{ overdue: "yes" }, (row) => row.reasons.length > 0],
      [{ q: "ARREARS" }, (row) => /arrears/i.test(row.scope) || /arrears/i.test(row.title)],
    ];
    for (const [params, matches] of cases) {
      const expected = rows
        .filter(matches)
        .map((row) => row.number)
        .sort((a, b) => a - b);
      const { rows: listed, total } = await listChangeRequests(viewer, parseListFilter({ ...params, sort: "number", dir: "asc" }), now);
      expect(
        listed.map((row) => row.number),
        JSON.stringify(params),
      ).toEqual(expected.slice(0, PAGE_SIZE));
      expect(total, JSON.stringify(params)).toBe(expected.length);
    }
    expect(rows.filter((row) => row.reasons.includes("VOTE_PAST_DEADLINE"))).toHaveLength(1);
    expect(rows.filter((row) => row.reasons.includes("RECONSIDER_DATE_PASSED")).length).toBeGreaterThan(0);
  });

  it("finds a change request by its number, as CR-0042 or 42", async () => {
    const [some] = await db.changeRequest.findMany({ orderBy: { number: "desc" }, take: 1 });
    for (const q of [`CR-${String(some!.number).padStart(4, "0")}`, String(some!.number)]) {
      const { rows } = await listChangeRequests(viewer, parseListFilter({ q }), now);
      expect(rows.map((row) => row.number)).toContain(some!.number);
    }
  });

  it("sorts by every column both ways and pages without overlap or gaps", async () => {
    const rows = await everyRow();
    const byNumber = rows.map((row) => row.number).sort((a, b) => a - b);
    const first = await listChangeRequests(viewer, parseListFilter({ sort: "number", dir: "asc" }), now);
    expect(first.pages).toBe(Math.ceil(rows.length / PAGE_SIZE));
    const pages = [first];
    for (let page = 2; page <= first.pages; page += 1)
      pages.push(await listChangeRequests(viewer, parseListFilter({ sort: "number", dir: "asc", page: String(page) }), now));
    expect(pages.flatMap((listed) => listed.rows).map((row) => row.number)).toEqual(byNumber);
    const past = await listChangeRequests(viewer, parseListFilter({ page: "99" }), now);
    expect(past.rows).toEqual([]);
    expect(past.total).toBe(rows.length);

    const all = await exportChangeRequests(viewer, parseListFilter({ sort: "age", dir: "desc" }), now);
    const ages = all.map((row) => row.daysInState);
    expect(ages).toEqual([...ages].sort((a, b) => b - a));
    expect(ages[0]).toBe(Math.max(...rows.map((row) => daysBetween(row.stateChangedAt, now))));
    const titles = (await exportChangeRequests(viewer, parseListFilter({ sort: "title", dir: "desc" }), now)).map((row) => row.title.toLowerCase());
    expect(titles).toEqual([...titles].sort().reverse());
    const steps = (await exportChangeRequests(viewer, parseListFilter({ sort: "state" }), now)).map((row) => CR_STATES.indexOf(row.state));
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    const updated = (await exportChangeRequests(viewer, parseListFilter({ sort: "updated", dir: "asc" }), now)).map((row) => row.updatedAt.getTime());
    expect(updated).toEqual([...updated].sort((a, b) => a - b));
  });

  it("says whom each waits on and whether it is overdue, row by row", async () => {
    const rows = new Map((await everyRow()).map((row) => [row.number, row]));
    for (const listed of await exportChangeRequests(viewer, parseListFilter({}), now)) {
      const row = rows.get(listed.number)!;
      expect(listed.waitingOn).toBe(WAITING_ON[row.state]);
      expect(listed.overdue, `${listed.number} ${row.state}`).toBe(row.reasons.length > 0);
      expect(listed.daysInState).toBe(daysBetween(row.stateChangedAt, now));
    }
  });
});

/** The dashboard follows submitted change requests: drafts are their authors' and the CPL's (issue 12, item 9). */
const submittedRows = async () => (await everyRow()).filter((row) => row.state !== "DRAFT");

describe("the CPL's dashboard", () => {
  it("counts by state and consortium equal the rows, and each party holds what its states hold", async () => {
    const rows = await submittedRows();
    const figures = await dashboard({ consortiumId: null }, now);
    expect(figures.total).toBe(rows.length);
    expect(figures.open).toBe(rows.filter((row) => OPEN_STATES.includes(row.state)).length);
    for (const { state, byConsortium, total } of figures.byState) {
      expect(total).toBe(rows.filter((row) => row.state === state).length);
      for (const [code, count] of Object.entries(byConsortium))
        expect(count).toBe(rows.filter((row) => row.state === state && row.consortium.code === code).length);
    }
    for (const { party, count } of figures.waitingOn) expect(count).toBe(rows.filter((row) => WAITING_ON[row.state] === party).length);
  });

  it("ages open change requests into buckets and flags overdue ones by reason, as the rules say", async () => {
    const rows = await submittedRows();
    const figures = await dashboard({ consortiumId: null }, now);
    for (const { state, buckets, averageDays } of figures.aging) {
      const mine = rows.filter((row) => row.state === state).map((row) => daysBetween(row.stateChangedAt, now));
      expect(buckets).toEqual(AGING_BUCKETS.map((_, index) => mine.filter((days) => agingBucket(days) === index).length));
      expect(averageDays).toBe(Math.round(mine.reduce((sum, days) => sum + days, 0) / mine.length));
    }
    const overdue = rows.filter((row) => row.reasons.length > 0);
    expect(figures.overdue.total).toBe(overdue.length);
    expect(figures.overdue.tooLong).toBe(rows.filter((row) => row.reasons.includes("STATE_TOO_LONG")).length);
    expect(figures.overdue.vote).toBe(1);
    expect(figures.overdue.reconsider).toBe(rows.filter((row) => row.reasons.includes("RECONSIDER_DATE_PASSED")).length);
    expect(figures.overdue.items.length).toBe(Math.min(10, overdue.length));
    for (const item of figures.overdue.items) {
      const row = overdue.find((candidate) => candidate.id === item.id)!;
      expect(item.reasons).toEqual(row.reasons);
      expect(item.stateChangedAt).toEqual(row.stateChangedAt);
    }
  });

  it("narrows to one consortium", async () => {
    const rows = await submittedRows();
    const figures = await dashboard({ consortiumId: await consortiumId(db, "ARS") }, now);
    expect(figures.total).toBe(rows.filter((row) => row.consortium.code === "ARS").length);
    expect(figures.consortia).toEqual(["ARS"]);
  });

  it("lists gate decisions of the last 30 days (a decision moves its change request), newest first", async () => {
    const closed = await db.crGateMotion.findFirstOrThrow({ include: { motion: true, changeRequest: true } });
    const before = await dashboard({ consortiumId: null }, now);
    await db.motion.update({
      where: { id: closed.motionId },
      data: {
        status: "CLOSED",
        closedAt: new Date(now.getTime() - 86_400_000),
        result: { explanation: "Passed: 5 of 6 votes cast approve; quorum of 4 met." },
      },
    });
    // Closed without moving the change request (no quorum, say): not a decision.
    expect((await dashboard({ consortiumId: null }, now)).decisions).toEqual(before.decisions);
    await db.changeRequest.update({ where: { id: closed.changeRequestId }, data: { stateChangedAt: new Date(now.getTime() - 86_400_000) } });
    const figures = await dashboard({ consortiumId: null }, now);
    expect(figures.decisions).toEqual([
      expect.objectContaining({
        motionId: closed.motionId,
        gate: "CONCEPT",
        closedAt: new Date(now.getTime() - 86_400_000),
        explanation: "Passed: 5 of 6 votes cast approve; quorum of 4 met.",
      }),
    ]);
    expect(figures.decisionsTotal).toBe(1);
    await db.motion.update({ where: { id: closed.motionId }, data: { status: "OPEN", closedAt: null, result: undefined } });
    await db.changeRequest.update({ where: { id: closed.changeRequestId }, data: { stateChangedAt: closed.changeRequest.stateChangedAt } });
  });

  it("gives the home page's card the list's own counts of open and overdue, and the author's latest in progress", async () => {
    // The home page reads the dashboard's snapshot, which is always as of the present; like the
    // dashboard, it counts no draft, as the list shows someone who is not their author.
    const home = await changeRequestsForHome(authorId, { counts: true });
    const someoneElse = (await actor(db, (await makeAdmin(db)).id)).actor;
    expect(home.counts).toEqual({
      open: (await listChangeRequests(someoneElse, parseListFilter({ state: "open" }))).total,
      overdue: (await listChangeRequests(someoneElse, parseListFilter({ overdue: "yes" }))).total,
    });
    expect(home.counts!.overdue).toBeGreaterThan(0);
    expect(home.mine).toHaveLength(5);
    const mine = await db.changeRequest.findMany({ where: { id: { in: home.mine.map((cr) => cr.id) } }, select: { authorId: true, state: true } });
    expect(mine.every((cr) => cr.authorId === authorId && OPEN_STATES.includes(cr.state))).toBe(true);
    expect(await changeRequestsForHome(authorId, { counts: false })).toMatchObject({ counts: null, mine: home.mine });
    expect(await changeRequestsForHome((await makeAdmin(db)).id, { counts: false })).toEqual({ counts: null, mine: [] });
  });
});
