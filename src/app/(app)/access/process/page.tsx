import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { ProcessReviewForm } from "@/components/access/process-review-form";
import { SurveyAnswerForm } from "@/components/access/survey-answer-form";
import { SurveyAnswers } from "@/components/access/survey-answers";
import { SurveyOpenForm } from "@/components/access/survey-open-form";
import { PrintButton } from "@/components/meetings/print-button";
import { Alert } from "@/components/ui/alert";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { DataTable } from "@/components/ui/table";
import { accessPermissions } from "@/domain/access/permissions";
import { addDays, californiaDayOf } from "@/domain/calendar/day";
import { formatDate, formatDateTime, formatDay } from "@/lib/format";
import { can } from "@/lib/permissions";
import { processOverview } from "@/server/access/process";
import { surveyOverview } from "@/server/access/survey";
import { requireUser } from "@/server/session";
import { answerSurveyAction, openSurveyAction, recordProcessReviewAction } from "@/app/(app)/access/process/actions";

export const metadata: Metadata = { title: "Third Party Access Process" };

/**
 * The Process Owner's page: the version of the process in force, its yearly review (1.2), and the
 * survey of section 9. DCSS's and the LCSAs' access roles read it; a Requestor sees the survey
 * for its own organizations, and answers it there.
 */
