import { describe, expect, it } from "vitest";
import { escalationCapacitiesOf } from "@/domain/change-requests/escalation";
import type { Grant } from "@/lib/permissions";
import { ESCALATION_LEVELS, escalationMove, type EscalationCapacity, type EscalationLevel, type EscalationMove } from "@/domain/change-requests/escalation";
import { checkImport, columnOf, IMPORT_COLUMNS, importIsClean, NOT_IMPORTABLE } from "@/domain/change-requests/import-row";
import { applyRankMove, BACKLOG_STATES, backlogOrder, criteriaMet, suggestedOrder } from "@/domain/change-requests/ranking";

describe("escalation ladder (Governance plan 5.1.1)", () => {
  const at = (level: EscalationLevel, resolved = false) => ({ level, resolved });
  const capacities: EscalationCapacity[][] = [["CPL"], ["TSD"], ["DIRECTORATE"], ["ADMINISTRATOR"], []];
  const expected: Record<EscalationLevel, Record<EscalationMove, readonly EscalationCapacity[]>> = {
    CPL: { escalate: ["CPL", "ADMINISTRATOR"], resolve: ["CPL", "ADMINISTRATOR"], note: ["CPL", "ADMINISTRATOR"] },
    TSD_DEPUTY_DIRECTOR: { escalate: ["TSD", "ADMINISTRATOR"], resolve: ["TSD", "ADMINISTRATOR"], note: ["CPL", "TSD", "ADMINISTRATOR"] },
    // Issue 12, fidelity 9: the Directorate and the CCSAS Project Leader decide at the top; TSD coordinates (notes).
    DCSS_DIRECTORATE: { escalate: [], resolve: ["DIRECTORATE", "ADMINISTRATOR"], note: ["CPL", "TSD", "DIRECTORATE", "ADMINISTRATOR"] },
  };

  for (const level of ESCALATION_LEVELS) {
    for (const move of ["escalate", "resolve", "note"] as const) {
      it(`at ${level}, ${move} is for ${expected[level][move].join(", ") || "nobody"}`, () => {
        for (const who of capacities) {
          const result = escalationMove(at(level), move, who);
          expect(result.ok, `${who.join("+") || "no capacity"}`).toBe(who.some((capacity) => expected[level][move].includes(capacity)));
        }
      });
    }
  }

  it("climbs one level at a time, and resolving keeps the level", () => {
    expect(escalationMove(at("CPL"), "escalate", ["CPL"])).toEqual({ ok: true, level: "TSD_DEPUTY_DIRECTOR", resolves: false });
    expect(escalationMove(at("TSD_DEPUTY_DIRECTOR"), "escalate", ["TSD"])).toEqual({ ok: true, level: "DCSS_DIRECTORATE", resolves: false });
    expect(escalationMove(at("TSD_DEPUTY_DIRECTOR"), "resolve", ["TSD"])).toEqual({ ok: true, level: "TSD_DEPUTY_DIRECTOR", resolves: true });
    expect(escalationMove(at("DCSS_DIRECTORATE"), "escalate", ["ADMINISTRATOR"])).toMatchObject({ ok: false, reason: expect.stringContaining("last level") });
  });

  it("refuses everything once resolved", () => {
    for (const move of ["escalate", "resolve", "note"] as const) {
      expect(escalationMove(at("CPL", true), move, ["ADMINISTRATOR"])).toMatchObject({ ok: false, reason: expect.stringContaining("resolved") });
    }
  });
});

