/**
 * The process tracking Spreadsheet of the Third Party Access Process (section 5 item 1: "The
 * process tracking Spreadsheet to track the process steps"; 1.5: the Process Manager "Maintains
 * the process tracking spreadsheet"; 6.3 and 6.5: "Updates the Spreadsheet"). Here it is a live
 * table of every application with the day of each step, read from the applications themselves,
 * so nobody updates it by hand. Pure: filters, who sees which rows, and the export's rows.
 */
import { z } from "zod";
import { ACCESS_STATE_LABELS, ACCESS_STATES, applicationNumber, type AccessState } from "@/domain/access/lifecycle";
import { DCSS_ACCESS_ROLES, LCSA_ACCESS_ROLES } from "@/domain/access/permissions";
import { californiaStamp } from "@/domain/calendar/california-time";
import type { Day } from "@/domain/calendar/day";
import { formatDay } from "@/lib/format";
import { isAdministrator, type Principal } from "@/lib/permissions";

export const TRACKING_PAGE_SIZE = 50;
/** The most rows one export carries (the product's bound; the bench has 5,000 applications). */
export const TRACKING_EXPORT_LIMIT = 50_000;

export const TRACKING_SORTS = { newest: "Newest first", oldest: "Oldest first", county: "County, then newest" } as const;
export type TrackingSort = keyof typeof TRACKING_SORTS;

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional()).catch(undefined);

/** The table's query parameters, as its GET form names them; anything malformed is no filter. */
export const trackingFilterSchema = z.object({
  state: optional(z.enum(ACCESS_STATES)),
  county: optional(z.string().uuid()),
  /** The year the application was identified, in California. */
  year: optional(z.coerce.number().int().min(2000).max(2100)),
  sort: z.enum(Object.keys(TRACKING_SORTS) as [TrackingSort, ...TrackingSort[]]).catch("newest"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type TrackingFilter = z.output<typeof trackingFilterSchema>;

export function parseTrackingFilter(params: Record<string, string | string[] | undefined>): TrackingFilter {
  const flat = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  return trackingFilterSchema.parse(flat);
}

/** The query string of a filter (the page's links, the export's), without the defaults. */
export function trackingQuery(filter: TrackingFilter, overrides: Partial<TrackingFilter> = {}): string {
  const merged = { ...filter, ...overrides };
  const params = new URLSearchParams();
  if (merged.state) params.set("state", merged.state);
  if (merged.county) params.set("county", merged.county);
  if (merged.year) params.set("year", String(merged.year));
  if (merged.sort !== "newest") params.set("sort", merged.sort);
  if (merged.page > 1) params.set("page", String(merged.page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

/**
 * Whose applications a person sees in the spreadsheet: the rule of accessPermissions.read, as a
 * scope for the query. DCSS's access roles (statewide) and the administrator see all; an LCSA's
 * Director, designee, Coordinator and System Administrator their own LCSA's; anyone else none.
 */
export type TrackingScope = { all: true } | { all: false; lcsaIds: string[] };

export function trackingScope(principal: Principal): TrackingScope {
  if (isAdministrator(principal)) return { all: true };
  const lcsaIds = new Set<string>();
  for (const grant of principal.grants) {
    if ((DCSS_ACCESS_ROLES as readonly string[]).includes(grant.role)) return { all: true };
    if (!(LCSA_ACCESS_ROLES as readonly string[]).includes(grant.role)) continue;
    if (grant.scope.type === "STATEWIDE") return { all: true };
    if (grant.scope.type === "LCSA" && grant.scope.lcsaId) lcsaIds.add(grant.scope.lcsaId);
  }
  return { all: false, lcsaIds: [...lcsaIds].sort() };
}

/** One application as the spreadsheet shows it: each step's instant, or the day for days. */
export interface TrackingRow {
  id: string;
  number: number;
  county: string;
  organization: string;
  kind: "INITIAL" | "RENEWAL";
  state: AccessState;
  identifiedAt: Date;
  invitationSentAt: Date | null;
  submittedAt: Date | null;
  legalAnsweredAt: Date | null;
  connectivityAnsweredAt: Date | null;
  decidedAt: Date | null;
  packageSentAt: Date | null;
  mouReceivedAt: Date | null;
  countersignedAt: Date | null;
  officeId: string | null;
  termEndsOn: Day | null;
}

export const KIND_LABELS: Record<TrackingRow["kind"], string> = { INITIAL: "Initial", RENEWAL: "Renewal" };

/** The steps, in the order of sections 6.2 to 7.1, as the table's and the export's columns. */
export const TRACKING_STEPS = [
  { key: "identifiedAt", label: "Identified" },
  { key: "invitationSentAt", label: "Invitation sent" },
  { key: "submittedAt", label: "Application submitted" },
  { key: "legalAnsweredAt", label: "Legal review answered" },
  { key: "connectivityAnsweredAt", label: "Connectivity test answered" },
  { key: "decidedAt", label: "Decided" },
  { key: "packageSentAt", label: "Approval package sent" },
  { key: "mouReceivedAt", label: "Signed MOU received" },
  { key: "countersignedAt", label: "Countersigned" },
] as const satisfies readonly { key: keyof TrackingRow; label: string }[];

export const TRACKING_EXPORT_HEADER = [
  "Application",
  "County",
  "Organization",
  "Kind",
  "State",
  ...TRACKING_STEPS.map((step) => `${step.label} (California time)`),
  "Office ID",
  "Term ends",
] as const;

/**
 * The export's rows, the header first, for both CSV and XLSX: instants in California time with
 * the zone ("2026-12-01 20:22 PST", californiaStamp), the term's end as the screen writes a day,
 * and blank where a step has not happened.
 */
export function trackingExportRows(rows: readonly TrackingRow[]): string[][] {
  return [
    [...TRACKING_EXPORT_HEADER],
    ...rows.map((row) => [
      applicationNumber(row.number),
      row.county,
      row.organization,
      KIND_LABELS[row.kind],
      ACCESS_STATE_LABELS[row.state],
      ...TRACKING_STEPS.map((step) => {
        const at = row[step.key];
        return at ? californiaStamp(at) : "";
      }),
      row.officeId ?? "",
      row.termEndsOn ? formatDay(row.termEndsOn) : "",
    ]),
  ];
}
