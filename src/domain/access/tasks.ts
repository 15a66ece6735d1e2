/**
 * Third-party access on the task list (src/domain/home/tasks.ts): for each state of an
 * application, the steps that move it on and whose they are, each asked of the permission its
 * command asks (src/domain/access/permissions.ts), so a task appears exactly when the step is
 * allowed. A DCSS step with a clock of process 4 is due by the end of the clock's last day.
 */
import { californiaDayOf, type Day } from "@/domain/calendar/day";
import { applicationClocks, type ApplicationFacts, type ClockKey } from "@/domain/access/clocks";
import { mouRenewal } from "@/domain/access/accounts";
import { applicationNumber, type AccessState } from "@/domain/access/lifecycle";
import { accessPermissions, type AccessResource } from "@/domain/access/permissions";
import { dueByEndOf, type Task } from "@/domain/home/tasks";
import { refusalOf, type Permission, type Principal } from "@/lib/permissions";
import { countOf } from "@/lib/format";

/** What the task list reads of an application. */
export interface ApplicationTaskFacts extends AccessResource, ApplicationFacts {
  id: string;
  number: number;
  organizationName: string;
  state: AccessState;
  stateChangedAt: Date;
  legalRequested: boolean;
  connectivityRequested: boolean;
  connectivityAnswered: boolean;
  packageSent: boolean;
  officeIdRecorded: boolean;
  infrastructureEvaluated: boolean;
  usersListed: number;
  /** Listed users whose CSE account is not yet created. */
  usersWaiting: number;
  termEndsOn: Day | null;
  renewalNoticeOn: Day | null;
  openFindings: number;
}

interface Step {
  permission: Permission<AccessResource>;
  when?: (app: ApplicationTaskFacts, today: Day) => boolean;
  action: string;
  why: (app: ApplicationTaskFacts) => string;
  /** The element id of the form on the page that does it. */
  section: string;
  /** The organization's page rather than the application's. */
  onOrganization?: boolean;
  /** The clock of process 4 that sets its due date. */
  clock?: ClockKey;
}

const STEPS: Partial<Record<AccessState, readonly Step[]>> = {
  IDENTIFIED: [
    {
      permission: accessPermissions.manage,
      action: "Send the invitation letter",
      why: (app) => `The LCSA Director identified ${app.organizationName}; the Process Manager sends the invitation (Third Party Access Process 6.3).`,
      section: "invitation",
      clock: "invitation",
    },
  ],
  INVITED: [
    {
      permission: accessPermissions.apply,
      action: "Complete and submit the application",
      why: () => "DCSS invited your organization to apply for CSE access (Third Party Access Process 6.4).",
      section: "application",
    },
  ],
  UNDER_REVIEW: [
    {
      permission: accessPermissions.manage,
      when: (app) => !app.legalRequested || !app.connectivityRequested,
      action: "Request the legal review and the connectivity test",
      why: () => "The application was received; the Process Manager obtains both (Third Party Access Process 6.5).",
      section: "reviews",
      clock: "legalReview",
    },
    {
      permission: accessPermissions.legalReview,
      when: (app) => app.legalRequested && app.legalAnsweredOn === null,
      action: "Review the legal authority",
      why: () => "DCSS Legal advises on the statutory authority for the Requestor's access (Third Party Access Process 1.5, 6.5).",
      section: "legal-review",
      clock: "legalReview",
    },
    {
      permission: accessPermissions.infrastructure,
      when: (app) => app.connectivityRequested && !app.connectivityAnswered,
      action: "Test the connection to the DTS Point of Presence",
      why: () => "The Process Manager asked for the connectivity test (Third Party Access Process 6.5 item 2).",
      section: "connectivity",
    },
    {
      permission: accessPermissions.manage,
      when: (app) => app.legalAnsweredOn !== null && app.connectivityAnswered,
      action: "Send it to the Process Owner for decision",
      why: () => "Both reviews are answered (Third Party Access Process 6.5 item 3).",
      section: "forward",
      clock: "conditionalApproval",
    },
  ],
  AWAITING_DECISION: [
    {
      permission: accessPermissions.decide,
      action: "Approve or reject the application",
      why: () => "The Process Owner approves requests and determines the number of accounts (Third Party Access Process 1.5, 6.6).",
      section: "decision",
      clock: "conditionalApproval",
    },
  ],
  APPROVED: [
    {
      permission: accessPermissions.manage,
      when: (app) => !app.packageSent,
      action: "Send the approval package",
      why: () => "The application is conditionally approved: the MOU, confidentiality statements and training go to the Requestor (6.7).",
      section: "package",
    },
    {
      permission: accessPermissions.apply,
      when: (app) => app.packageSent,
      action: "Return the signed MOU",
      why: () => "Your application is conditionally approved; DCSS countersigns once it has your signed MOU (6.8).",
      section: "mou",
    },
  ],
  MOU_SIGNED: [
    {
      permission: accessPermissions.decide,
      action: "Countersign the MOU",
      why: (app) => `${app.organizationName} returned its signed MOU; the Process Owner signs it on behalf of DCSS (6.9).`,
      section: "countersign",
      clock: "countersignature",
    },
  ],
  ACTIVE: [
    {
      permission: accessPermissions.infrastructure,
      when: (app) => !app.officeIdRecorded,
      action: "Create the office ID",
      why: () => "The Requestor is approved; the Infrastructure Manager creates its office ID (Third Party Access Process 7.1).",
      section: "office-id",
      clock: "accessEstablished",
    },
    {
      permission: accessPermissions.infrastructure,
      when: (app) => !app.infrastructureEvaluated,
      action: "Record the infrastructure evaluation",
      why: () => "Third Party Access Process 7.2: the Infrastructure Manager evaluates the DTS, county and third-party infrastructure.",
      section: "infrastructure",
      clock: "accessEstablished",
    },
    {
      permission: accessPermissions.apply,
      when: (app) => app.officeIdRecorded && app.usersListed === 0,
      action: "List your users for their CSE accounts",
      why: () => "Your office ID is created; your users need security awareness training and a signed confidentiality statement first (7.3, section 2).",
      section: "users",
      onOrganization: true,
    },
    {
      permission: accessPermissions.createAccounts,
      when: (app) => app.officeIdRecorded && app.usersWaiting > 0,
      action: "Set up the user accounts",
      why: (app) => `${countOf(app.usersWaiting, "listed user")} of ${app.organizationName} waiting for a CSE account (Third Party Access Process 7.3).`,
      section: "accounts",
      onOrganization: true,
    },
    {
      permission: accessPermissions.renewalNotice,
      when: (app, today) =>
        app.termEndsOn !== null &&
        mouRenewal({ termEndsOn: app.termEndsOn, notifiedOn: app.renewalNoticeOn, openFindings: app.openFindings }, today).status === "notice-due",
      action: "Send the MOU renewal notice",
      why: () => "Six months before an MOU's term ends, the Contract Manager notifies the Process Manager (Third Party Access Process 10.1).",
      section: "renewal",
      onOrganization: true,
    },
  ],
};