export default async function ProcessPage() {
  const user = await requireUser();
  const owner = can(user, accessPermissions.ownProcess);
  const reader = owner || can(user, accessPermissions.queue);
  const ownOrganizations = user.grants.flatMap((grant) => (grant.role === "REQUESTOR" && grant.scope.organizationId ? [grant.scope.organizationId] : []));
  if (!reader && ownOrganizations.length === 0) forbidden();

  const now = new Date();
  const today = californiaDayOf(now);
  const [process, survey] = await Promise.all([processOverview(now), surveyOverview(reader ? null : ownOrganizations, now)]);
  const current = survey.current;
  const answerable = current?.open ? current.rows.filter((row) => ownOrganizations.includes(row.organizationId)) : [];
  const notSurveyed = ownOrganizations.length > 0 && current?.open ? ownOrganizations.length - answerable.length : 0;

  return (
    <>
      <PageHeader
        title="Third Party Access Process"
        description="The process document in force, its yearly review, and the survey of whether each organization has enough user accounts."
        actions={<PrintButton />}
      />
      <div className="space-y-6">
        <Card title="The document in force">
          <p className="text-sm text-slate-700">
            {process.document.title}, <strong>version {process.inForce.version}</strong>, released {formatDay(process.inForce.releasedOn)} by the{" "}
            {process.document.organization}.
          </p>
          <div className="mt-3">
            <DataTable caption="The document's revision history" columns={["Revision", "Released", "Purpose"]}>
              {process.document.revisions.map((revision) => (
                <tr key={revision.version}>
                  <th scope="row" className="py-2 pr-4 font-medium">
                    Version {revision.version}
                  </th>
                  <td className="py-2 pr-4">{formatDay(revision.releasedOn)}</td>
                  <td className="py-2">{revision.purpose}</td>
                </tr>
              ))}
            </DataTable>
          </div>
          <p className="mt-3 text-sm">
            <Link href="/access/allocation-guide">User Account Allocation Guide</Link> · <Link href="/matrix">Approved User Account Matrix (public)</Link>
          </p>
        </Card>

        {reader ? (
          <Card id="review" title="Yearly review (section 1.2)">
            <p className="text-sm text-slate-700">
              “This Process will be reviewed annually by the Process Owner for effectiveness and will be updated if necessary.”
            </p>
            <div className="my-4">
              {process.overdue ? (
                <Alert tone="warning" title={`The yearly review was due on ${formatDay(process.nextReviewDue)}.`}>
                  {process.reviews.length === 0 ? "No review has been recorded yet." : `The last review was on ${formatDay(process.reviews[0]!.reviewedOn)}.`}
                </Alert>
              ) : (
                <Alert tone="info" title={`Next review due ${formatDay(process.nextReviewDue)}`}>
                  A year after the last review, on {formatDay(process.reviews[0]?.reviewedOn ?? process.inForce.releasedOn)}.
                </Alert>
              )}
            </div>
            {process.reviews.length === 0 ? (
              <EmptyState title="No review has been recorded yet." />
            ) : (
              <DataTable caption="Past reviews of the process, newest first" columns={["Reviewed", "Version", "Outcome", "By"]}>
                {process.reviews.map((review) => (
                  <tr key={review.id} className="align-top">
                    <th scope="row" className="whitespace-nowrap py-2 pr-4 font-medium">
                      {formatDay(review.reviewedOn)}
                    </th>
                    <td className="py-2 pr-4">{review.documentVersion}</td>
                    <td className="whitespace-pre-line py-2 pr-4">{review.outcome}</td>
                    <td className="py-2">
                      {review.reviewedBy}
                      <span className="block text-xs text-slate-600">recorded {formatDateTime(review.recordedAt)}</span>
                    </td>
                  </tr>
                ))}
              </DataTable>
            )}
            {owner ? (
              <div className="no-print mt-6 border-t border-slate-200 pt-4">
                <h3 className="mb-3 font-semibold">Record a review</h3>
                <ProcessReviewForm today={today} version={process.inForce.version} action={recordProcessReviewAction} />
              </div>
            ) : null}
          </Card>
        ) : null}

        <Card id="survey" title="Survey of user accounts (section 9)">
          <p className="text-sm text-slate-700">
            The Process Owner surveys every organization granted user accounts on whether its number is adequate; where more are needed and can be made
            available, the Process Owner publishes a new version of the allocation guide.
          </p>
          <div className="mt-4 space-y-4">
            {!current ? (
              <EmptyState title="No survey has been opened yet." />
            ) : (
              <>
                <p className="flex flex-wrap items-center gap-2 text-sm">
                  <strong>{current.title}</strong>
                  {current.open ? <Badge tone="green">Open until {formatDay(current.closesOn)}</Badge> : <Badge>Closed {formatDay(current.closesOn)}</Badge>}
                  <span className="text-slate-600">opened {formatDate(current.openedAt)}</span>
                </p>
                {reader ? (
                  <>
                    <SurveyAnswers rows={current.rows} additionalAccounts={current.additionalAccounts} />
                    {owner && current.additionalAccounts > 0 ? (
                      <p className="no-print text-sm">
                        <Link href="/access/allocation-guide#publish">Publish a new version of the guide</Link> with the accounts that can be made available.
                      </p>
                    ) : null}
                  </>
                ) : null}
                {answerable.map((row) => (
                  <section key={row.organizationId} className="no-print rounded-md border border-slate-200 p-4" aria-label={`Answer for ${row.organization}`}>
                    <h3 className="mb-3 font-semibold">{row.organization}</h3>
                    <SurveyAnswerForm
                      surveyId={current.id}
                      organization={{ id: row.organizationId, name: row.organization, approvedAccounts: row.approvedAccounts }}
                      answer={row.answer}
                      action={answerSurveyAction}
                    />
                  </section>
                ))}
                {notSurveyed > 0 ? (
                  <p className="text-sm text-slate-700">The survey asks only organizations with user accounts under an MOU in force.</p>
                ) : null}
                {!reader && !current.open ? <p className="text-sm text-slate-700">This survey is closed. Thank you for your answers.</p> : null}
              </>
            )}
            {owner && !current?.open ? (
              <div className="no-print border-t border-slate-200 pt-4">
                <h3 className="mb-3 font-semibold">Open a survey</h3>
                <SurveyOpenForm
                  earliestClose={addDays(today, 1)}
                  suggestedTitle={`Adequacy of user accounts, ${today.slice(0, 4)}`}
                  action={openSurveyAction}
                />
              </div>
            ) : null}
            {survey.surveys.length > 1 && reader ? (
              <DataTable caption="Every survey, newest first" columns={["Survey", "Opened", "Closes", "Answers"]}>
                {survey.surveys.map((entry) => (
                  <tr key={entry.id}>
                    <th scope="row" className="py-2 pr-4 font-medium">
                      {entry.title}
                    </th>
                    <td className="py-2 pr-4">{formatDate(entry.openedAt)}</td>
                    <td className="py-2 pr-4">{formatDay(entry.closesOn)}</td>
                    <td className="py-2">{entry.answers}</td>
                  </tr>
                ))}
              </DataTable>
            ) : null}
          </div>
        </Card>
      </div>
    </>
  );
}
