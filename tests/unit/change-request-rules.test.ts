import { describe, expect, it } from "vitest";
import { executiveOverview, formatEstimate, overviewNarrative } from "@/domain/change-requests/executive-overview";
import { defaultReconsiderOn, gateVoteDeadline, reconsiderDateProblem } from "@/domain/change-requests/gate-vote";
import { crNumber, gateQuestion } from "@/domain/change-requests/labels";
import { nextStep } from "@/domain/change-requests/next-step";
import { emptyReadiness } from "@/domain/change-requests/readiness";
import { teamProblems, type TeamPick } from "@/domain/change-requests/teams";
import { isWorkingDay } from "@/domain/calendar/working-days";

const pick = (name: string, lcsa: string | null, category: number | null, consortiumId: string | null = "cases"): TeamPick => ({
  userId: `user-${name}`,
  userName: name,
  lcsaId: lcsa ? `lcsa-${lcsa}` : null,
  lcsaName: lcsa,
  caseloadCategory: category,
  consortiumId: lcsa ? consortiumId : null,
});
const cases = { id: "cases", categories: [1, 2, 3] };

describe("teams", () => {
  const spanning = [pick("Ana", "Colusa", 1), pick("Ben", "Madera", 2), pick("Cy", "Humboldt", 3)];

  it("an impact analysis team with one representative per LCSA spanning every category is accepted", () => {
    expect(teamProblems("IMPACT_ANALYSIS", spanning, cases)).toEqual([]);
  });

  it("refuses a team that misses a caseload category, saying which", () => {
    expect(teamProblems("IMPACT_ANALYSIS", spanning.slice(0, 1), cases)).toEqual([
      "The team must represent the consortium's caseload stratification: no one represents caseload category 2 or 3.",
    ]);
  });

  it("refuses two representatives of one LCSA, someone twice, someone without an LCSA, and the other consortium", () => {
    const problems = teamProblems(
      "IMPACT_ANALYSIS",
      [...spanning, pick("Dee", "Colusa", 1), spanning[0]!, pick("Eve", null, null), pick("Flo", "Orange", 6, "ars")],
      cases,
    );
    expect(problems).toEqual([
      "Ana is chosen more than once; each person sits on the team once.",
      "Eve does not represent an LCSA; the team has one representative per LCSA.",
      "Flo represents an LCSA of the other consortium.",
      "One representative per LCSA: Colusa is represented by Ana, Dee and Ana.",
    ]);
  });

  it("UAT testers come from LCSAs, several from one LCSA allowed; the JAD team is free", () => {
    expect(teamProblems("UAT", [pick("Ana", "Colusa", 1), pick("Dee", "Colusa", 1)], cases)).toEqual([]);
    expect(teamProblems("UAT", [pick("Eve", null, null)], cases)).toEqual(["Eve does not represent an LCSA; UAT testers come from LCSAs."]);
    expect(teamProblems("JAD", [pick("Eve", null, null)], cases)).toEqual([]);
    expect(teamProblems("JAD", [], cases)).toEqual(["Choose at least one person for the JAD team."]);
  });
});

describe("gate vote timing", () => {
  const now = new Date("2026-11-02T17:00:00Z");
  it("stays open until the day after the next meeting, or two weeks without one", () => {
    expect(gateVoteDeadline(now, new Date("2026-11-10T17:00:00Z"))).toEqual(new Date("2026-11-11T17:00:00Z"));
    expect(gateVoteDeadline(now, null)).toEqual(new Date("2026-11-16T17:00:00Z"));
    expect(gateVoteDeadline(now, new Date("2026-11-01T17:00:00Z"))).toEqual(new Date("2026-11-16T17:00:00Z"));
  });

  it("a deferral without a date comes back on a working day about a quarter later", () => {
    const day = defaultReconsiderOn("2026-11-02");
    expect(day >= "2027-01-31").toBe(true);
    expect(day <= "2027-02-05").toBe(true);
    expect(isWorkingDay(day)).toBe(true);
    expect(reconsiderDateProblem("2026-11-02", "2026-11-02")).toBe("Choose a day after today to reconsider it.");
    expect(reconsiderDateProblem("2026-11-03", "2026-11-02")).toBeNull();
  });

  it("numbers and questions read as people say them", () => {
    expect(crNumber(42)).toBe("CR-0042");
    expect(gateQuestion("JAD", { number: 7, title: "Notices", recommendation: "defer" })).toBe(
      "CR-0007 “Notices”: the JAD team recommends to defer. Approve, withdraw or defer?",
    );
  });
});