/** The states in which an application can be anyone's task. */
export const ACCESS_TASK_STATES = Object.keys(STEPS) as AccessState[];

/** The person's tasks on one application: each step of its state that is theirs now. */
export function applicationTasks(principal: Principal, app: ApplicationTaskFacts, now: Date): Task[] {
  const today = californiaDayOf(now);
  const steps = (STEPS[app.state] ?? []).filter(
    (step) => (step.when?.(app, today) ?? true) && refusalOf(principal, step.permission, { lcsaId: app.lcsaId, organizationId: app.organizationId }) === null,
  );
  if (!steps.length) return [];
  const clocks = applicationClocks(app, today);
  return steps.map((step) => {
    const clock = step.clock ? clocks.find((candidate) => candidate.key === step.clock && candidate.completedOn === null) : undefined;
    return {
      key: `access:${app.id}:${step.section}`,
      area: "Third-party access",
      action: step.action,
      subject: `${applicationNumber(app.number)} ${app.organizationName}`,
      why: step.why(app),
      since: app.stateChangedAt,
      ...(clock ? dueByEndOf(clock.limitOn) : { due: null }),
      href: step.onOrganization ? `/access/organizations/${app.organizationId}#${step.section}` : `/access/applications/${app.id}#${step.section}`,
    };
  });
}

/** An open finding of the DCSS ISO's audit (section 8), the Process Owner's to clear. */
export interface FindingTaskFacts {
  id: string;
  organizationId: string;
  organizationName: string;
  lcsaId: string;
  finding: string;
  recordedAt: Date;
}

export function findingTasks(principal: Principal, finding: FindingTaskFacts): Task[] {
  if (refusalOf(principal, accessPermissions.clearFindings, { lcsaId: finding.lcsaId, organizationId: finding.organizationId }) !== null) return [];
  return [
    {
      key: `finding:${finding.id}`,
      area: "Third-party access",
      action: "Clear the audit finding",
      subject: `${finding.organizationName}: ${finding.finding.length > 80 ? `${finding.finding.slice(0, 79)}…` : finding.finding}`,
      why: "The Process Owner coordinates with the Requestor's Information Security Officer to clear negative audit findings (Third Party Access Process 8).",
      since: finding.recordedAt,
      due: null,
      href: `/access/organizations/${finding.organizationId}#findings`,
    },
  ];
}
