import { describe, expect, it } from "vitest";
import type { Role, Scope } from "@/domain/identity/roles";
import { ForbiddenError } from "@/lib/errors";
import { assertCan, can, holdsRoleFor, type Action, type Grant, type Principal } from "@/lib/permissions";

function principal(...grants: Grant[]): Principal {
  return { id: "user-1", grants };
}

const statewide: Scope = { type: "STATEWIDE" };
const admin = principal({ role: "ADMINISTRATOR", scope: statewide });
const member = principal({ role: "ESC_MEMBER", scope: { type: "COMMITTEE", committeeId: "esc-1" } });
const nobody = principal();

type Who =
  | "everyone signed in"
  | "program staff"
  | "administrators"
  | "the committee's chair and administrators"
  | "the ESC's chair, the TAB's seat holders and administrators"
  | "the workgroup's members, the ESC's chair, the TAB's seat holders and administrators"
  | "the committee's members and administrators"
  | "the consortium's CPL and administrators"
  | "the CPL, the ESC chair and administrators"
  | "the CPL, ESC and TAB members, and administrators";

// Typed as Record<Action, …> so a new action does not compile until it is listed here.
const WHO_MAY: Record<Action, Who> = {
  "home.view": "everyone signed in",
  "reference.read": "everyone signed in",
  "governance.read": "everyone signed in",
  "motion.open": "the committee's chair and administrators",
  "motion.close": "the committee's chair and administrators",
  "meeting.manage": "the committee's chair and administrators",
  "minutes.manage": "the committee's chair and administrators",
  "workgroup.create": "the ESC's chair, the TAB's seat holders and administrators",
  "workgroup.manage": "the ESC's chair, the TAB's seat holders and administrators",
  "workgroup.contribute": "the workgroup's members, the ESC's chair, the TAB's seat holders and administrators",
  "election.open": "the committee's chair and administrators",
  "election.manage": "the committee's chair and administrators",
  "election.turnout": "the committee's members and administrators",
  "changeRequest.read": "program staff",
  "changeRequest.create": "program staff",
  "reference.edit": "administrators",
  "identity.manage": "administrators",
  "audit.read": "administrators",
  "outbox.read": "administrators",
  "cr.dashboard.view": "the CPL, ESC and TAB members, and administrators",
  "cr.alert.manage": "the consortium's CPL and administrators",
  "cr.status_report.file": "the consortium's CPL and administrators",
  "cr.escalation.raise": "the consortium's CPL and administrators",
  "cr.escalation.act": "the CPL, the ESC chair and administrators",
  "cr.import": "the consortium's CPL and administrators",
  "cr.rank": "the committee's chair and administrators",
};

/** Whether `member` (an ESC member) and `nobody` (no roles) pass an action asked without a resource. */
const passesWithoutResource = (who: Who, user: Principal) =>
  who === "everyone signed in" || ((who === "program staff" || who === "the CPL, ESC and TAB members, and administrators") && user === member);
const ACTIONS = Object.entries(WHO_MAY) as [Action, (typeof WHO_MAY)[Action]][];

describe("can and assertCan", () => {
  it.each(ACTIONS)("%s: nobody signed out", (action) => {
    expect(can(null, action)).toBe(false);
    expect(() => assertCan(null, action)).toThrow(ForbiddenError);
  });

  it.each(ACTIONS)("%s: administrators always", (action) => {
    expect(can(admin, action)).toBe(true);
    expect(() => assertCan(admin, action)).not.toThrow();
  });

  it.each(ACTIONS)("%s: others only when it is for %s", (action, who) => {
    for (const user of [member, nobody]) {
      expect(can(user, action)).toBe(passesWithoutResource(who, user));
      if (passesWithoutResource(who, user)) expect(() => assertCan(user, action)).not.toThrow();
      else expect(() => assertCan(user, action)).toThrow(ForbiddenError);
    }
  });

  it("counts an administrator grant among several", () => {
    const both = principal(member.grants[0]!, { role: "ADMINISTRATOR", scope: statewide });
    expect(can(both, "identity.manage")).toBe(true);
  });

  it("does not treat a role whose name merely resembles ADMINISTRATOR as one", () => {
    const lcsaAdmin = principal({ role: "LCSA_SYSTEM_ADMINISTRATOR", scope: { type: "LCSA", lcsaId: "lcsa-1" } });
    expect(can(lcsaAdmin, "identity.manage")).toBe(false);
  });
});

describe("change requests are for program staff", () => {
  it.each(["changeRequest.read", "changeRequest.create"] as const)("%s: any role but a third-party Requestor's", (action) => {
    const requestor = principal({ role: "REQUESTOR", scope: { type: "ORGANIZATION", organizationId: "org-1" } });
    const director = principal({ role: "LCSA_DIRECTOR", scope: { type: "LCSA", lcsaId: "lcsa-1" } });
    expect(can(requestor, action)).toBe(false);
    expect(can(director, action)).toBe(true);
    expect(can(principal(requestor.grants[0]!, director.grants[0]!), action)).toBe(true);
  });
});

