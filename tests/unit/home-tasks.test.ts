import { describe, expect, it } from "vitest";
import { changeRequestTasks, type CrTaskFacts } from "@/domain/change-requests/tasks";
import { byUrgency, urgencyOf, withoutStandIn, type Task } from "@/domain/home/tasks";
import { motionTasks } from "@/domain/voting/tasks";
import { electionTasks } from "@/domain/governance/election-tasks";

const now = new Date("2026-12-02T18:00:00Z");
const task = (key: string, due: string | null, since: string): Task => ({
  key,
  area: "Motion",
  action: "Vote",
  subject: key,
  why: "",
  since: new Date(since),
  due: due ? new Date(due) : null,
  href: "/",
});

describe("ordering tasks", () => {
  it("puts overdue first, then the soonest due, then the undated oldest first", () => {
    const list = [
      task("undated-new", null, "2026-11-30T00:00:00Z"),
      task("due-later", "2026-12-20T00:00:00Z", "2026-11-01T00:00:00Z"),
      task("overdue", "2026-11-25T00:00:00Z", "2026-11-20T00:00:00Z"),
      task("undated-old", null, "2026-10-01T00:00:00Z"),
      task("due-soon", "2026-12-05T00:00:00Z", "2026-12-01T00:00:00Z"),
    ];
    expect([...list].sort(byUrgency).map((t) => t.key)).toEqual(["overdue", "due-soon", "due-later", "undated-old", "undated-new"]);
    expect(list.map((t) => urgencyOf(t, now))).toEqual(["waiting", "waiting", "overdue", "waiting", "due-soon"]);
  });
});

const cr = (facts: Partial<CrTaskFacts>): CrTaskFacts => ({
  id: "cr1",
  number: 7,
  title: "Statewide payment portal",
  consortiumCode: "CASES",
  state: "RELEASE",
  kind: "ENHANCEMENT",
  stateChangedAt: new Date("2026-11-01T00:00:00Z"),
  backBriefed: false,
  capacities: [],
  voteOpen: false,
  impactTeamSize: 0,
  jadTeamSize: 0,
  uatTeamSize: 0,
  uatPassed: false,
  developerTested: false,
  defectsToSignOff: 0,
  releaseRecorded: false,
  ...facts,
});

describe("a change request's tasks", () => {
  it("asks the permissions: a back-brief is an emergency fix's, never an enhancement's", () => {
    expect(changeRequestTasks(cr({ capacities: ["CPL"] })).map((t) => t.action)).toEqual(["File the release notes"]);
    expect(changeRequestTasks(cr({ capacities: ["CPL"], kind: "EMERGENCY_FIX" })).map((t) => t.action)).toEqual([
      "File the release notes",
      "Record the ESC back-brief",
    ]);
    expect(changeRequestTasks(cr({ capacities: ["CPL"], kind: "EMERGENCY_FIX", backBriefed: true, releaseRecorded: true })).map((t) => t.action)).toEqual([
      "Close it",
    ]);
  });

  it("gives nobody a step that is not theirs, even where the permission would let them", () => {
    // The CPL may record the developers' testing (plan 3.1.5 lets the CPL coordinate), but it is the developers' work.
    expect(changeRequestTasks(cr({ state: "BUILD_AND_TEST", capacities: ["CPL"] }))).toEqual([]);
    expect(changeRequestTasks(cr({ state: "BUILD_AND_TEST", capacities: ["DEVELOPER"] })).map((t) => t.action)).toEqual([
      "Record the developers' unit and system testing",
    ]);
    // An administrator's stand-in capacity is no one's work.
    expect(changeRequestTasks(cr({ state: "RELEASE", capacities: ["ADMINISTRATOR"] }))).toEqual([]);
  });

  it("leaves a gate with an open vote to the voters", () => {
    expect(changeRequestTasks(cr({ state: "SUBMITTED", capacities: ["ESC_CHAIR"], voteOpen: true }))).toEqual([]);
    expect(changeRequestTasks(cr({ state: "SUBMITTED", capacities: ["ESC_CHAIR"] })).map((t) => t.href)).toEqual(["/change-requests/cr1#gate-votes"]);
  });
});

