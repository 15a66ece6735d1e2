import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { searchText } from "@/lib/form-fields";
import { AuditTable } from "@/components/audit/audit-table";
import { Card, PageHeader } from "@/components/ui/card";
import { Field, Input, Select } from "@/components/ui/field";
import { requirePermission } from "@/server/session";
import { auditVocabulary, listAuditEvents } from "@/server/audit/queries";
import { auditPermissions } from "@/domain/audit/permissions";
import { addDays, californiaDayStart, parseDay, type Day } from "@/domain/calendar/day";

export const metadata: Metadata = { title: "Audit log" };

const text = searchText(200)
  .optional()
  .catch(undefined)
  .transform((value) => value || undefined);
const day = z
  .string()
  .transform((value, context) => parseDay(value) ?? (context.addIssue({ code: "custom", message: "Not a calendar day" }), z.NEVER))
  .optional()
  .catch(undefined);

const filterSchema = z.object({
  actor: text,
  action: text,
  entityType: text,
  entityId: text,
  from: day,
  to: day,
  before: z.string().regex(/^\d+$/).optional().catch(undefined),
});

// Dates are whole days in California time.
function startOfDay(value: Day | undefined, plusDays = 0): Date | undefined {
  return value ? californiaDayStart(addDays(value, plusDays)) : undefined;
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePermission(auditPermissions.read);
  const filter = filterSchema.parse(await searchParams);
  const [{ events, nextBefore }, vocabulary] = await Promise.all([
    listAuditEvents({
      ...filter,
      from: startOfDay(filter.from),
      to: startOfDay(filter.to, 1),
      before: filter.before ? BigInt(filter.before) : undefined,
    }),
    auditVocabulary(),
  ]);
  const query = new URLSearchParams(Object.entries(filter).filter(([key, value]) => key !== "before" && value) as [string, string][]);
  const olderHref = nextBefore ? `/admin/audit?${new URLSearchParams([...query, ["before", nextBefore.toString()]])}` : null;

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change anyone has made, newest first. Entries cannot be edited or deleted, not even by administrators."
      />
      <Card>
        <form role="search" className="mb-5 grid items-end gap-3 sm:grid-cols-3 lg:grid-cols-6">
          <Field id="actor" label="Who (email)">
            {(aria) => <Input {...aria} name="actor" defaultValue={filter.actor} />}
          </Field>
          <Field id="action" label="Action">
            {(aria) => (
              <Select {...aria} name="action" defaultValue={filter.action ?? ""}>
                <option value="">Any action</option>
                {vocabulary.actions.map((action) => (
                  <option key={action}>{action}</option>
                ))}
              </Select>
            )}
          </Field>
          <Field id="entityType" label="Record type">
            {(aria) => (
              <Select {...aria} name="entityType" defaultValue={filter.entityType ?? ""}>
                <option value="">Any type</option>
                {vocabulary.entityTypes.map((type) => (
                  <option key={type}>{type}</option>
                ))}
              </Select>
            )}
          </Field>
          <Field id="from" label="From">
            {(aria) => <Input {...aria} name="from" type="date" defaultValue={filter.from} />}
          </Field>
          <Field id="to" label="To">
            {(aria) => <Input {...aria} name="to" type="date" defaultValue={filter.to} />}
          </Field>
          <div className="flex gap-2">
            {filter.entityId ? <input type="hidden" name="entityId" value={filter.entityId} /> : null}
            <button type="submit" className="min-h-10 rounded-md bg-brand-700 px-4 text-sm font-medium text-white hover:bg-brand-800">
              Filter
            </button>
            {query.size ? (
              <Link href="/admin/audit" className="self-center text-sm">
                Clear
              </Link>
            ) : null}
          </div>
        </form>
        {filter.entityId ? <p className="mb-3 text-sm text-slate-700">Showing one record&apos;s history ({filter.entityId}).</p> : null}
        <AuditTable events={events} filtered={query.size > 0} />
        <div className="mt-4 flex justify-between text-sm">
          {filter.before ? <Link href={`/admin/audit?${query}`}>← Newest</Link> : <span />}
          {olderHref ? <Link href={olderHref}>Older entries →</Link> : null}
        </div>
      </Card>
    </>
  );
}
