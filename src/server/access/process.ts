import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { accessAudit } from "@/domain/access/audit-actions";
import { nextReviewDue, processVersionInForce, type ProcessRevision } from "@/domain/access/process-review";
import type { RecordProcessReviewInput } from "@/domain/access/process-schemas";
import { accessPermissions } from "@/domain/access/permissions";
import { californiaDayOf, columnOfDay, day, dayOfColumn, type Day } from "@/domain/calendar/day";
import { collectionSubject, defineCommand } from "@/lib/command";
import { db } from "@/lib/db/client";
import { UserError } from "@/lib/errors";
import { formatDay } from "@/lib/format";

export interface ProcessDocument {
  title: string;
  organization: string;
  revisions: ProcessRevision[];
}

/** The document's title and revision history, extracted from it (prisma/extract/parse-process-document.ts). */
export async function processDocument(): Promise<ProcessDocument> {
  const file = path.resolve(process.cwd(), "prisma/data/third-party-access-document.json");
  return JSON.parse(await readFile(file, "utf8")) as ProcessDocument;
}

async function versionInForce(): Promise<ProcessRevision> {
  const version = processVersionInForce((await processDocument()).revisions);
  if (!version) throw new Error("prisma/data/third-party-access-document.json has no revision");
  return version;
}

const processSubject = collectionSubject("AccessProcessReview", ["/access/process"]);

/**
 * Section 1.2: the Process Owner records the yearly review of the process (for effectiveness),
 * of the version in force, on a day that has come, with what it concluded.
 */
export const recordProcessReview = defineCommand({
  name: accessAudit.record_process_review,
  subject: processSubject,
  target: (_input: RecordProcessReviewInput) => "",
  permission: accessPermissions.ownProcess,
  resource: () => undefined,
  async run({ tx, ctx, input, now }) {
    const today = californiaDayOf(now);
    if (input.reviewedOn > today) throw new UserError(`A review is recorded once it has taken place: ${formatDay(input.reviewedOn)} is after today.`);
    const version = await versionInForce();
    return tx.accessProcessReview.create({
      data: {
        reviewedOn: columnOfDay(input.reviewedOn),
        documentVersion: version.version,
        outcome: input.outcome,
        reviewedById: ctx.actor.id,
        recordedAt: now,
      },
      select: { id: true, documentVersion: true },
    });
  },
  audit: ({ input, result }) => ({
    summary: `Recorded the yearly review of the Third Party Access Process v${result.documentVersion} held ${formatDay(input.reviewedOn)}`,
    after: { reviewedOn: input.reviewedOn, documentVersion: result.documentVersion, outcome: input.outcome },
    entity: { type: "AccessProcessReview", id: result.id },
  }),
});

export interface ProcessOverview {
  document: ProcessDocument;
  inForce: ProcessRevision;
  reviews: { id: string; reviewedOn: Day; documentVersion: string; outcome: string; reviewedBy: string; recordedAt: Date }[];
  nextReviewDue: Day;
  overdue: boolean;
}

/** The version in force, the reviews (newest first) and when the next falls due. */
export async function processOverview(now: Date = new Date()): Promise<ProcessOverview> {
  const [document, reviews] = await Promise.all([
    processDocument(),
    db.accessProcessReview.findMany({
      orderBy: [{ reviewedOn: "desc" }, { recordedAt: "desc" }],
      select: { id: true, reviewedOn: true, documentVersion: true, outcome: true, recordedAt: true, reviewedBy: { select: { name: true } } },
    }),
  ]);
  const inForce = processVersionInForce(document.revisions)!;
  const rows = reviews.map(({ reviewedBy, reviewedOn, ...review }) => ({ ...review, reviewedOn: dayOfColumn(reviewedOn), reviewedBy: reviewedBy.name }));
  const due = nextReviewDue(rows[0]?.reviewedOn ?? null, day(inForce.releasedOn));
  return { document, inForce, reviews: rows, nextReviewDue: due, overdue: due < californiaDayOf(now) };
}
