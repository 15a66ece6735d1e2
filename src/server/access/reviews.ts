import "server-only";
import { accessAudit } from "@/domain/access/audit-actions";
import { LEGAL_DELAYS } from "@/domain/access/clocks";
import { moveRefusal } from "@/domain/access/lifecycle";
import { accessPermissions } from "@/domain/access/permissions";
import type { AnswerConnectivityInput, AnswerLegalReviewInput, ApplicationStepInput, RequestReviewInput, ReviewKind } from "@/domain/access/schemas";
import type { Role } from "@/domain/identity/roles";
import { defineCommand } from "@/lib/command";
import type { Tx } from "@/lib/db/client";
import { UserError } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { applicationPath, loadApplication } from "@/server/access/application-row";
import { holdersOf } from "@/server/access/recipients";
import { applicationSubject, assertMove, type LockedApplication } from "@/server/access/subjects";
import { notify } from "@/server/notifications/notify";

/** Process 6.5 items 1 and 2: who answers each review, and what it is called. */
export const REVIEWS: Record<ReviewKind, { role: Role; who: string; what: string; anchor: string }> = {
  LEGAL: { role: "DCSS_LEGAL", who: "DCSS Legal", what: "legal review", anchor: "legal-review" },
  CONNECTIVITY: { role: "INFRASTRUCTURE_MANAGER", who: "The Infrastructure Manager", what: "connectivity test", anchor: "connectivity" },
};

/** The reviews are asked for and answered while the application is with DCSS for review (UNDER_REVIEW). */
function assertUnderReview(application: LockedApplication) {
  const refusal = moveRefusal("forwardForDecision", application.state);
  if (refusal) throw new UserError(refusal);
}

const reviewOf = (tx: Tx, applicationId: string, kind: ReviewKind) =>
  tx.accessReview.findUnique({ where: { applicationId_kind: { applicationId, kind } }, include: { answeredBy: { select: { name: true } } } });

/**
 * Process 6.5: "Upon receipt of the Application the Process Manager: 1. Obtains legal review of
 * the application 2. Sends a request to the Infrastructure Manager to test the Requestor's
 * ability to connect to DTS point of presence". Each request notifies the role that answers it.
 * A review already asked and unanswered, or answered favorably, is not asked again; an
 * unfavorable one may be (the product's: the Requestor fixed what failed), and its earlier
 * answer stays in the audit log.
 */
export const requestReview = defineCommand({
  name: accessAudit.request_review,
  subject: applicationSubject,
  target: (input: RequestReviewInput) => input.applicationId,
  permission: accessPermissions.manage,
  resource: (application) => application,
  async run({ tx, ctx, input, record, now }) {
    assertUnderReview(record);
    const review = REVIEWS[input.kind];
    const existing = await reviewOf(tx, record.id, input.kind);
    if (existing && existing.answeredAt === null) {
      throw new UserError(`The ${review.what} was requested on ${formatDate(existing.requestedAt)} and is not answered yet.`);
    }
    if (existing?.favorable) {
      throw new UserError(`The ${review.what} was answered favorably on ${formatDate(existing.answeredAt)}; it is not asked again.`);
    }
    const fresh = { requestedAt: now, favorable: null, answeredAt: null, answeredById: null, note: "", delays: [] };
    await tx.accessReview.upsert({
      where: { applicationId_kind: { applicationId: record.id, kind: input.kind } },
      create: { applicationId: record.id, kind: input.kind, ...fresh },
      update: fresh,
    });
    const application = await loadApplication(tx, record.id);
    await notify(tx, await holdersOf(tx, review.role), {
      kind: "access.review_requested",
      subject: `${application.label}: ${review.what} requested`,
      body:
        input.kind === "LEGAL"
          ? `${ctx.actor.name}, Process Manager, asks DCSS Legal to review the legal authority for the access ${application.organization.name} applies for (Third Party Access Process 6.5). The goal is 15 working days.`
          : `${ctx.actor.name}, Process Manager, asks you to test the ability of ${application.organization.name} to connect to the DTS Point of Presence (Third Party Access Process 6.5 item 2).`,
      link: applicationPath(record.id, review.anchor),
    });
    return {
      label: application.label,
      kind: input.kind,
      again: existing !== null,
      previous: existing && { favorable: existing.favorable, note: existing.note },
    };
  },
  audit: ({ result }) => ({
    summary: `${result.again ? "Asked again for" : "Requested"} the ${REVIEWS[result.kind].what} of ${result.label}`,
    before: result.previous,
    after: { kind: result.kind, requested: true },
  }),
});

interface Answer {
  applicationId: string;
  favorable: boolean;
  note: string;
  delays: string[];
}

