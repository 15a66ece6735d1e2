/**
 * The change request list's search, filters, sort and page, as they travel in the URL
 * (a GET form, so a filtered list can be bookmarked and shared). Anything malformed falls
 * back to its default rather than failing the page. The CSV export reads the same schema.
 */
import { z } from "zod";
import { searchText } from "@/lib/form-fields";
import { CR_KINDS, CR_STATES } from "@/domain/change-requests/lifecycle";
import { PARTIES } from "@/domain/change-requests/queue";

export const LIST_SORTS = ["number", "title", "state", "age", "updated"] as const;
export type ListSort = (typeof LIST_SORTS)[number];

export const SORT_LABELS: Record<ListSort, string> = {
  number: "Number",
  title: "Title",
  state: "Step",
  age: "Time in step",
  updated: "Last updated",
};

/** Each sort's natural first direction: newest, longest waiting, or A to Z. */
export const DEFAULT_DIRECTION: Record<ListSort, "asc" | "desc"> = {
  number: "desc",
  title: "asc",
  state: "asc",
  age: "desc",
  updated: "desc",
};

/** Besides one state: every open one, or every finished one. */
export const STATE_GROUPS = ["open", "finished"] as const;

/** Twenty-five a page: a screenful on a laptop, and half the page to send as fifty. */
export const PAGE_SIZE = 25;

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/** The list's query parameters, as the filter form names them. */
export const listFilterFields = z.object({
  q: optional(searchText(200)).transform((value) => value || undefined),
  state: optional(z.enum([...CR_STATES, ...STATE_GROUPS])),
  consortium: optional(z.string().regex(/^[A-Z]{2,12}$/)),
  kind: optional(z.enum(CR_KINDS)),
  waiting: optional(z.enum(PARTIES)),
  overdue: optional(z.literal("yes")),
  sort: z.enum(LIST_SORTS).catch("updated").default("updated"),
  dir: optional(z.enum(["asc", "desc"])),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});

export const listFilterSchema = listFilterFields.transform((filter) => ({ ...filter, dir: filter.dir ?? DEFAULT_DIRECTION[filter.sort] }));

export type ListFilter = z.output<typeof listFilterSchema>;
export type ListFilterField = keyof typeof listFilterFields.shape;

/** Reads Next's searchParams (a value may arrive as an array) into a filter. */
export function parseListFilter(params: Record<string, string | string[] | undefined>): ListFilter {
  const flat = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  return listFilterSchema.parse(flat);
}

/** The query string for a filter, leaving defaults out so shared links stay short. */
export function listQuery(filter: ListFilter, changes: Partial<ListFilter> = {}): string {
  const next = { ...filter, ...changes };
  const params = new URLSearchParams();
  for (const key of ["q", "state", "consortium", "kind", "waiting", "overdue"] as const) {
    const value = next[key];
    if (value) params.set(key, value);
  }
  if (next.sort !== "updated") params.set("sort", next.sort);
  if (next.dir !== DEFAULT_DIRECTION[next.sort]) params.set("dir", next.dir);
  if (next.page > 1) params.set("page", String(next.page));
  return params.toString();
}

/** "CR-42", "cr 42" or "42" searches by number as well as by words. */
export function searchedNumber(q: string | undefined): number | null {
  const match = q?.match(/^\s*(?:cr[\s-]*)?0*(\d{1,9})\s*$/i);
  return match ? Number(match[1]) : null;
}

export function isFiltered(filter: ListFilter): boolean {
  return Boolean(filter.q || filter.state || filter.consortium || filter.kind || filter.waiting || filter.overdue);
}