describe("chairing a committee", () => {
  const chair = principal({ role: "ESC_CHAIR", scope: { type: "COMMITTEE", committeeId: "esc-1" } });
  it.each(["motion.open", "motion.close", "meeting.manage", "minutes.manage", "election.open", "election.manage"] as const)("%s: the chair of that committee, not of another, and not a member", (action) => {
    expect(can(chair, action, { committeeId: "esc-1" })).toBe(true);
    expect(can(chair, action, { committeeId: "esc-2" })).toBe(false);
    expect(can(member, action, { committeeId: "esc-1" })).toBe(false);
    expect(can(admin, action, { committeeId: "esc-2" })).toBe(true);
  });

  it.each(["motion.open", "motion.close"] as const)("%s: a CCB member runs the CCB's own votes, not another committee's", (action) => {
    const ccbMember = principal({ role: "CCB_MEMBER", scope: { type: "COMMITTEE", committeeId: "ccb" } });
    expect(can(ccbMember, action, { committeeId: "ccb" })).toBe(true);
    expect(can(ccbMember, action, { committeeId: "esc-1" })).toBe(false);
  });
});

describe("directing a workgroup", () => {
  const chair = principal({ role: "ESC_CHAIR", scope: { type: "COMMITTEE", committeeId: "esc-1" } });
  const tabSeat = principal({ role: "TAB_MEMBER", scope: { type: "COMMITTEE", committeeId: "tab-1" } });
  const cpl = principal({ role: "CONSORTIUM_PROJECT_LEADER", scope: { type: "CONSORTIUM", consortiumId: "cases" } });
  const workgroupMember = principal({ role: "LCSA_DIRECTOR", scope: { type: "LCSA", lcsaId: "butte" } });

  it.each(["workgroup.create", "workgroup.manage", "workgroup.contribute"] as const)("%s: the chair for the ESC, a TAB seat holder for the TAB, not across", (action) => {
    expect(can(chair, action, { committeeId: "esc-1" })).toBe(true);
    expect(can(chair, action, { committeeId: "tab-1" })).toBe(false);
    expect(can(tabSeat, action, { committeeId: "tab-1" })).toBe(true);
    expect(can(tabSeat, action, { committeeId: "esc-1" })).toBe(false);
    expect(can(admin, action, { committeeId: "tab-2" })).toBe(true);
  });

  it.each(["workgroup.create", "workgroup.manage"] as const)("%s: not an ESC member, a consortium role without a TAB seat, or the workgroup's own members", (action) => {
    expect(can(member, action, { committeeId: "esc-1" })).toBe(false);
    expect(can(cpl, action, { committeeId: "tab-1", consortiumId: "cases" })).toBe(false);
    expect(can(workgroupMember, action, { committeeId: "esc-1", memberIds: [workgroupMember.id] })).toBe(false);
  });

  it("workgroup.contribute: the workgroup's members too, and nobody else", () => {
    expect(can(workgroupMember, "workgroup.contribute", { committeeId: "esc-1", memberIds: ["someone", workgroupMember.id] })).toBe(true);
    expect(can(workgroupMember, "workgroup.contribute", { committeeId: "esc-1", memberIds: ["someone"] })).toBe(false);
    expect(can(member, "workgroup.contribute", { committeeId: "esc-1", memberIds: [] })).toBe(false);
  });
});

describe("an election's turnout", () => {
  const chair = principal({ role: "ESC_CHAIR", scope: { type: "COMMITTEE", committeeId: "esc-1" } });
  const adviser = principal({ role: "TAB_MEMBER", scope: { type: "COMMITTEE", committeeId: "esc-1" } });
  const director = principal({ role: "LCSA_DIRECTOR", scope: { type: "LCSA", lcsaId: "butte" } });
  it("is visible to the committee's chair, members and advisers, not to another committee's or to a Director", () => {
    for (const insider of [chair, member, adviser, admin]) expect(can(insider, "election.turnout", { committeeId: "esc-1" })).toBe(true);
    for (const insider of [chair, member, adviser]) expect(can(insider, "election.turnout", { committeeId: "esc-2" })).toBe(false);
    expect(can(director, "election.turnout", { committeeId: "esc-1", lcsaId: "butte" })).toBe(false);
  });
});

