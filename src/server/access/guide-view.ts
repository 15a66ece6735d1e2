import "server-only";
import { guideTotals } from "@/domain/access/allocation";
import { db } from "@/lib/db/client";

export interface GuideVersionSummary {
  number: number;
  publishedAt: Date;
  note: string;
  publishedBy: string | null;
}

export interface GuideRowView {
  sortOrder: number;
  lcsa: string;
  label: string;
  organization: string | null;
  preConversionUsers: number | null;
  reserved: number;
}

export interface GuideView extends GuideVersionSummary {
  rows: GuideRowView[];
  totals: { preConversionUsers: number; reserved: number };
  /** The version in force (the latest). */
  current: boolean;
  /** The county and LCSA labels, in the guide's order, once each (where a new row may go). */
  labels: string[];
}

/** Every version of the guide, the latest first (section 9: earlier versions stay readable). */
export async function guideVersions(): Promise<GuideVersionSummary[]> {
  const versions = await db.allocationGuideVersion.findMany({
    orderBy: { number: "desc" },
    select: { number: true, publishedAt: true, note: true, publishedBy: { select: { name: true } } },
  });
  return versions.map(({ publishedBy, ...version }) => ({ ...version, publishedBy: publishedBy?.name ?? null }));
}

/** One version with its rows and totals (the latest when `number` is null), or null when there is no such version. */
export async function guideVersion(number: number | null, latest: number | null): Promise<GuideView | null> {
  const wanted = number ?? latest;
  if (wanted === null) return null;
  const version = await db.allocationGuideVersion.findUnique({
    where: { number: wanted },
    select: {
      number: true,
      publishedAt: true,
      note: true,
      publishedBy: { select: { name: true } },
      rows: {
        orderBy: { sortOrder: "asc" },
        select: { sortOrder: true, label: true, organization: true, preConversionUsers: true, reserved: true, lcsa: { select: { code: true } } },
      },
    },
  });
  if (!version) return null;
  const { publishedBy, rows: stored, ...rest } = version;
  const rows = stored.map(({ lcsa, ...row }) => ({ ...row, lcsa: lcsa.code }));
  return {
    ...rest,
    publishedBy: publishedBy?.name ?? null,
    rows,
    totals: guideTotals(rows),
    current: version.number === latest,
    labels: [...new Set(rows.map((row) => row.label))],
  };
}