describe("ranking the backlog (Governance plan 3)", () => {
  const ids = ["a", "b", "c"];

  it("moves one place, to either end, in and out", () => {
    expect(applyRankMove(ids, "b", "up")).toEqual({ ok: true, ranked: ["b", "a", "c"] });
    expect(applyRankMove(ids, "b", "down")).toEqual({ ok: true, ranked: ["a", "c", "b"] });
    expect(applyRankMove(ids, "c", "top")).toEqual({ ok: true, ranked: ["c", "a", "b"] });
    expect(applyRankMove(ids, "a", "bottom")).toEqual({ ok: true, ranked: ["b", "c", "a"] });
    expect(applyRankMove(ids, "d", "add")).toEqual({ ok: true, ranked: ["a", "b", "c", "d"] });
    expect(applyRankMove(ids, "b", "remove")).toEqual({ ok: true, ranked: ["a", "c"] });
  });

  it("refuses moves past the ends and moves of what is not there", () => {
    expect(applyRankMove(ids, "a", "up")).toMatchObject({ ok: false, reason: "It is already first." });
    expect(applyRankMove(ids, "c", "down")).toMatchObject({ ok: false, reason: "It is already last." });
    expect(applyRankMove(ids, "a", "add")).toMatchObject({ ok: false });
    expect(applyRankMove(ids, "z", "up")).toMatchObject({ ok: false, reason: "It is not in the ranking; add it first." });
  });

  it("the backlog is every step from impact analysis to release", () => {
    expect(BACKLOG_STATES).toEqual([
      "IMPACT_ANALYSIS",
      "PACKAGE_VOTE",
      "CCB_REVIEW",
      "ESC_AUTHORIZATION",
      "SUBCOMPONENT_REVIEW",
      "JAD_DESIGN",
      "JAD_VOTE",
      "BUILD_AND_TEST",
      "UAT",
      "RELEASE",
    ]);
  });

  it("reads the three criteria from the initiation form's benefits", () => {
    expect(criteriaMet(["CCSAS"])).toEqual(["CERTIFICATION_CCSAS"]);
    expect(criteriaMet(["PRODUCTIVITY", "CERTIFICATION"])).toEqual(["CERTIFICATION_CCSAS", "WORKER_PRODUCTIVITY"]);
    expect(criteriaMet([])).toEqual([]);
  });

  it("orders ranked by rank, then the unranked oldest first; suggests certification first", () => {
    const items = [
      { id: "p", number: 5, priorityRank: null, benefits: ["PRODUCTIVITY"] },
      { id: "c", number: 9, priorityRank: 2, benefits: ["CERTIFICATION"] },
      { id: "f", number: 3, priorityRank: 1, benefits: ["PERFORMANCE"] },
      { id: "n", number: 1, priorityRank: null, benefits: [] },
    ];
    const order = backlogOrder(items);
    expect(order.ranked.map((item) => item.id)).toEqual(["f", "c"]);
    expect(order.unranked.map((item) => item.id)).toEqual(["n", "p"]);
    expect(suggestedOrder(items).map((item) => item.id)).toEqual(["c", "f", "p", "n"]);
  });
});