/** One review's answer, by the role that gives it: recorded once, while the application is under review, and told to the Process Manager. */
function answerCommand<Input extends Omit<Answer, "delays"> & { delays?: string[] }>(kind: ReviewKind) {
  const review = REVIEWS[kind];
  return defineCommand({
    name: accessAudit.answer_review,
    subject: applicationSubject,
    target: (input: Input) => input.applicationId,
    permission: kind === "LEGAL" ? accessPermissions.legalReview : accessPermissions.infrastructure,
    resource: (application) => application,
    async run({ tx, ctx, input, record, now }) {
      assertUnderReview(record);
      const existing = await reviewOf(tx, record.id, kind);
      if (!existing) throw new UserError(`The Process Manager has not requested the ${review.what} yet.`);
      if (existing.answeredAt) {
        throw new UserError(`The ${review.what} was already answered by ${existing.answeredBy?.name ?? "someone"} on ${formatDate(existing.answeredAt)}.`);
      }
      const answer: Answer = { applicationId: record.id, favorable: input.favorable, note: input.note, delays: kind === "LEGAL" ? (input.delays ?? []) : [] };
      await tx.accessReview.update({
        where: { applicationId_kind: { applicationId: record.id, kind } },
        data: { favorable: answer.favorable, note: answer.note, delays: answer.delays, answeredAt: now, answeredById: ctx.actor.id },
      });
      const other = await tx.accessReview.findUnique({
        where: { applicationId_kind: { applicationId: record.id, kind: kind === "LEGAL" ? "CONNECTIVITY" : "LEGAL" } },
      });
      const both = other?.answeredAt != null;
      const application = await loadApplication(tx, record.id);
      const verdict = answer.favorable ? "favorable" : "unfavorable";
      await notify(tx, await holdersOf(tx, "PROCESS_MANAGER"), {
        kind: "access.review_answered",
        subject: `${application.label}: ${review.what} answered (${verdict})`,
        body:
          `${ctx.actor.name} answered the ${review.what} of ${application.organization.name}: ${verdict}.` +
          (answer.note ? ` "${answer.note}"` : "") +
          (both ? " Both reviews are answered: send the application to the Process Owner (Third Party Access Process 6.5 item 3)." : ""),
        link: applicationPath(record.id, both ? "forward" : "reviews"),
      });
      return { label: application.label, ...answer };
    },
    audit: ({ result }) => ({
      summary:
        `${review.who} answered the ${review.what} of ${result.label}: ${result.favorable ? "favorable" : "unfavorable"}` +
        (result.delays.length ? `; delayed because ${result.delays.map((delay) => LEGAL_DELAYS[delay as keyof typeof LEGAL_DELAYS]).join("; ")}` : ""),
      after: { kind, favorable: result.favorable, note: result.note, delays: result.delays },
    }),
  });
}

/** 6.5 item 1 and 1.5: DCSS Legal "Provides advice regarding statutory authority for Requestor access to CSE for intended use". */
export const answerLegalReview = answerCommand<AnswerLegalReviewInput>("LEGAL");

/** 6.5 item 2: the Infrastructure Manager's test of "the Requestor's ability to connect to DTS point of presence". */
export const answerConnectivityTest = answerCommand<AnswerConnectivityInput>("CONNECTIVITY");

/**
 * Process 6.5 item 3: the Process Manager "Sends Application with Legal sign off and verification
 * of connectivity to Process Owner for approval", once both are answered. An unfavorable answer
 * goes too: the Process Owner decides (and section 2 keeps the approval from them).
 */
export const forwardForDecision = defineCommand({
  name: accessAudit.forward_for_decision,
  subject: applicationSubject,
  target: (input: ApplicationStepInput) => input.applicationId,
  permission: accessPermissions.manage,
  resource: (application) => application,
  async run({ tx, ctx, record, now }) {
    assertMove(record, "forwardForDecision");
    const reviews = await tx.accessReview.findMany({ where: { applicationId: record.id }, select: { kind: true, favorable: true, answeredAt: true } });
    const answered = (kind: ReviewKind) => reviews.find((review) => review.kind === kind && review.answeredAt !== null);
    const missing = (["LEGAL", "CONNECTIVITY"] as const).filter((kind) => !answered(kind)).map((kind) => `the ${REVIEWS[kind].what}`);
    if (missing.length)
      throw new UserError(`Wait for ${missing.join(" and ")} first: the Process Owner decides on both answers (Third Party Access Process 6.5 item 3).`);
    await tx.accessApplication.update({ where: { id: record.id }, data: { state: "AWAITING_DECISION", stateChangedAt: now, version: { increment: 1 } } });
    const application = await loadApplication(tx, record.id);
    const verdict = (kind: ReviewKind) => `${REVIEWS[kind].what} ${answered(kind)!.favorable ? "favorable" : "unfavorable"}`;
    await notify(tx, await holdersOf(tx, "PROCESS_OWNER"), {
      kind: "access.forwarded",
      subject: `${application.label}: application for your decision`,
      body: `${ctx.actor.name}, Process Manager, sends you the application of ${application.organization.name} for approval (${verdict("LEGAL")}, ${verdict("CONNECTIVITY")}).`,
      link: applicationPath(record.id, "decision"),
    });
    return { label: application.label, legal: answered("LEGAL")!.favorable, connectivity: answered("CONNECTIVITY")!.favorable };
  },
  audit: ({ result }) => ({
    summary: `Sent ${result.label} to the Process Owner for decision`,
    before: { state: "UNDER_REVIEW" },
    after: { state: "AWAITING_DECISION", legalFavorable: result.legal, connectivityFavorable: result.connectivity },
  }),
});
