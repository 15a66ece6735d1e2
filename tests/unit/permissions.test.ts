import { readdirSync, existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { accessPermissions } from "@/domain/access/permissions";
import { auditPermissions } from "@/domain/audit/permissions";
import { changeRequestPermissions, CR_ACT_NAMES } from "@/domain/change-requests/permissions";
import { electionPermissions, governancePermissions } from "@/domain/governance/permissions";
import { homePermissions } from "@/domain/home/permissions";
import { identityPermissions } from "@/domain/identity/permissions";
import type { Role, Scope } from "@/domain/identity/roles";
import { meetingPermissions } from "@/domain/meetings/permissions";
import { notificationPermissions } from "@/domain/notifications/permissions";
import { referencePermissions } from "@/domain/reference/permissions";
import { votingPermissions } from "@/domain/voting/permissions";
import { workgroupPermissions } from "@/domain/workgroups/permissions";
import { ForbiddenError } from "@/lib/errors";
import { assertCan, can, holdsRoleFor, refusalOf, type Grant, type Permission, type Principal, type ResourceScope } from "@/lib/permissions";

function principal(...grants: Grant[]): Principal {
  return { id: "user-1", grants };
}

const statewide: Scope = { type: "STATEWIDE" };
const admin = principal({ role: "ADMINISTRATOR", scope: statewide });
const member = principal({ role: "ESC_MEMBER", scope: { type: "COMMITTEE", committeeId: "esc-1" } });
const nobody = principal();

/** Every module's permission file (src/domain/<folder>/permissions.ts), by folder. */
const MODULES = {
  access: [accessPermissions],
  audit: [auditPermissions],
  "change-requests": [changeRequestPermissions],
  governance: [governancePermissions, electionPermissions],
  home: [homePermissions],
  identity: [identityPermissions],
  meetings: [meetingPermissions],
  notifications: [notificationPermissions],
  reference: [referencePermissions],
  voting: [votingPermissions],
  workgroups: [workgroupPermissions],
} as const;

/**
 * The names of a module's permissions asked with a scope (or none): the WHO_MAY table. The
 * others are asked of one thing (a candidacy, a motion, one change request) and answer
 * from it; ON_ONE_THING lists them, and each has its own cases below (a change request's
 * have change-request-permissions.test.ts).
 */
type ScopedNames<M> = { [K in keyof M]: M[K] extends Permission<infer R, infer N> ? (undefined extends R ? N : never) : never }[keyof M];
type AllNames<M> = { [K in keyof M]: M[K] extends Permission<never, infer N> ? N : never }[keyof M];
type Modules = (typeof MODULES)[keyof typeof MODULES][number];
type ChangeRequestAct = `changeRequests.${(typeof CR_ACT_NAMES)[number]}`;
type PermissionName = Modules extends infer M ? (M extends unknown ? ScopedNames<M> : never) : never;
type OnOneThingName = Exclude<Modules extends infer M ? (M extends unknown ? AllNames<M> : never) : never, PermissionName | ChangeRequestAct>;

const onOneChangeRequest = new Set<string>(CR_ACT_NAMES.map((act) => `changeRequests.${act}`));
const EVERY_PERMISSION = Object.values(MODULES)
  .flatMap((permissions) => permissions.flatMap((module) => Object.values(module) as Permission<never>[]))
  .filter((permission) => !onOneChangeRequest.has(permission.name));
const permission = (name: PermissionName) => EVERY_PERMISSION.find((candidate) => candidate.name === name)! as Permission<ResourceScope | undefined>;

// Typed so that a new permission on one thing does not compile until it is listed here, with what it is asked of.
const ON_ONE_THING: Record<OnOneThingName, string> = {
  "elections.nominate": "a candidacy: the committee, the candidate and the candidate's LCSA",
  "elections.withdrawNomination": "a candidacy and who nominated",
  "elections.vote": "the LCSA whose vote is cast",
  "voting.castBallot": "the person's standing on the motion",
  "voting.nameDesignee": "the person's standing on the motion",
  "identity.changeOwnPassword": "the account whose password it is",
  "access.read": "an application: its LCSA and organization (access-pipeline and access-permissions-after-approval tests)",
  "access.identify": "the county whose Director identifies the Requestor",
  "access.apply": "the Requestor's organization",
  "access.createAccounts": "the LCSA whose System Administrator sets up accounts",
  "access.withdraw": "the application's LCSA",
  "access.answerSurvey": "the Requestor's organization",
};

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
  | "the CPL, ESC and TAB members, and administrators"
  | "DCSS's and the LCSAs' access roles, and administrators"
  | "the Process Manager"
  | "DCSS Legal"
  | "the Infrastructure Manager"
  | "the Process Owner"
  | "the DCSS ISO"
  | "the Contract Manager";

/**
 * Third-party access keeps each step to the role the process names (the product's rule in
 * src/domain/access/permissions.ts): being an administrator takes none of them.
 */
const ROLE_OF: Partial<Record<Who, Role>> = {
  "the Process Manager": "PROCESS_MANAGER",
  "DCSS Legal": "DCSS_LEGAL",
  "the Infrastructure Manager": "INFRASTRUCTURE_MANAGER",
  "the Process Owner": "PROCESS_OWNER",
  "the DCSS ISO": "DCSS_ISO",
  "the Contract Manager": "CONTRACT_MANAGER",
};

// Typed as Record<PermissionName, …> so a new permission does not compile until it is listed here.
const WHO_MAY: Record<PermissionName, Who> = {
  "home.view": "everyone signed in",
  "reference.read": "everyone signed in",
  "governance.read": "program staff",
  "governance.setVotingRules": "administrators",
  "voting.openMotion": "the committee's chair and administrators",
  "voting.closeMotion": "the committee's chair and administrators",
  "meetings.manage": "the committee's chair and administrators",
  "meetings.coordinateAgenda": "the committee's chair and administrators",
  "meetings.manageMinutes": "the committee's chair and administrators",
  "workgroups.create": "the ESC's chair, the TAB's seat holders and administrators",
  "workgroups.manage": "the ESC's chair, the TAB's seat holders and administrators",
  "workgroups.contribute": "the workgroup's members, the ESC's chair, the TAB's seat holders and administrators",
  "elections.open": "the committee's chair and administrators",
  "elections.manage": "the committee's chair and administrators",
  "elections.viewTurnout": "the committee's members and administrators",
  "elections.takePart": "program staff",
  "changeRequests.read": "program staff",
  "changeRequests.create": "program staff",
  "reference.edit": "administrators",
  "identity.manage": "administrators",
  "audit.read": "administrators",
  "notifications.readInbox": "everyone signed in",
  "notifications.readOutbox": "administrators",
  "changeRequests.viewDashboard": "the CPL, ESC and TAB members, and administrators",
  "changeRequests.manageAlerts": "the consortium's CPL and administrators",
  "changeRequests.fileStatusReport": "the consortium's CPL and administrators",
  "changeRequests.raiseEscalation": "the consortium's CPL and administrators",
  "changeRequests.fileEarlyRisk": "administrators",
  "changeRequests.fileDeliverableReview": "administrators",
  "changeRequests.fileCriticalSrStatus": "administrators",
  "changeRequests.actOnEscalation": "the CPL, the ESC chair and administrators",
  "changeRequests.import": "the consortium's CPL and administrators",
  "changeRequests.rank": "the committee's chair and administrators",
  "access.queue": "DCSS's and the LCSAs' access roles, and administrators",
  "access.manage": "the Process Manager",
  "access.legalReview": "DCSS Legal",
  "access.infrastructure": "the Infrastructure Manager",
  "access.decide": "the Process Owner",
  "access.audit": "the DCSS ISO",
  "access.clearFindings": "the Process Owner",
  "access.renewalNotice": "the Contract Manager",
  "access.ownProcess": "the Process Owner",
  "access.editConversions": "administrators",
};

/** Whether `member` (an ESC member) and `nobody` (no roles) pass a permission asked without a resource. */
const passesWithoutResource = (who: Who, user: Principal) =>
  who === "everyone signed in" || ((who === "program staff" || who === "the CPL, ESC and TAB members, and administrators") && user === member);
const ENTRIES = Object.entries(WHO_MAY) as [PermissionName, Who][];

describe("the table lists every permission", () => {
  it("every module's permission file is imported here", () => {
    const folders = readdirSync("src/domain", { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(`src/domain/${entry.name}/permissions.ts`))
      .map((entry) => entry.name)
      .sort();
    expect(folders).toEqual(Object.keys(MODULES).sort());
  });

  it("every permission is in WHO_MAY or ON_ONE_THING, and nothing else", () => {
    expect(EVERY_PERMISSION.map((candidate) => candidate.name).sort()).toEqual([...Object.keys(WHO_MAY), ...Object.keys(ON_ONE_THING)].sort());
  });
});

describe("can and assertCan", () => {
  it.each(ENTRIES)("%s: nobody signed out", (name) => {
    expect(can(null, permission(name))).toBe(false);
    expect(() => assertCan(null, permission(name))).toThrow(ForbiddenError);
  });

  it.each(ENTRIES.filter(([, who]) => !ROLE_OF[who]))("%s: administrators always", (name) => {
    expect(can(admin, permission(name))).toBe(true);
    expect(() => assertCan(admin, permission(name))).not.toThrow();
  });

  it.each(ENTRIES.filter(([, who]) => ROLE_OF[who]))("%s: only %s, never an administrator or another DCSS access role", (name, who) => {
    const holder = principal({ role: ROLE_OF[who]!, scope: statewide });
    expect(can(holder, permission(name))).toBe(true);
    expect(can(admin, permission(name))).toBe(false);
    for (const other of Object.values(ROLE_OF).filter((role) => role !== ROLE_OF[who])) {
      expect(can(principal({ role: other, scope: statewide }), permission(name))).toBe(false);
    }
  });

  it.each(ENTRIES)("%s: others only when it is for %s", (name, who) => {
    for (const user of [member, nobody]) {
      expect(can(user, permission(name))).toBe(passesWithoutResource(who, user));
      if (passesWithoutResource(who, user)) expect(() => assertCan(user, permission(name))).not.toThrow();
      else expect(() => assertCan(user, permission(name))).toThrow(ForbiddenError);
    }
  });

  it("refuses with the generic sentence", () => {
    expect(() => assertCan(member, identityPermissions.manage)).toThrow("You do not have permission to do that.");
  });

  it("counts an administrator grant among several", () => {
    const both = principal(member.grants[0]!, { role: "ADMINISTRATOR", scope: statewide });
    expect(can(both, identityPermissions.manage)).toBe(true);
  });

  it("does not treat a role whose name merely resembles ADMINISTRATOR as one", () => {
    const lcsaAdmin = principal({ role: "LCSA_SYSTEM_ADMINISTRATOR", scope: { type: "LCSA", lcsaId: "lcsa-1" } });
    expect(can(lcsaAdmin, identityPermissions.manage)).toBe(false);
  });
});

const named = (...permissions: Permission<ResourceScope | undefined>[]) => permissions.map((candidate) => [candidate.name, candidate] as const);

describe("change requests are for program staff", () => {
  it.each(named(changeRequestPermissions.read, changeRequestPermissions.create))("%s: any role but a third-party Requestor's", (_name, asked) => {
    const requestor = principal({ role: "REQUESTOR", scope: { type: "ORGANIZATION", organizationId: "org-1" } });
    const director = principal({ role: "LCSA_DIRECTOR", scope: { type: "LCSA", lcsaId: "lcsa-1" } });
    expect(can(requestor, asked)).toBe(false);
    expect(can(director, asked)).toBe(true);
    expect(can(principal(requestor.grants[0]!, director.grants[0]!), asked)).toBe(true);
  });
});

// Issue 12, item 9: a requestor is an outside organization: committees, meetings, motions,
// elections, workgroups and their materials are the program's business, not theirs.
describe("committees and their meetings are for program staff", () => {
  it.each(named(governancePermissions.read, electionPermissions.takePart))("%s: any role but a third-party Requestor's", (_name, asked) => {
    const requestor = principal({ role: "REQUESTOR", scope: { type: "ORGANIZATION", organizationId: "org-1" } });
    const director = principal({ role: "LCSA_DIRECTOR", scope: { type: "LCSA", lcsaId: "lcsa-1" } });
    expect(can(requestor, asked)).toBe(false);
    expect(can(director, asked)).toBe(true);
  });
});

// Issue 12, fidelity 9: the Consortium Business Analysts support the workgroups (plan 1.5, 2.5).
describe("a consortium's Business Analyst", () => {
  const analyst = principal({ role: "CONSORTIUM_BUSINESS_ANALYST", scope: { type: "CONSORTIUM", consortiumId: "cases-1" } });
  it("contributes to its consortium's workgroups, and not another's, and does not manage them", () => {
    expect(can(analyst, workgroupPermissions.contribute, { committeeId: "esc-1", consortiumId: "cases-1", memberIds: [] })).toBe(true);
    expect(can(analyst, workgroupPermissions.contribute, { committeeId: "esc-2", consortiumId: "ars-1", memberIds: [] })).toBe(false);
    expect(can(analyst, workgroupPermissions.manage, { committeeId: "esc-1", consortiumId: "cases-1" })).toBe(false);
  });
});

describe("a password is its owner's", () => {
  it("only the account's own holder changes it, an administrator included", () => {
    expect(can(member, identityPermissions.changeOwnPassword, { userId: "user-1" })).toBe(true);
    expect(refusalOf(admin, identityPermissions.changeOwnPassword, { userId: "user-2" })).toBe("You can change only your own password.");
  });
});

describe("chairing a committee", () => {
  const chair = principal({ role: "ESC_CHAIR", scope: { type: "COMMITTEE", committeeId: "esc-1" } });
  it.each(
    named(
      votingPermissions.openMotion,
      votingPermissions.closeMotion,
      meetingPermissions.manage,
      meetingPermissions.manageMinutes,
      electionPermissions.open,
      electionPermissions.manage,
    ),
  )("%s: the chair of that committee, not of another, and not a member", (_name, asked) => {
    expect(can(chair, asked, { committeeId: "esc-1" })).toBe(true);
    expect(can(chair, asked, { committeeId: "esc-2" })).toBe(false);
    expect(can(member, asked, { committeeId: "esc-1" })).toBe(false);
    expect(can(admin, asked, { committeeId: "esc-2" })).toBe(true);
  });

  it.each(named(votingPermissions.openMotion, votingPermissions.closeMotion))(
    "%s: a CCB member runs the CCB's own votes, not another committee's",
    (_name, asked) => {
      const ccbMember = principal({ role: "CCB_MEMBER", scope: { type: "COMMITTEE", committeeId: "ccb" } });
      expect(can(ccbMember, asked, { committeeId: "ccb" })).toBe(true);
      expect(can(ccbMember, asked, { committeeId: "esc-1" })).toBe(false);
    },
  );
});

describe("directing a workgroup", () => {
  const chair = principal({ role: "ESC_CHAIR", scope: { type: "COMMITTEE", committeeId: "esc-1" } });
  const tabSeat = principal({ role: "TAB_MEMBER", scope: { type: "COMMITTEE", committeeId: "tab-1" } });
  const cpl = principal({ role: "CONSORTIUM_PROJECT_LEADER", scope: { type: "CONSORTIUM", consortiumId: "cases" } });
  const workgroupMember = principal({ role: "LCSA_DIRECTOR", scope: { type: "LCSA", lcsaId: "butte" } });

  it.each(named(workgroupPermissions.create, workgroupPermissions.manage, workgroupPermissions.contribute))(
    "%s: the chair for the ESC, a TAB seat holder for the TAB, not across",
    (_name, asked) => {
      expect(can(chair, asked, { committeeId: "esc-1" })).toBe(true);
      expect(can(chair, asked, { committeeId: "tab-1" })).toBe(false);
      expect(can(tabSeat, asked, { committeeId: "tab-1" })).toBe(true);
      expect(can(tabSeat, asked, { committeeId: "esc-1" })).toBe(false);
      expect(can(admin, asked, { committeeId: "tab-2" })).toBe(true);
    },
  );

  it.each(named(workgroupPermissions.create, workgroupPermissions.manage))(
    "%s: not an ESC member, a consortium role without a TAB seat, or the workgroup's own members",
    (_name, asked) => {
      expect(can(member, asked, { committeeId: "esc-1" })).toBe(false);
      expect(can(cpl, asked, { committeeId: "tab-1", consortiumId: "cases" })).toBe(false);
      expect(can(workgroupMember, asked, { committeeId: "esc-1", memberIds: [workgroupMember.id] })).toBe(false);
    },
  );

  it("workgroups.contribute: the workgroup's members too, and nobody else", () => {
    expect(can(workgroupMember, workgroupPermissions.contribute, { committeeId: "esc-1", memberIds: ["someone", workgroupMember.id] })).toBe(true);
    expect(can(workgroupMember, workgroupPermissions.contribute, { committeeId: "esc-1", memberIds: ["someone"] })).toBe(false);
    expect(can(member, workgroupPermissions.contribute, { committeeId: "esc-1", memberIds: [] })).toBe(false);
  });
});

describe("an election's turnout", () => {
  const chair = principal({ role: "ESC_CHAIR", scope: { type: "COMMITTEE", committeeId: "esc-1" } });
  const adviser = principal({ role: "TAB_MEMBER", scope: { type: "COMMITTEE", committeeId: "esc-1" } });
  const director = principal({ role: "LCSA_DIRECTOR", scope: { type: "LCSA", lcsaId: "butte" } });
  it("is visible to the committee's chair, members and advisers, not to another committee's or to a Director", () => {
    for (const insider of [chair, member, adviser, admin]) expect(can(insider, electionPermissions.viewTurnout, { committeeId: "esc-1" })).toBe(true);
    for (const insider of [chair, member, adviser]) expect(can(insider, electionPermissions.viewTurnout, { committeeId: "esc-2" })).toBe(false);
    expect(can(director, electionPermissions.viewTurnout, { committeeId: "esc-1", lcsaId: "butte" })).toBe(false);
  });
});

describe("change request work", () => {
  const cpl = principal({ role: "CONSORTIUM_PROJECT_LEADER", scope: { type: "CONSORTIUM", consortiumId: "cases" } });
  const chair = principal({ role: "ESC_CHAIR", scope: { type: "COMMITTEE", committeeId: "cases-esc" } });
  const tab = principal({ role: "TAB_MEMBER", scope: { type: "COMMITTEE", committeeId: "cases-tab" } });
  const director = principal({ role: "LCSA_DIRECTOR", scope: { type: "LCSA", lcsaId: "butte" } });

  it("the dashboard: the CPL, ESC and TAB members and the chair; not an LCSA Director", () => {
    for (const user of [cpl, chair, tab, member, admin]) expect(can(user, changeRequestPermissions.viewDashboard)).toBe(true);
    expect(can(director, changeRequestPermissions.viewDashboard)).toBe(false);
  });

  it.each(
    named(
      changeRequestPermissions.manageAlerts,
      changeRequestPermissions.fileStatusReport,
      changeRequestPermissions.raiseEscalation,
      changeRequestPermissions.import,
    ),
  )("%s: the CPL of that consortium only", (_name, asked) => {
    expect(can(cpl, asked)).toBe(true);
    expect(can(cpl, asked, { consortiumId: "cases" })).toBe(true);
    expect(can(cpl, asked, { consortiumId: "ars" })).toBe(false);
    expect(can(chair, asked, { consortiumId: "cases" })).toBe(false);
    expect(can(admin, asked, { consortiumId: "ars" })).toBe(true);
  });

  it("escalations: the consortium's CPL, or the chair of its ESC (the TSD Assistant Deputy Director)", () => {
    const cases = { consortiumId: "cases", committeeId: "cases-esc" };
    const ars = { consortiumId: "ars", committeeId: "ars-esc" };
    const act = changeRequestPermissions.actOnEscalation;
    expect(can(cpl, act, cases)).toBe(true);
    expect(can(chair, act, cases)).toBe(true);
    expect(can(cpl, act, ars)).toBe(false);
    expect(can(chair, act, ars)).toBe(false);
    expect(can(tab, act, cases)).toBe(false);
    expect(can(chair, act)).toBe(true);
  });

  it("ranking: the chair of that consortium's ESC", () => {
    expect(can(chair, changeRequestPermissions.rank, { committeeId: "cases-esc" })).toBe(true);
    expect(can(chair, changeRequestPermissions.rank, { committeeId: "ars-esc" })).toBe(false);
    expect(can(cpl, changeRequestPermissions.rank, { committeeId: "cases-esc" })).toBe(false);
  });
});

describe("an election's nominations and votes (Governance plan 2.8)", () => {
  const chair = principal({ role: "ESC_CHAIR", scope: { type: "COMMITTEE", committeeId: "esc-1" } });
  const otherChair = principal({ role: "ESC_CHAIR", scope: { type: "COMMITTEE", committeeId: "esc-2" } });
  const butteDirector = principal({ role: "LCSA_DIRECTOR", scope: { type: "LCSA", lcsaId: "butte" } });
  const fresnoDirector = principal({ role: "LCSA_DIRECTOR", scope: { type: "LCSA", lcsaId: "fresno" } });
  const butteDesignee = principal({ role: "LCSA_DIRECTOR_DESIGNEE", scope: { type: "LCSA", lcsaId: "butte" } });
  const candidate: Principal = { id: "candidate", grants: [] };
  const candidacy = { committeeId: "esc-1", candidateId: "candidate", lcsaId: "butte" };

  it("nominating: the candidate themself, the Director of the candidate's LCSA, or the committee's chair or an administrator", () => {
    for (const nominator of [candidate, butteDirector, chair, admin]) expect(can(nominator, electionPermissions.nominate, candidacy)).toBe(true);
    for (const nominator of [fresnoDirector, otherChair, member, butteDesignee, nobody]) {
      expect(refusalOf(nominator, electionPermissions.nominate, candidacy)).toBe(
        "You may nominate yourself, someone of the LCSA you direct, or, as the committee's chair, anyone eligible.",
      );
    }
  });

  it("withdrawing a nomination: whoever could have made it, and whoever made it", () => {
    const nominated = { ...candidacy, nominatedById: "user-1" };
    const byOther = { ...candidacy, nominatedById: "someone-else" };
    expect(can(nobody, electionPermissions.withdrawNomination, nominated)).toBe(true);
    for (const withdrawer of [candidate, butteDirector, chair, admin]) expect(can(withdrawer, electionPermissions.withdrawNomination, byOther)).toBe(true);
    for (const withdrawer of [nobody, fresnoDirector, otherChair, member]) {
      expect(refusalOf(withdrawer, electionPermissions.withdrawNomination, byOther)).toBe(
        "Only the candidate, whoever nominated them, their LCSA's Director or the committee's chair can withdraw this nomination.",
      );
    }
  });

  it("an LCSA's vote: its Director or the Director's designee, nobody else (not an administrator, not the chair)", () => {
    const butte = { lcsaId: "butte", lcsaName: "Butte" };
    expect(can(butteDirector, electionPermissions.vote, butte)).toBe(true);
    expect(can(butteDesignee, electionPermissions.vote, butte)).toBe(true);
    for (const voter of [fresnoDirector, chair, admin, member, nobody]) {
      expect(refusalOf(voter, electionPermissions.vote, butte)).toBe("Only the Butte LCSA's Director, or the Director's designee, casts its vote.");
    }
  });
});

describe("a ballot on a motion", () => {
  const standing = (open: boolean, seated: boolean, delegated: boolean) => ({ open, seated, delegated });

  it("is cast from a seat while voting is open", () => {
    expect(refusalOf(member, votingPermissions.castBallot, standing(true, true, false))).toBeNull();
    expect(refusalOf(member, votingPermissions.castBallot, standing(false, true, false))).toBe("Voting on this motion has closed; your vote was not recorded.");
    expect(refusalOf(member, votingPermissions.castBallot, standing(true, false, true))).toBe(
      "You named a designee for this motion, so your designee votes in your place.",
    );
    expect(refusalOf(member, votingPermissions.castBallot, standing(true, false, false))).toBe(
      "You are not a voting member for this motion, so you cannot vote on it.",
    );
    // Being an administrator does not seat anyone.
    expect(refusalOf(admin, votingPermissions.castBallot, standing(true, false, false))).toBe(
      "You are not a voting member for this motion, so you cannot vote on it.",
    );
  });

  it("a designee is named by a voting member while the motion is open", () => {
    expect(refusalOf(member, votingPermissions.nameDesignee, { ...standing(true, true, false), member: true })).toBeNull();
    expect(refusalOf(member, votingPermissions.nameDesignee, { ...standing(false, true, false), member: true })).toBe("This motion has closed.");
    expect(refusalOf(admin, votingPermissions.nameDesignee, { ...standing(true, false, false), member: false })).toBe(
      "Only a voting member of this motion can name a designee.",
    );
  });
});

describe("holdsRoleFor", () => {
  const cases: { type: Scope["type"]; role: Role; scope: Scope; inside: object; outside: object }[] = [
    { type: "STATEWIDE", role: "PROCESS_OWNER", scope: statewide, inside: { lcsaId: "anything" }, outside: {} },
    {
      type: "CONSORTIUM",
      role: "CONSORTIUM_PROJECT_LEADER",
      scope: { type: "CONSORTIUM", consortiumId: "ars" },
      inside: { consortiumId: "ars" },
      outside: { consortiumId: "cases" },
    },
    {
      type: "LCSA",
      role: "LCSA_DIRECTOR",
      scope: { type: "LCSA", lcsaId: "alameda" },
      inside: { lcsaId: "alameda", consortiumId: "cases" },
      outside: { lcsaId: "butte" },
    },
    {
      type: "COMMITTEE",
      role: "ESC_MEMBER",
      scope: { type: "COMMITTEE", committeeId: "cases-esc" },
      inside: { committeeId: "cases-esc" },
      outside: { committeeId: "ars-esc" },
    },
    {
      type: "ORGANIZATION",
      role: "REQUESTOR",
      scope: { type: "ORGANIZATION", organizationId: "org-1" },
      inside: { organizationId: "org-1" },
      outside: { organizationId: "org-2" },
    },
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
