/**
 * The change-request steps that are someone's work, for the task list (src/domain/home/tasks.ts).
 * Whether the person may take a step is the module's permissions (`crRefusal`, the same
 * rule the command asks); this table says only which step of each state moves the change
 * request on, and whose duty it is among those allowed: the CPL may edit a JAD team's work,
 * but it is the team's task. Votes are the voting module's tasks, not these.
 */
import { crNumber } from "@/domain/change-requests/labels";
import { type Capacity, type CrKind, type CrState } from "@/domain/change-requests/states";
import { crRefusal, type CrAct } from "@/domain/change-requests/permissions";
import { OVERDUE_AFTER_DAYS } from "@/domain/change-requests/queue";
import { escalationCapacitiesOf, LEVEL_LABELS, mayWork, type EscalationLevel } from "@/domain/change-requests/escalation";
import { addDays, californiaDayOf } from "@/domain/calendar/day";
import { dueByEndOf, type Task } from "@/domain/home/tasks";
import type { Principal } from "@/lib/permissions";

/** What the task list reads of one change request and of the person's part in it. */
export interface CrTaskFacts {
  id: string;
  number: number;
  title: string;
  consortiumCode: string;
  state: CrState;
  kind: CrKind;
  stateChangedAt: Date;
  backBriefed: boolean;
  /** The capacities in which the person acts on it (capacities.ts), without an administrator's. */
  capacities: readonly Capacity[];
  /** A gate motion is open: the work is the voters' (the voting module's tasks). */
  voteOpen: boolean;
  impactTeamSize: number;
  jadTeamSize: number;
  uatTeamSize: number;
  /** A UAT pass has been completed and passed. */
  uatPassed: boolean;
  /** Plan 3.1.5 item 2: the developers' unit and system testing are both recorded. */
  developerTested: boolean;
  /** Fixed major defects waiting for a UAT tester's sign-off (plan 3.1.5 item 6). */
  defectsToSignOff: number;
  /** The release record has its notes and date (plan 3.1.6). */
  releaseRecorded: boolean;
}

interface Step {
  act: CrAct;
  /** Whose task it is, among those the permission allows. */
  for: readonly Capacity[];
  /** Whether the step is the next one (a team must be named before it works). */
  when?: (cr: CrTaskFacts) => boolean;
  action: string;
  why: (cr: CrTaskFacts) => string;
  /** The section of the change request's page with the form. */
  section: string;
}

const CPL = (cr: CrTaskFacts) => `You are the ${cr.consortiumCode} Consortium Project Leader`;
const gateStep = (why: string): Step => ({
  act: "openGateVote",
  for: ["ESC_CHAIR", "CCB_MEMBER"],
  when: (cr) => !cr.voteOpen,
  action: "Open the vote",
  why: () => why,
  section: "gate-votes",
});

