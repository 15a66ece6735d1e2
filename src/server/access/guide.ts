import "server-only";
import { accessAudit } from "@/domain/access/audit-actions";
import { guideRowName, nextGuideVersion, type GuideRevision, type GuideRow } from "@/domain/access/allocation";
import type { ReviseGuideInput } from "@/domain/access/guide-schemas";
import { accessPermissions } from "@/domain/access/permissions";
import { defineCommand, defineSubject } from "@/lib/command";
import type { Tx } from "@/lib/db/client";
import { ConflictError, NotFoundError, UserError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";

/** The guide in force, locked: the latest version and its rows (with each row's LCSA id beside its code). */
export interface LockedGuide {
  id: string;
  number: number;
  publishedAt: Date;
  publishedBy: string | null;
  rows: (GuideRow & { lcsaId: string; sortOrder: number })[];
}

/**
 * Publishing a version takes an advisory lock first, so two Process Owners publishing at once
 * (on any instance) queue: the second then reads the first's version and is told its edit is stale.
 */
async function lockGuide(tx: Tx): Promise<LockedGuide> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('AllocationGuideVersion.number'))`;
  const version = await tx.allocationGuideVersion.findFirst({
    orderBy: { number: "desc" },
    select: {
      id: true,
      number: true,
      publishedAt: true,
      publishedBy: { select: { name: true } },
      rows: {
        orderBy: { sortOrder: "asc" },
        select: { lcsaId: true, sortOrder: true, label: true, organization: true, preConversionUsers: true, reserved: true, lcsa: { select: { code: true } } },
      },
    },
  });
  if (!version) throw new NotFoundError("The User Account Allocation Guide");
  return {
    id: version.id,
    number: version.number,
    publishedAt: version.publishedAt,
    publishedBy: version.publishedBy?.name ?? null,
    rows: version.rows.map(({ lcsa, ...row }) => ({ ...row, lcsa: lcsa.code })),
  };
}

export const guideSubject = defineSubject({
  type: "AllocationGuideVersion",
  lock: (tx) => lockGuide(tx),
  idOf: (guide: LockedGuide) => guide.id,
  // The matrix names the version in force; the process page links the guide.
  paths: () => ["/access/allocation-guide", "/access/process", "/matrix"],
});

/** The revisions the form asks for: each row whose reserved number differs from the base's, and the added row. */
function revisionsOf(guide: LockedGuide, input: ReviseGuideInput): GuideRevision[] {
  const bySortOrder = new Map(guide.rows.map((row) => [row.sortOrder, row]));
  const seen = new Set<number>();
  const revisions: GuideRevision[] = [];
  input.row.forEach((sortOrder, index) => {
    const row = bySortOrder.get(sortOrder);
    if (!row || seen.has(sortOrder)) throw new UserError("The form does not match the guide's rows. Reload the page and make your changes again.");
    seen.add(sortOrder);
    const reserved = input.reserved[index]!;
    if (reserved !== row.reserved) revisions.push({ change: "reserve", label: row.label, organization: row.organization, reserved });
  });
  if (input.addLabel) {
    revisions.push({
      change: "add",
      label: input.addLabel,
      organization: input.addOrganization || null,
      preConversionUsers: input.addPreConversionUsers,
      reserved: input.addReserved ?? 0,
    });
  }
  return revisions;
}

/**
 * Section 9: "If the Process Owner determines that additional user accounts can be made available
 * to third party organizations, the Process Owner will update the UAAG". Publishes the next
 * version (src/domain/access/allocation.ts nextGuideVersion) with its note; every earlier
 * version stays as it was, readable. Refused, with nothing written: an edit of a version that
 * is no longer the latest (someone published meanwhile), and any revision the guide's rules refuse.
 */
export const reviseGuide = defineCommand({
  name: accessAudit.revise_guide,
  subject: guideSubject,
  target: (_input: ReviseGuideInput) => "current",
  permission: accessPermissions.ownProcess,
  resource: () => undefined,
  async run({ tx, ctx, input, record: guide, now }) {
    if (input.baseVersion !== guide.number) {
      const by = guide.publishedBy ? ` by ${guide.publishedBy}` : "";
      throw new ConflictError(
        `Version ${guide.number} of the guide was published${by} on ${formatDateTime(guide.publishedAt)} while you were editing version ${input.baseVersion}. Nothing was published: review version ${guide.number} and make your changes again.`,
      );
    }
    const revisions = revisionsOf(guide, input);
    const next = nextGuideVersion({ number: guide.number, rows: guide.rows }, revisions);
    if (!next.ok) throw new UserError(next.reason);
    const lcsaIdOf = new Map(guide.rows.map((row) => [row.lcsa, row.lcsaId]));
    const version = await tx.allocationGuideVersion.create({
      data: { number: next.version.number, note: input.note, publishedAt: now, publishedById: ctx.actor?.id ?? null },
      select: { id: true, number: true },
    });
    await tx.allocationGuideRow.createMany({
      data: next.version.rows.map((row, sortOrder) => ({
        versionId: version.id,
        lcsaId: lcsaIdOf.get(row.lcsa)!,
        label: row.label,
        organization: row.organization,
        preConversionUsers: row.preConversionUsers,
        reserved: row.reserved,
        sortOrder,
      })),
    });
    return { id: version.id, number: version.number, changes: revisions.map(describe) };
  },
  audit: ({ record: guide, input, result }) => ({
    summary: `Published version ${result.number} of the User Account Allocation Guide: ${result.changes.join("; ")}`,
    before: { version: guide.number },
    after: { version: result.number, note: input.note, changes: result.changes },
    entity: { type: "AllocationGuideVersion", id: result.id },
  }),
});

function describe(revision: GuideRevision): string {
  const name = guideRowName(revision.label, revision.organization);
  return revision.change === "reserve" ? `${name} reserves ${revision.reserved}` : `added ${name}, reserving ${revision.reserved}`;
}