describe("a motion's tasks", () => {
  const motion = {
    id: "m1",
    question: "Approve the concept of CR-0007?",
    committeeId: "esc",
    committeeName: "CASES Executive Steering Committee",
    openedAt: new Date("2026-12-01T18:00:00Z"),
    deadline: new Date("2026-12-08T18:00:00Z"),
    seated: true,
    delegated: false,
    voted: false,
    voters: 7,
    ballots: 3,
  };
  const chair = { id: "c", grants: [{ role: "ESC_CHAIR" as const, scope: { type: "COMMITTEE" as const, committeeId: "esc" } }] };
  const admin = { id: "a", grants: [{ role: "ADMINISTRATOR" as const, scope: { type: "STATEWIDE" as const } }] };

  it("asks a seated voter to vote until they have, and the chair to close once everyone has or the deadline passed", () => {
    expect(motionTasks(chair, motion, now).map((t) => t.action)).toEqual(["Vote"]);
    expect(motionTasks(chair, { ...motion, voted: true }, now)).toEqual([]);
    expect(motionTasks(chair, { ...motion, voted: true, ballots: 7 }, now).map((t) => t.action)).toEqual(["Close the vote"]);
    expect(motionTasks(chair, { ...motion, seated: false }, new Date("2026-12-09T00:00:00Z")).map((t) => t.why)).toEqual([
      "Its deadline has passed with 3 votes of 7; you close the CASES Executive Steering Committee's votes.",
    ]);
    expect(motionTasks({ ...motion, id: "x", grants: [] }, { ...motion, seated: false, delegated: true }, now)).toEqual([]);
    expect(motionTasks(withoutStandIn(admin), { ...motion, seated: false, ballots: 7 }, now)).toEqual([]);
  });
});

describe("an election's tasks", () => {
  const director = (lcsaId: string) => ({ id: "d", grants: [{ role: "LCSA_DIRECTOR" as const, scope: { type: "LCSA" as const, lcsaId } }] });
  const butte = { id: "butte", name: "Butte", consortiumId: "cases", caseloadCategory: 4 };
  const election = {
    electionId: "e1",
    title: "2027 CASES ESC election",
    committeeId: "esc",
    consortiumId: "cases",
    status: "VOTING" as const,
    since: new Date("2026-12-01T16:00:00Z"),
    votingClosesAt: new Date("2026-12-15T01:00:00Z"),
    contests: [
      {
        contestId: "k4",
        seatTitle: "Category 4 seat",
        electorate: "CATEGORY" as const,
        seatCategory: 4,
        closesAt: new Date("2026-12-15T01:00:00Z"),
        lcsasNotVoted: [butte],
      },
      {
        contestId: "k5",
        seatTitle: "Category 5 seat",
        electorate: "CATEGORY" as const,
        seatCategory: 5,
        closesAt: new Date("2026-12-15T01:00:00Z"),
        lcsasNotVoted: [butte],
      },
    ],
  };

  it("asks the Director to cast their LCSA's vote only for the seats their LCSA elects", () => {
    expect(electionTasks(director("butte"), election, now).map((t) => [t.action, t.subject, t.href])).toEqual([
      ["Cast the Butte LCSA's vote", "2027 CASES ESC election: Category 4 seat", "/elections/e1#seat-k4"],
    ]);
    expect(electionTasks(director("kern"), election, now)).toEqual([]);
    expect(electionTasks(director("butte"), election, new Date("2026-12-16T00:00:00Z"))).toEqual([]);
  });

  it("asks the chair to certify a tallied election", () => {
    const chair = { id: "c", grants: [{ role: "ESC_CHAIR" as const, scope: { type: "COMMITTEE" as const, committeeId: "esc" } }] };
    expect(electionTasks(chair, { ...election, status: "TALLIED" }, now).map((t) => t.action)).toEqual(["Certify the results"]);
    expect(electionTasks(director("butte"), { ...election, status: "TALLIED" }, now)).toEqual([]);
  });
});
