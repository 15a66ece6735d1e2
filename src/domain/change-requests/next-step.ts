/**
 * "What happens next, and who are we waiting on", in plain words, for the change request's
 * page (and anyone who asks where a change request stands).
 */
import { GATES, GATE_LABELS, skipsEscGates, type CrKind, type CrState, type Gate } from "@/domain/change-requests/lifecycle";
import { readinessFor, type Readiness } from "@/domain/change-requests/readiness";

export interface NextStepView {
  state: CrState;
  kind: CrKind;
  deferredFrom: CrState | null;
  reconsiderOn: string | null;
  /** A gate motion is open right now. */
  voteOpen: boolean;
  readiness: Readiness;
}

export interface NextStep {
  summary: string;
  waitingOn: string;
  /** What the current step still lacks, when it has a checklist. */
  stillNeeded: string[];
}

const gateOf = (state: CrState) => (Object.keys(GATES) as Gate[]).find((gate) => GATES[gate].state === state);

export function nextStep(view: NextStepView): NextStep {
  const ready = readinessFor(view.readiness);
  const step = (summary: string, waitingOn: string, stillNeeded: string[] = []): NextStep => ({ summary, waitingOn, stillNeeded });
  const gate = gateOf(view.state);
  if (gate) {
    const voters = gate === "CCB" ? "the members of the CCSAS Change Control Board" : "the ESC's voting members";
    const runner = gate === "CCB" ? "a CCB member" : "the ESC chair";
    const options = GATES[gate].options.join(", ").replace(/, (\w+)$/, " or $1");
    return view.voteOpen
      ? step(
          `The ${GATE_LABELS[gate]} is open: the committee decides to ${options}. The result moves the change request on by itself.`,
          `${voters}, then ${runner} to close the vote`,
        )
      : step(
          `The ${GATE_LABELS[gate]} is not open: the last vote reached no decision, or it waits to be opened. ${capitalize(runner)} opens the vote.`,
          runner,
        );
  }

  switch (view.state) {
    case "DRAFT":
      return step(
        skipsEscGates(view.kind)
          ? "The author completes the form and submits it. As an emergency fix or defect, work starts at once; the ESC is back-briefed at its next meeting."
          : "The author completes the initiation form and submits it; the ESC then votes on the concept.",
        "the author",
        ready.initiation(),
      );
    case "IMPACT_ANALYSIS":
      return view.readiness.impactTeamSize === 0
        ? step("The ESC chair names the impact analysis team: one representative per LCSA, spanning the caseload categories.", "the ESC chair", ready.package())
        : step(
            "The impact analysis team prepares the Impact Analysis Package; the CPL submits it for the ESC's vote.",
            "the impact analysis team and the CPL",
            ready.package(),
          );
    case "SUBCOMPONENT_REVIEW":
      return step(
        "Listed for the monthly CCSAS Subcomponent Review. If another component's representative finds an impact, it goes to the Change Control Board; otherwise the CPL clears it for detail design (JAD).",
        "the CCSAS Subcomponent Review (CCB members) and the CPL",
      );
    case "JAD_DESIGN":
      return step(
        "The JAD team writes the detailed specification and business rules, revises the estimates, and recommends to approve, withdraw or defer.",
        view.readiness.jadTeamSize === 0 ? "the CPL, to name the JAD team" : "the JAD team",
        ready.jad(),
      );
    case "BUILD_AND_TEST":
      return step(
        view.kind === "EMERGENCY_FIX"
          ? "The developers build the fix and record their unit and system testing. As an emergency fix it may go to production release without user acceptance testing (Governance plan 2.6), or through UAT first."
          : "The developers build the change and record their unit and system testing; then user acceptance testing starts.",
        "the developers (technical manager or M&O vendor)",
        ready.developerTesting(),
      );
    case "UAT":
      return step(
        "LCSA testers run the UAT scenarios in passes and report defects; the CPL finishes UAT when a pass has passed and every major defect is fixed, retested with regression and signed off.",
        "the UAT testers and the CPL",
        ready.uat(),
      );
    case "RELEASE": {
      const needed = [...ready.release(), ...(skipsEscGates(view.kind) ? ready.backBrief() : [])];
      return step("The CPL records the release: release notes, known defects, CCSAS Operations notified, the release date; then closes it.", "the CPL", needed);
    }
    case "DEFERRED": {
      const back = view.deferredFrom ? gateOf(view.deferredFrom) : undefined;
      return step(
        `Deferred${view.reconsiderOn ? ` until ${view.reconsiderOn}` : ""}. It then comes back${back ? ` for the ${GATE_LABELS[back]}` : ""}; the ESC chair or the CPL may bring it back earlier.`,
        "the reconsider date",
      );
    }
    case "CLOSED":
      return step("Released and closed. Nothing more happens.", "nobody");
    case "POLICY_BRANCH":
      return step(
        "A policy question: it went to the Policy Branch for research and resolution, not to an ESC vote (Governance plan 2.1). The ESC addresses the implementation of policy decisions in the system, so once the Policy Branch decides, a new change request carries that out.",
        "the Policy Branch",
      );
    default:
      return step(`It is ${view.state.toLowerCase()}. Nothing more happens.`, "nobody");
  }
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