describe("CSV import rows", () => {
  const headers = ["external_ref", "title", "consortium", "kind", "state", "benefits", "level_of_effort", "reconsider_on", "author_email"];
  const row = (values: Partial<Record<string, string>>) => ({
    external_ref: "SR-1",
    title: "Arrears notices",
    consortium: "cases",
    kind: "",
    state: "",
    benefits: "",
    level_of_effort: "",
    reconsider_on: "",
    author_email: "",
    ...values,
  });

  it("accepts a minimal row with defaults, and labels as well as codes", () => {
    const file = checkImport(headers, [
      row({}),
      row({ external_ref: "SR-2", kind: "Emergency fix", state: "Build and test", benefits: "performance; CCSAS", level_of_effort: "High" }),
      // The kind as the list and its CSV export name it.
      row({ external_ref: "SR-3", kind: "Application defect" }),
    ]);
    expect(importIsClean(file)).toBe(true);
    expect(file.rows[0]!.row).toMatchObject({ external_ref: "SR-1", consortium: "CASES", kind: undefined, state: undefined });
    expect(file.rows[1]!.row).toMatchObject({ kind: "EMERGENCY_FIX", state: "BUILD_AND_TEST", benefits: ["PERFORMANCE", "CCSAS"], level_of_effort: "HIGH" });
    expect(file.rows[2]!.row).toMatchObject({ kind: "DEFECT" });
  });

  it("gives every row its own errors with its line number", () => {
    const file = checkImport(headers, [
      row({ title: "" }),
      row({ external_ref: "SR-2", state: "Submitted: ESC concept vote" }),
      row({ external_ref: "SR-3", state: "Deferred" }),
      row({ external_ref: "SR-4", benefits: "speed", level_of_effort: "huge", author_email: "nobody" }),
      row({ external_ref: "SR-4", reconsider_on: "2026-02-30", state: "DEFERRED" }),
    ]);
    expect(importIsClean(file)).toBe(false);
    expect(file.rows.map((checked) => [checked.line, checked.errors])).toEqual([
      [2, ["title is required"]],
      [3, [expect.stringContaining("is a vote; import it at the step before")]],
      [4, ["reconsider on is required for a deferred request"]],
      [
        5,
        [
          expect.stringContaining('"speed" is not a benefit'),
          expect.stringContaining('"huge" is not a level of effort'),
          "author email is not an email address",
        ],
      ],
      [6, ["reconsider on is not a real date", "external ref SR-4 is also on line 5"]],
    ]);
    expect(file.rows.every((checked) => checked.row === null)).toBe(true);
  });

  it("refuses a file without the required columns, with unknown ones, or empty", () => {
    expect(checkImport(["title", "colour"], [{ title: "x", colour: "red" }]).fileErrors).toEqual([
      expect.stringContaining("Unknown column: colour."),
      "Missing required columns: external_ref, consortium.",
    ]);
    expect(checkImport(headers, []).fileErrors).toEqual(["The file has no rows under its header."]);
  });

  it("reads headers as people write them; no vote step is importable", () => {
    expect(columnOf("External Ref")).toBe("external_ref");
    expect(columnOf("level-of-effort")).toBe("level_of_effort");
    expect(columnOf("colour")).toBeNull();
    expect(IMPORT_COLUMNS).toContain("state");
    expect(NOT_IMPORTABLE).toEqual(["SUBMITTED", "PACKAGE_VOTE", "CCB_REVIEW", "ESC_AUTHORIZATION", "JAD_VOTE"]);
  });
});

describe("who works a consortium's escalated issues", () => {
  const cases = "cases-1";
  const esc = "esc-cases";
  const person = (...grants: Grant[]) => ({ id: "someone", grants });
  it.each([
    ["the consortium's CPL", person({ role: "CONSORTIUM_PROJECT_LEADER", scope: { type: "CONSORTIUM", consortiumId: cases } }), ["CPL"]],
    ["another consortium's CPL", person({ role: "CONSORTIUM_PROJECT_LEADER", scope: { type: "CONSORTIUM", consortiumId: "ars-1" } }), []],
    ["the chair of its ESC, for TSD", person({ role: "ESC_CHAIR", scope: { type: "COMMITTEE", committeeId: esc } }), ["TSD"]],
    ["the chair of another ESC", person({ role: "ESC_CHAIR", scope: { type: "COMMITTEE", committeeId: "esc-ars" } }), []],
    ["an ESC member", person({ role: "ESC_MEMBER", scope: { type: "COMMITTEE", committeeId: esc } }), []],
    ["an administrator", person({ role: "ADMINISTRATOR", scope: { type: "STATEWIDE" } }), ["ADMINISTRATOR"]],
    // Issue 12, fidelity 9: the people the plan's 5.1.1 names, in their own roles.
    ["the TSD Deputy Director", person({ role: "TSD_DEPUTY_DIRECTOR", scope: { type: "STATEWIDE" } }), ["TSD"]],
    ["the DCSS Directorate", person({ role: "DCSS_DIRECTORATE", scope: { type: "STATEWIDE" } }), ["DIRECTORATE"]],
    ["the CCSAS Project Leader", person({ role: "CCSAS_PROJECT_LEADER", scope: { type: "STATEWIDE" } }), ["DIRECTORATE"]],
  ] as const)("%s", (_who, principal, expected) => {
    expect(escalationCapacitiesOf(principal, { consortiumId: cases, escCommitteeId: esc })).toEqual(expected);
  });
});