/** Governance plan 3.1: each state's steps, in the order they come. */
export const CR_TASK_STEPS: Partial<Record<CrState, readonly Step[]>> = {
  DRAFT: [
    {
      act: "submit",
      for: ["AUTHOR"],
      action: "Finish and submit it",
      why: () => "You started this change request; it is still a draft.",
      section: "initiation",
    },
  ],
  SUBMITTED: [gateStep("The ESC votes on the concept (Governance plan 3.1.1); you run the ESC's votes.")],
  PACKAGE_VOTE: [gateStep("The impact analysis package is ready for the ESC's vote (plan 3.1.2); you run the ESC's votes.")],
  CCB_REVIEW: [gateStep("The Change Control Board decides a change that affects other components (plan 3.1.3); its members run its vote.")],
  ESC_AUTHORIZATION: [gateStep("The CCB approved it; the ESC authorizes development (plan 3.1.3); you run the ESC's votes.")],
  JAD_VOTE: [gateStep("The JAD recommendation is ready for the ESC's vote (plan 3.1.4); you run the ESC's votes.")],
  IMPACT_ANALYSIS: [
    {
      act: "nameImpactTeam",
      for: ["ESC_CHAIR"],
      when: (cr) => cr.impactTeamSize === 0,
      action: "Name the impact analysis team",
      why: () => "Plan 3.1.2: the ESC determines the resources of the impact analysis team; none is named yet.",
      section: "impact-analysis",
    },
    {
      act: "editPackage",
      for: ["IMPACT_TEAM"],
      when: (cr) => cr.impactTeamSize > 0,
      action: "Prepare the impact analysis package",
      why: () => "You are on its impact analysis team (plan 3.1.2).",
      section: "impact-analysis",
    },
    {
      act: "submitPackage",
      for: ["CPL"],
      when: (cr) => cr.impactTeamSize > 0,
      action: "Submit the impact analysis package",
      why: (cr) => `${CPL(cr)}: you submit the package for the ESC's vote.`,
      section: "impact-analysis",
    },
  ],
  SUBCOMPONENT_REVIEW: [
    {
      act: "clearSubcomponentReview",
      for: ["CPL", "CCB_MEMBER"],
      action: "Review it for impact on other components",
      why: () => "It is listed for the monthly CCSAS Subcomponent Review (plan 3.1.3).",
      section: "next-step",
    },
  ],
  JAD_DESIGN: [
    {
      act: "nameJadTeam",
      for: ["CPL", "ESC_CHAIR"],
      when: (cr) => cr.jadTeamSize === 0,
      action: "Name the JAD team",
      why: () => "Detail design starts once the JAD team is named (plan 3.1.4).",
      section: "jad",
    },
    {
      act: "submitJad",
      for: ["JAD_MEMBER"],
      when: (cr) => cr.jadTeamSize > 0,
      action: "Write and submit the JAD recommendation",
      why: () => "You are on its JAD team (plan 3.1.4).",
      section: "jad",
    },
  ],
  BUILD_AND_TEST: [
    {
      act: "recordDeveloperTesting",
      for: ["DEVELOPER"],
      when: (cr) => !cr.developerTested,
      action: "Record the developers' unit and system testing",
      why: () => "The developers test before user acceptance testing (plan 3.1.5 item 2).",
      section: "build-and-test",
    },
    {
      act: "startUat",
      for: ["CPL"],
      when: (cr) => cr.developerTested,
      action: "Start user acceptance testing",
      why: (cr) => `${CPL(cr)}: the developers' testing is recorded, and you coordinate UAT (plan 3.1.5 item 4).`,
      section: "next-step",
    },
  ],
  UAT: [
    {
      act: "nameUatTeam",
      for: ["CPL"],
      when: (cr) => cr.uatTeamSize === 0,
      action: "Name the UAT testers",
      why: (cr) => `${CPL(cr)}: "LCSA users will conduct UAT" and you coordinate its resources (plan 3.1.5 item 4); none is named yet.`,
      section: "uat",
    },
    {
      act: "signOffDefect",
      for: ["UAT_TESTER"],
      when: (cr) => cr.defectsToSignOff > 0,
      action: "Sign off a fixed defect",
      why: () => "A major defect's fix waits for a UA tester's sign-off (plan 3.1.5 item 6).",
      section: "uat",
    },
    {
      act: "runUatPass",
      for: ["UAT_TESTER"],
      when: (cr) => cr.defectsToSignOff === 0 && !cr.uatPassed,
      action: "Record a UAT pass",
      why: () => "You are one of its UAT testers (plan 3.1.5 item 4).",
      section: "uat",
    },
    {
      act: "passUat",
      for: ["CPL"],
      when: (cr) => cr.uatPassed,
      action: "Finish user acceptance testing",
      why: (cr) => `${CPL(cr)}: a UAT pass has passed; you finish UAT once every major defect is signed off.`,
      section: "next-step",
    },
  ],
  RELEASE: [
    {
      act: "editRelease",
      for: ["CPL"],
      when: (cr) => !cr.releaseRecorded,
      action: "File the release notes",
      why: (cr) => `${CPL(cr)}: you record the release, its notes and date, before it is closed (plan 3.1.6).`,
      section: "release",
    },
    {
      act: "close",
      for: ["CPL"],
      when: (cr) => cr.releaseRecorded,
      action: "Close it",
      why: (cr) => `${CPL(cr)}: it is released.`,
      section: "next-step",
    },
    {
      act: "markBackBriefed",
      for: ["CPL", "ESC_CHAIR"],
      action: "Record the ESC back-brief",
      why: () => "Governance plan 3: the ESC is back-briefed on every emergency fix.",
      section: "back-brief",
    },
  ],
};

/** The states in which a change request can be anyone's task. */
export const TASK_STATES = Object.keys(CR_TASK_STEPS) as CrState[];

/** The person's tasks on one change request: each step of its state that is theirs and that they may take now. */
export function changeRequestTasks(cr: CrTaskFacts): Task[] {
  // Due by the end of the day the dashboard starts calling it overdue (queue.ts: more than `limit` days in the step).
  const access = { state: cr.state, kind: cr.kind, backBriefed: cr.backBriefed, capacities: cr.capacities };
  const steps = (CR_TASK_STEPS[cr.state] ?? []).filter(
    (step) => (step.when?.(cr) ?? true) && cr.capacities.some((capacity) => step.for.includes(capacity)) && crRefusal(step.act, access) === null,
  );
  if (!steps.length) return []; // most candidates: the day arithmetic below is for tasks only
  const limit = OVERDUE_AFTER_DAYS[cr.state];
  const due = limit === undefined ? { due: null } : dueByEndOf(addDays(californiaDayOf(cr.stateChangedAt), limit));
  return steps.map((step) => ({
    key: `cr:${cr.id}:${step.act}`,
    area: "Change request",
    action: step.action,
    subject: `${crNumber(cr.number)} ${cr.title}`,
    why: step.why(cr),
    since: cr.stateChangedAt,
    ...due,
    href: `/change-requests/${cr.id}#${step.section}`,
  }));
}

/** An issue raised to the escalation chain (plan 5.1.1), as the task of whoever works it at its level. */
export interface EscalationTaskFacts {
  id: string;
  title: string;
  level: EscalationLevel;
  consortiumId: string;
  consortiumCode: string;
  escCommitteeId: string | null;
  /** When it reached its level (raised, or last escalated). */
  since: Date;
}

export function escalationTasks(principal: Principal, issue: EscalationTaskFacts): Task[] {
  const capacities = escalationCapacitiesOf(principal, issue).filter((capacity) => capacity !== "ADMINISTRATOR");
  if (!mayWork(issue.level, capacities)) return [];
  return [
    {
      key: `escalation:${issue.id}`,
      area: "Escalation",
      action: issue.level === "DCSS_DIRECTORATE" ? "Decide the issue" : "Resolve or escalate the issue",
      subject: `${issue.consortiumCode}: ${issue.title}`,
      why: `It is with the ${LEVEL_LABELS[issue.level]} (Governance plan 5.1.1).`,
      since: issue.since,
      due: null,
      href: `/dashboard/escalations/${issue.id}#next-step`,
    },
  ];
}
