import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { cache, type ReactNode } from "react";
import { ApplicationClocks } from "@/components/access/application-clocks";
import { DecisionForm } from "@/components/access/application-decision";
import { InfrastructureForm, OfficeIdForm } from "@/components/access/application-establish";
import { ApplicationForm } from "@/components/access/application-form";
import { CountersignForm, SignedMouForm } from "@/components/access/application-mou";
import { ApplicationRecord, Facts, IdentificationRecord, ReviewRecord } from "@/components/access/application-record";
import { ReviewAnswerForm } from "@/components/access/application-review-form";
import { StepTracker } from "@/components/access/step-tracker";
import { ConfirmAction } from "@/components/forms/confirm-action";
import { InlineAction } from "@/components/meetings/action-form";
import { Alert } from "@/components/ui/alert";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { guideRowName } from "@/domain/access/allocation";
import { CLOSED_STATES, moveRefusal } from "@/domain/access/lifecycle";
import { accessPermissions } from "@/domain/access/permissions";
import { WAITING_ON, type WaitingOn } from "@/domain/access/queue";
import {
  applicationProblems,
  applicationStepSchema,
  EMPTY_APPLICATION,
  requestReviewSchema,
  withdrawSchema,
  type ApplicationFormValues,
  type ReviewKind,
} from "@/domain/access/schemas";
import { applicationTasks } from "@/domain/access/tasks";
import { californiaDayOf, dayOfNullable } from "@/domain/calendar/day";
import { db } from "@/lib/db/client";
import { countOf, formatDateTime, formatDay } from "@/lib/format";
import { fieldsOf } from "@/lib/form-fields";
import { can } from "@/lib/permissions";
import { guideReservation } from "@/server/access/decision";
import { applicationLetters } from "@/server/access/letters";
import { readableApplication, type ApplicationDetail } from "@/server/access/queries";
import { requireUser } from "@/server/session";
import * as act from "@/app/(app)/access/applications/[id]/actions";

const stepField = fieldsOf(applicationStepSchema);
const reviewField = fieldsOf(requestReviewSchema);
const withdrawField = fieldsOf(withdrawSchema);

type Props = { params: Promise<{ id: string }> };

/** Read once per request: the tab's title and the page share it. */
const applicationOf = cache(async (id: string) => readableApplication(await requireUser(), id, new Date()));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const application = await applicationOf((await params).id);
  return { title: application ? `${application.label} ${application.organization.name}` : "Application" };
}

/** Appendix B as stored, in the form's shape (a draft may hold nothing yet). */
function formValuesOf(form: ApplicationDetail["form"]): ApplicationFormValues {
  if (!form) return EMPTY_APPLICATION;
  return { ...form, authorities: form.authorities as ApplicationFormValues["authorities"], signedOn: dayOfNullable(form.signedOn) };
}

/** "the Process Manager", "DCSS Legal". */
const whoIs = (on: WaitingOn) => (on.startsWith("DCSS_LEGAL") || on === "LEGAL_AND_INFRASTRUCTURE" ? WAITING_ON[on] : `the ${WAITING_ON[on]}`);

const REVIEW_WHAT: Record<ReviewKind, string> = { LEGAL: "legal review", CONNECTIVITY: "connectivity test" };

/**
 * One third-party access application, where every role takes its step (Third Party Access
 * Process 6.2 to 7.2): where it stands, what is asked of the person looking, the goals of
 * section 4, and a section per step showing what was recorded and, to the person whose step it
 * is, its form. The commands ask the same permissions again. The element ids are the home task
 * list's links (src/domain/access/tasks.ts).
 */