describe("change request work", () => {
  const cpl = principal({ role: "CONSORTIUM_PROJECT_LEADER", scope: { type: "CONSORTIUM", consortiumId: "cases" } });
  const chair = principal({ role: "ESC_CHAIR", scope: { type: "COMMITTEE", committeeId: "cases-esc" } });
  const tab = principal({ role: "TAB_MEMBER", scope: { type: "COMMITTEE", committeeId: "cases-tab" } });
  const director = principal({ role: "LCSA_DIRECTOR", scope: { type: "LCSA", lcsaId: "butte" } });

  it("the dashboard: the CPL, ESC and TAB members and the chair; not an LCSA Director", () => {
    for (const user of [cpl, chair, tab, member, admin]) expect(can(user, "cr.dashboard.view")).toBe(true);
    expect(can(director, "cr.dashboard.view")).toBe(false);
  });

  it.each(["cr.alert.manage", "cr.status_report.file", "cr.escalation.raise", "cr.import"] as const)("%s: the CPL of that consortium only", (action) => {
    expect(can(cpl, action)).toBe(true);
    expect(can(cpl, action, { consortiumId: "cases" })).toBe(true);
    expect(can(cpl, action, { consortiumId: "ars" })).toBe(false);
    expect(can(chair, action, { consortiumId: "cases" })).toBe(false);
    expect(can(admin, action, { consortiumId: "ars" })).toBe(true);
  });

  it("escalations: the consortium's CPL, or the chair of its ESC (the TSD Assistant Deputy Director)", () => {
    const cases = { consortiumId: "cases", committeeId: "cases-esc" };
    const ars = { consortiumId: "ars", committeeId: "ars-esc" };
    expect(can(cpl, "cr.escalation.act", cases)).toBe(true);
    expect(can(chair, "cr.escalation.act", cases)).toBe(true);
    expect(can(cpl, "cr.escalation.act", ars)).toBe(false);
    expect(can(chair, "cr.escalation.act", ars)).toBe(false);
    expect(can(tab, "cr.escalation.act", cases)).toBe(false);
    expect(can(chair, "cr.escalation.act")).toBe(true);
  });

  it("ranking: the chair of that consortium's ESC", () => {
    expect(can(chair, "cr.rank", { committeeId: "cases-esc" })).toBe(true);
    expect(can(chair, "cr.rank", { committeeId: "ars-esc" })).toBe(false);
    expect(can(cpl, "cr.rank", { committeeId: "cases-esc" })).toBe(false);
  });
});

describe("holdsRoleFor", () => {
  const cases: { type: Scope["type"]; role: Role; scope: Scope; inside: object; outside: object }[] = [
    { type: "STATEWIDE", role: "PROCESS_OWNER", scope: statewide, inside: { lcsaId: "anything" }, outside: {} },
    { type: "CONSORTIUM", role: "CONSORTIUM_PROJECT_LEADER", scope: { type: "CONSORTIUM", consortiumId: "ars" }, inside: { consortiumId: "ars" }, outside: { consortiumId: "cases" } },
    { type: "LCSA", role: "LCSA_DIRECTOR", scope: { type: "LCSA", lcsaId: "alameda" }, inside: { lcsaId: "alameda", consortiumId: "cases" }, outside: { lcsaId: "butte" } },
    { type: "COMMITTEE", role: "ESC_MEMBER", scope: { type: "COMMITTEE", committeeId: "cases-esc" }, inside: { committeeId: "cases-esc" }, outside: { committeeId: "ars-esc" } },
    { type: "ORGANIZATION", role: "REQUESTOR", scope: { type: "ORGANIZATION", organizationId: "org-1" }, inside: { organizationId: "org-1" }, outside: { organizationId: "org-2" } },
  ];

  describe.each(cases)("a $type grant", ({ type, role, scope, inside, outside }) => {
    const holder = principal({ role, scope });

    it("covers a resource in its scope", () => {
      expect(holdsRoleFor(holder, role, inside)).toBe(true);
    });

    it("does not cover a resource outside its scope", () => {
      if (type === "STATEWIDE") {
        // Statewide covers everything, including a resource that names no scope.
        expect(holdsRoleFor(holder, role, outside)).toBe(true);
        expect(holdsRoleFor(holder, role)).toBe(true);
      } else {
        expect(holdsRoleFor(holder, role, outside)).toBe(false);
        expect(holdsRoleFor(holder, role, {})).toBe(false);
        expect(holdsRoleFor(holder, role)).toBe(false);
      }
    });

    it("says nothing about another role", () => {
      expect(holdsRoleFor(holder, "QAPI_REVIEWER", inside)).toBe(false);
    });
  });

  it("does not let a consortium grant cover an LCSA that merely names a different consortium", () => {
    const tester = principal({ role: "UAT_TESTER", scope: { type: "CONSORTIUM", consortiumId: "ars" } });
    expect(holdsRoleFor(tester, "UAT_TESTER", { lcsaId: "alameda", consortiumId: "cases" })).toBe(false);
    expect(holdsRoleFor(tester, "UAT_TESTER", { lcsaId: "fresno", consortiumId: "ars" })).toBe(true);
  });

  it("checks each grant of the role, not only the first", () => {
    const twoLcsas = principal(
      { role: "LCSA_DIRECTOR", scope: { type: "LCSA", lcsaId: "alameda" } },
      { role: "LCSA_DIRECTOR", scope: { type: "LCSA", lcsaId: "butte" } },
    );
    expect(holdsRoleFor(twoLcsas, "LCSA_DIRECTOR", { lcsaId: "butte" })).toBe(true);
    expect(holdsRoleFor(twoLcsas, "LCSA_DIRECTOR", { lcsaId: "fresno" })).toBe(false);
  });

  it("holds nothing without grants", () => {
    expect(holdsRoleFor(nobody, "ADMINISTRATOR")).toBe(false);
  });
});
