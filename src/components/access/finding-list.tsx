import Link from "next/link";
import type { FormAction } from "@/components/forms/form-action";
import { ConfirmAction } from "@/components/forms/confirm-action";
import { Badge, EmptyState } from "@/components/ui/card";
import { clearFindingSchema } from "@/domain/access/organization-schemas";
import { fieldsOf } from "@/lib/form-fields";
import { countOf, formatDateTime, formatDay } from "@/lib/format";

const field = fieldsOf(clearFindingSchema);

export interface FindingItem {
  id: string;
  finding: string;
  foundOn: string;
  recordedAt: Date;
  recordedBy: string;
  version: number;
  /** How many people the finding was sent to (the Process Owners and the Requestor's contacts). */
  sentTo: number;
  clearedAt?: Date | null;
  clearedBy?: string | null;
  evidence?: string;
  /** Shown on the list across organizations. */
  organization?: { id: string; name: string; county: string };
}

/**
 * Section 8: the DCSS ISO's findings, each "sent to the Process Owner and to the Requestor's
 * Information Security Officer", and cleared by the Process Owner with evidence.
 */
export function FindingList({ findings, clear, empty }: { findings: FindingItem[]; clear: FormAction | null; empty: string }) {
  if (findings.length === 0) return <EmptyState title={empty} />;
  return (
    <ul className="divide-y divide-slate-100">
      {findings.map((finding) => (
        <li key={finding.id} className="space-y-2 py-4 first:pt-0 last:pb-0">
          <div className="flex flex-wrap items-center gap-2">
            {finding.clearedAt ? <Badge tone="green">Cleared</Badge> : <Badge tone="red">Open</Badge>}
            {finding.organization ? (
              <Link href={`/access/organizations/${finding.organization.id}#findings`} className="font-medium">
                {finding.organization.name}
              </Link>
            ) : null}
            {finding.organization ? <span className="text-sm text-slate-600">{finding.organization.county} County</span> : null}
          </div>
          <p className="whitespace-pre-line">{finding.finding}</p>
          <p className="text-sm text-slate-600">
            Found {formatDay(finding.foundOn)}; recorded by {finding.recordedBy} on {formatDateTime(finding.recordedAt)}.{" "}
            {finding.sentTo > 0
              ? `Sent to ${countOf(finding.sentTo, "person", "people")}: the Process Owner and the Requestor's contacts, for its Information Security Officer.`
              : "Not sent to anyone: no Process Owner or Requestor contact has an active account."}
          </p>
          {finding.clearedAt ? (
            <p className="text-sm text-slate-700">
              Cleared {formatDateTime(finding.clearedAt)}
              {finding.clearedBy ? ` by ${finding.clearedBy}` : ""}. Evidence: {finding.evidence}
            </p>
          ) : clear ? (
            <ConfirmAction
              action={clear}
              fields={{ [field.findingId]: finding.id, [field.version]: String(finding.version) }}
              variant="primary"
              label="Clear this finding"
              title="Clear the audit finding?"
              body={`“${finding.finding.length > 200 ? `${finding.finding.slice(0, 199)}…` : finding.finding}” The Requestor's contacts and the DCSS ISO are told it is cleared. This cannot be undone.`}
              reason={{
                name: field.evidence,
                label: "Evidence that it is cleared",
                hint: "What the Requestor's Information Security Officer provided, and when.",
              }}
              confirmLabel="Clear the finding"
            />
          ) : null}
        </li>
      ))}
    </ul>
  );
}