export default async function ApplicationPage({ params }: Props) {
  const user = await requireUser();
  const application = await applicationOf((await params).id);
  if (application === null) notFound();
  if (application === undefined) forbidden();
  const now = new Date();
  const today = californiaDayOf(now);
  const { state, resource } = application;
  const id = application.id;
  const manager = can(user, accessPermissions.manage, resource);
  const requestor = can(user, accessPermissions.apply, resource);
  const legalReviewer = can(user, accessPermissions.legalReview, resource);
  const infrastructure = can(user, accessPermissions.infrastructure, resource);
  const owner = can(user, accessPermissions.decide, resource);
  const closed = CLOSED_STATES.includes(state);
  const form = formValuesOf(application.form);
  const { legal, connectivity } = application;
  const letters = applicationLetters(application, now);
  const approved = application.approvedAccounts !== null && state !== "REJECTED";

  // The person's own steps, from the task list's table (each asked of its permission); those of the organization's page are linked there.
  const tasks = applicationTasks(
    user,
    {
      ...application.facts,
      ...resource,
      id,
      number: application.number,
      organizationName: application.organization.name,
      stateChangedAt: application.stateChangedAt,
      usersListed: 1,
      usersWaiting: 0,
      termEndsOn: null,
      renewalNoticeOn: null,
      openFindings: 0,
    },
    now,
  ).filter((task) => task.href.startsWith(`/access/applications/${id}#`));

  const decision =
    state === "AWAITING_DECISION" && owner
      ? await guideReservation(db, application).then((guide) => ({
          guide,
          requested: application.form?.usersRequested ?? application.recommendedAccounts,
          name:
            guide.kind === "none"
              ? `${application.organization.name} (the guide has no row for it in ${guide.label})`
              : guideRowName(guide.label, guide.kind === "named" ? application.organization.guideOrganization : null),
        }))
      : null;

  const letterLink = (kind: string) => `/access/applications/${id}/letters/${kind}`;
  const waitingFor = (text: ReactNode) => <p className="text-sm text-slate-700">{text}</p>;

  return (
    <>
      <PageHeader
        title={`${application.label} ${application.organization.name}`}
        description={`${application.county.name} County, served by ${application.lcsa.name}. ${application.kind === "RENEWAL" ? "Renewal of an MOU." : "Application for CSE access."}`}
        back={{ href: "/access", label: "Third-party access" }}
      />
      <div className="space-y-6">
        <Card id="status" title="Where it stands">
          <div className="space-y-4">
            <p className="flex flex-wrap items-center gap-2">
              <Badge tone={closed ? "neutral" : state === "ACTIVE" ? "green" : "blue"}>{application.stateLabel}</Badge>
              <span className="text-sm text-slate-600">since {formatDateTime(application.stateChangedAt)}</span>
            </p>
            {tasks.length ? (
              <Alert tone="info" title="What is asked of you">
                <ul className="list-disc space-y-1 pl-5">
                  {tasks.map((task) => (
                    <li key={task.key}>
                      <a href={task.href.slice(task.href.indexOf("#"))} className="font-medium">
                        {task.action}
                      </a>
                      {task.dueDay ? `, due by ${formatDay(task.dueDay)}` : ""}. {task.why}
                    </li>
                  ))}
                </ul>
              </Alert>
            ) : null}
            <p className="text-sm text-slate-800">
              <span className="font-semibold">What happens next: </span>
              {application.withdrawal
                ? `Withdrawn on ${formatDateTime(application.withdrawal.at)}${application.withdrawal.by ? ` by ${application.withdrawal.by}` : ""}: ${application.withdrawal.reason}`
                : state === "REJECTED"
                  ? `Rejected on ${formatDateTime(application.decidedAt)}. Nothing more happens on this application.`
                  : closed
                    ? "Nothing: a renewal took its place."
                    : application.waiting
                      ? `Waiting on ${whoIs(application.waiting.on)} to ${application.waiting.what}.`
                      : "Access is established. The Requestor lists its users and the LCSA System Administrator sets up their accounts on the organization's page."}
            </p>
            {approved || letters.length ? (
              <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
                {approved ? (
                  <Link href={`/access/organizations/${application.organization.id}`}>The organization&apos;s page: MOU, users and accounts</Link>
                ) : null}
                {letters.map((letter) => (
                  <Link key={letter.kind} href={letterLink(letter.kind)}>
                    {letter.name}
                    {letter.preview ? " (preview)" : ""}
                  </Link>
                ))}
              </p>
            ) : null}
          </div>
        </Card>

        <Card title="Steps">
          <StepTracker steps={application.steps} />
        </Card>

        <Card id="clocks" title="Goals of section 4">
          <ApplicationClocks clocks={application.clocks} />
        </Card>

        <Card id="identify" title="6.2 Identified by the LCSA Director">
          <IdentificationRecord application={application} />
        </Card>

        <Card id="invitation" title="6.3 Invitation letter">
          {application.invitationSentAt ? (
            <p className="text-sm text-slate-800">
              Sent {formatDateTime(application.invitationSentAt)}
              {application.invitationSentBy ? ` by ${application.invitationSentBy}` : ""} to {application.inviteeName} ({application.inviteeEmail}), with a copy
              to the LCSA Director. <Link href={letterLink("invitation")}>Read the letter</Link>.
            </p>
          ) : state === "IDENTIFIED" ? (
            <div className="space-y-3">
              <p className="text-sm text-slate-800">
                The LCSA Director asked for it to be sent on {formatDay(application.invitationOn)}.{" "}
                <Link href={letterLink("invitation")}>Preview the letter</Link> (Appendix A).
              </p>
              {manager ? (
                <ConfirmAction
                  action={act.sendInvitationAction}
                  fields={{ [stepField.applicationId]: id }}
                  variant="primary"
                  label="Send the invitation letter"
                  title={`Send the invitation to ${application.inviteeName}?`}
                  body={`${application.inviteeName} (${application.inviteeEmail}) is invited to the app as the Requestor of ${application.organization.name}, to complete the application; the LCSA Director is copied (Third Party Access Process 6.3).`}
                  confirmLabel="Send the invitation"
                />
              ) : (
                waitingFor("The Process Manager sends it.")
              )}
            </div>
          ) : (
            waitingFor("Not sent: the application was withdrawn first.")
          )}
        </Card>

        <Card id="application" title="6.4 Application (Appendix B)">
          {state === "INVITED" && requestor ? (
            <ApplicationForm
              applicationId={id}
              version={application.form?.version ?? 1}
              saved={form}
              problems={applicationProblems(form)}
              today={today}
              action={act.saveApplicationAction}
            />
          ) : application.submittedAt ? (
            <div className="space-y-3">
              <p className="text-sm text-slate-800">
                Submitted {formatDateTime(application.submittedAt)}
                {application.requestorUser ? ` by ${application.requestorUser.name}` : ""}.
              </p>
              <ApplicationRecord form={form} />
            </div>
          ) : state === "INVITED" ? (
            waitingFor(
              `With the Requestor${application.requestorUser ? `, ${application.requestorUser.name} (${application.requestorUser.email})` : ""}, who completes and submits it.`,
            )
          ) : (
            waitingFor(closed ? "Not submitted." : "The Requestor completes it once invited.")
          )}
        </Card>

        <Card id="reviews" title="6.5 Legal review and connectivity test">
          <div className="space-y-6">
            <p className="text-sm text-slate-700">
              The Process Manager obtains DCSS Legal&apos;s review of the application and asks the Infrastructure Manager to test the Requestor&apos;s ability
              to connect to the DTS Point of Presence, then sends the application to the Process Owner.
            </p>
            {(["LEGAL", "CONNECTIVITY"] as const).map((kind) => {
              const review = kind === "LEGAL" ? legal : connectivity;
              const askable = state === "UNDER_REVIEW" && manager && (!review || review.favorable === false);
              const answerable = state === "UNDER_REVIEW" && review && !review.answeredAt && (kind === "LEGAL" ? legalReviewer : infrastructure);
              return (
                <section key={kind} id={kind === "LEGAL" ? "legal-review" : "connectivity"} aria-labelledby={`${kind}-title`} className="scroll-mt-4 space-y-3">
                  <h3 id={`${kind}-title`} className="font-semibold">
                    {kind === "LEGAL" ? "Legal review (DCSS Legal)" : "Connectivity test (Infrastructure Manager)"}
                  </h3>
                  <ReviewRecord review={review} what={REVIEW_WHAT[kind]} />
                  {askable ? (
                    <InlineAction
                      action={act.requestReviewAction}
                      fields={{ [reviewField.applicationId]: id, [reviewField.kind]: kind }}
                      variant="primary"
                      label={review ? `Request the ${REVIEW_WHAT[kind]} again` : `Request the ${REVIEW_WHAT[kind]}`}
                    />
                  ) : null}
                  {answerable ? (
                    <ReviewAnswerForm applicationId={id} kind={kind} action={kind === "LEGAL" ? act.answerLegalReviewAction : act.answerConnectivityAction} />
                  ) : null}
                </section>
              );
            })}
            <section id="forward" aria-labelledby="forward-title" className="scroll-mt-4 space-y-3 border-t border-slate-200 pt-4">
              <h3 id="forward-title" className="font-semibold">
                Sent to the Process Owner
              </h3>
              {application.steps.find((step) => step.key === "reviews")?.status === "done" ? (
                waitingFor(`Sent for decision ${formatDateTime(application.steps.find((step) => step.key === "reviews")!.at)}.`)
              ) : state === "UNDER_REVIEW" && legal?.answeredAt && connectivity?.answeredAt ? (
                manager ? (
                  <ConfirmAction
                    action={act.forwardForDecisionAction}
                    fields={{ [stepField.applicationId]: id }}
                    variant="primary"
                    label="Send it to the Process Owner for decision"
                    title="Send the application to the Process Owner?"
                    body="With DCSS Legal's sign-off and the connectivity test's result, as they are recorded above (Third Party Access Process 6.5 item 3)."
                    confirmLabel="Send for decision"
                  />
                ) : (
                  waitingFor("Both reviews are answered; the Process Manager sends it to the Process Owner.")
                )
              ) : (
                waitingFor("Once both reviews are answered.")
              )}
            </section>
          </div>
        </Card>

        <Card id="decision" title="6.6 Decision of the Process Owner">
          {application.decidedAt ? (
            state === "REJECTED" ? (
              <div className="space-y-2 text-sm">
                <p>
                  <Badge tone="red">Rejected</Badge> {formatDateTime(application.decidedAt)}
                  {application.decidedBy ? ` by ${application.decidedBy.name}` : ""}.
                </p>
                <p className="whitespace-pre-line text-slate-900">Reason: {application.rejectionReason}</p>
                <Link href={letterLink("rejection")}>The Notice of Rejection</Link>
              </div>
            ) : (
              <div className="space-y-2 text-sm">
                <p>
                  <Badge tone="green">Conditionally approved</Badge> {formatDateTime(application.decidedAt)}
                  {application.decidedBy ? ` by ${application.decidedBy.name}` : ""}, for {countOf(application.approvedAccounts ?? 0, "user account")}.
                </p>
                <p className="text-slate-700">
                  {application.decisionGuide
                    ? `Version ${application.decisionGuide.number} of the allocation guide reserved `
                    : "The allocation guide reserved "}
                  {countOf(application.reservedAtDecision ?? 0, "user account")}.
                </p>
                {application.overGuideJustification ? (
                  <p className="whitespace-pre-line text-slate-900">Justification beyond the guide: {application.overGuideJustification}</p>
                ) : null}
                <Link href={letterLink("acceptance")}>The Notice of Conditional Acceptance</Link>
              </div>
            )
          ) : decision ? (
            <DecisionForm
              applicationId={id}
              organization={application.organization.name}
              requested={decision.requested}
              recommended={application.recommendedAccounts}
              reserved={decision.guide.reserved}
              guideName={decision.name}
              approve={act.approveAction}
              reject={act.rejectAction}
            />
          ) : (
            waitingFor(
              state === "AWAITING_DECISION" ? "With the Process Owner, who approves or rejects it." : closed ? "Not decided." : "Once the reviews are done.",
            )
          )}
        </Card>

        <Card id="package" title="6.7 Approval package">
          {application.packageSentAt ? (
            waitingFor(
              `Sent ${formatDateTime(application.packageSentAt)}: the approval letter, the MOU, the confidentiality statements and the security awareness training modules.`,
            )
          ) : state === "APPROVED" && manager ? (
            <div className="space-y-3">
              <p className="text-sm text-slate-700">
                Send the Requestor the <Link href={letterLink("acceptance")}>Notice of Conditional Acceptance</Link>, the MOU, the confidentiality statements
                and the security awareness training modules (Third Party Access Process 6.7).
              </p>
              <ConfirmAction
                action={act.sendPackageAction}
                fields={{ [stepField.applicationId]: id }}
                variant="primary"
                label="Record the approval package as sent"
                title="Has the approval package gone to the Requestor?"
                body="The Requestor is told to sign the MOU and return it (Third Party Access Process 6.8)."
                confirmLabel="It is sent"
              />
            </div>
          ) : (
            waitingFor(state === "APPROVED" ? "The Process Manager sends it." : "Once the application is approved.")
          )}
        </Card>

        <Card id="mou" title="6.8 Signed MOU from the Requestor">
          {application.mouReceivedAt ? (
            waitingFor(
              `Received ${formatDateTime(application.mouReceivedAt)}${application.signedMouFile ? `: ${application.signedMouFile.fileName} (${Math.max(1, Math.round(application.signedMouFile.size / 1024))} KB)` : ""}.`,
            )
          ) : state === "APPROVED" && application.packageSentAt && requestor ? (
            <div className="space-y-3">
              <p className="text-sm text-slate-700">
                Obtain your organization&apos;s signature on the MOU and return it. Then identify your staff for CSE access, train them with the security
                awareness training and have them sign the confidentiality statements; keep the certifications for audit (Third Party Access Process 6.8).
              </p>
              <SignedMouForm applicationId={id} action={act.returnSignedMouAction} />
            </div>
          ) : (
            waitingFor(state === "APPROVED" && application.packageSentAt ? "The Requestor signs it and returns it." : "Once the approval package is sent.")
          )}
        </Card>

        <Card id="countersign" title="6.9 MOU countersigned for DCSS">
          {application.countersignedAt ? (
            waitingFor(
              `Signed ${formatDateTime(application.countersignedAt)}${application.countersignedBy ? ` by ${application.countersignedBy.name}` : ""}; term ${formatDay(application.termStartsOn)} to ${formatDay(application.termEndsOn)}.`,
            )
          ) : state === "MOU_SIGNED" && owner ? (
            <CountersignForm applicationId={id} organization={application.organization.name} today={today} action={act.countersignAction} />
          ) : (
            waitingFor(state === "MOU_SIGNED" ? "The Process Owner signs it on behalf of DCSS." : "Once the Requestor returns the signed MOU.")
          )}
        </Card>

        <Card id="office-id" title="7.1 Office ID">
          {application.officeId ? (
            <Facts
              rows={[
                ["Office ID", application.officeId],
                ["Recorded", formatDateTime(application.officeIdRecordedAt)],
              ]}
            />
          ) : state === "ACTIVE" && infrastructure ? (
            <OfficeIdForm applicationId={id} action={act.recordOfficeIdAction} />
          ) : (
            waitingFor(state === "ACTIVE" ? "The Infrastructure Manager creates it." : "Once the MOU is countersigned.")
          )}
        </Card>

        <Card id="infrastructure" title="7.2 Infrastructure evaluation">
          {application.infrastructureEvaluatedAt ? (
            <div className="space-y-2 text-sm">
              <p className="text-slate-700">Recorded {formatDateTime(application.infrastructureEvaluatedAt)}.</p>
              <p className="whitespace-pre-line text-slate-900">{application.infrastructureEvaluation}</p>
            </div>
          ) : state === "ACTIVE" && infrastructure ? (
            <InfrastructureForm applicationId={id} action={act.evaluateInfrastructureAction} />
          ) : (
            waitingFor(
              state === "ACTIVE" ? "The Infrastructure Manager evaluates the DTS, county and third-party infrastructure." : "Once the MOU is countersigned.",
            )
          )}
        </Card>

        <Card id="withdraw" title="Withdrawal">
          {application.withdrawal ? (
            waitingFor(
              `Withdrawn ${formatDateTime(application.withdrawal.at)}${application.withdrawal.by ? ` by ${application.withdrawal.by}` : ""}. Reason: ${application.withdrawal.reason}`,
            )
          ) : moveRefusal("withdraw", state) === null && can(user, accessPermissions.withdraw, resource) ? (
            <div className="space-y-3">
              <p className="text-sm text-slate-700">
                An application that will not go on (the Requestor declines, the Director changes their mind) is withdrawn with its reason, never deleted.
              </p>
              <ConfirmAction
                action={act.withdrawAction}
                fields={{ [withdrawField.applicationId]: id }}
                label="Withdraw the application"
                title={`Withdraw ${application.label}?`}
                body="This cannot be undone: no further step can be taken on it. The people concerned are told your reason."
                confirmLabel="Withdraw the application"
                reason={{ name: withdrawField.reason, label: "Reason for withdrawing" }}
              />
            </div>
          ) : (
            waitingFor(
              closed
                ? "Not withdrawn."
                : state === "ACTIVE"
                  ? "The MOU is in force: the application can no longer be withdrawn."
                  : "Only the Process Manager or the county's LCSA Director may withdraw it, until the MOU is in force.",
            )
          )}
        </Card>
      </div>
    </>
  );
}