describe("the Executive Overview", () => {
  it("plan 3.1.4: sets the impact analysis scope and approach beside the revised ones", () => {
    expect(overviewNarrative({ scope: "Nightly notices", approach: "A batch job" }, { scope: "Open cases only", approach: "Extend the batch" })).toEqual([
      { label: "Scope", impactAnalysis: "Nightly notices", revised: "Open cases only" },
      { label: "Approach", impactAnalysis: "A batch job", revised: "Extend the batch" },
    ]);
    expect(overviewNarrative({ scope: "Nightly notices", approach: "" }, null)).toEqual([
      { label: "Scope", impactAnalysis: "Nightly notices", revised: null },
      { label: "Approach", impactAnalysis: null, revised: null },
    ]);
  });

  it("shows each estimate beside its revision, with the difference", () => {
    const rows = executiveOverview({ effortHours: 400, elapsedWeeks: 10, cost: 60_000 }, { effortHours: 450, elapsedWeeks: 10, cost: 54_000 });
    expect(rows.map((row) => [row.label, row.difference, row.percent])).toEqual([
      ["Effort", 50, 13],
      ["Elapsed time", 0, 0],
      ["Cost", -6000, -10],
    ]);
    expect(formatEstimate(50, "hours", true)).toBe("+50 hours");
    expect(formatEstimate(-6000, "dollars", true)).toBe("−$6,000");
  });

  it("leaves the difference empty while an estimate is missing", () => {
    expect(executiveOverview(null, { effortHours: 1, elapsedWeeks: null, cost: null })[0]).toMatchObject({
      impactAnalysis: null,
      revised: 1,
      difference: null,
      percent: null,
    });
  });
});

describe("what happens next", () => {
  const view = { kind: "ENHANCEMENT" as const, deferredFrom: null, reconsiderOn: null, voteOpen: false, readiness: emptyReadiness({ title: "t" }) };

  it("a draft waits on its author and lists what is missing", () => {
    expect(nextStep({ ...view, state: "DRAFT" })).toMatchObject({ waitingOn: "the author", stillNeeded: expect.arrayContaining(["the expected benefit"]) });
  });

  it("a gate waits on the voters while its vote is open, and on the chair when it is not", () => {
    expect(nextStep({ ...view, state: "SUBMITTED", voteOpen: true }).waitingOn).toBe("the ESC's voting members, then the ESC chair to close the vote");
    expect(nextStep({ ...view, state: "SUBMITTED" }).waitingOn).toBe("the ESC chair");
    expect(nextStep({ ...view, state: "CCB_REVIEW", voteOpen: true }).summary).toContain("approve, reject or defer");
  });

  it("impact analysis waits on the chair until the team is named", () => {
    expect(nextStep({ ...view, state: "IMPACT_ANALYSIS" }).waitingOn).toBe("the ESC chair");
    expect(nextStep({ ...view, state: "IMPACT_ANALYSIS", readiness: { ...view.readiness, impactTeamSize: 3 } }).waitingOn).toBe(
      "the impact analysis team and the CPL",
    );
  });

  it("an emergency fix in release lists the missing back-brief", () => {
    expect(nextStep({ ...view, kind: "EMERGENCY_FIX", state: "RELEASE" }).stillNeeded).toContain(
      "the ESC has not been back-briefed on this emergency fix or defect at a meeting",
    );
  });

  it("a deferred one says when it comes back, and where to", () => {
    expect(nextStep({ ...view, state: "DEFERRED", deferredFrom: "PACKAGE_VOTE", reconsiderOn: "2027-02-01" }).summary).toBe(
      "Deferred until 2027-02-01. It then comes back for the ESC vote on the impact analysis package; the ESC chair or the CPL may bring it back earlier.",
    );
  });
});

describe("the JAD team, in the plan's words", () => {
  it('plan 1.5 and 2.6: JAD is "Joint Application Development", wherever the role is described', async () => {
    const { ROLE_DEFINITIONS } = await import("@/domain/identity/roles");
    expect(ROLE_DEFINITIONS.JAD_MEMBER.description).toBe("Joint Application Development team member.");
    const { readdir, readFile } = await import("node:fs/promises");
    const files = (await readdir("src", { recursive: true })).filter((file) => /\.(ts|tsx)$/.test(file));
    const misnamed = [];
    for (const file of files) if ((await readFile(`src/${file}`, "utf8")).includes("Joint Application Design")) misnamed.push(file);
    expect(misnamed).toEqual([]);
  });
});
