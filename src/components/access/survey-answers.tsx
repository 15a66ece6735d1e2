import { Badge, EmptyState } from "@/components/ui/card";
import { DataTable } from "@/components/ui/table";
import { countOf, formatDateTime } from "@/lib/format";

interface Row {
  organizationId: string;
  organization: string;
  county: string;
  approvedAccounts: number;
  answer: { adequate: boolean; additionalAccounts: number; comment: string; answeredAt: Date } | null;
}

/** Section 9: each organization granted accounts, and what it answered (the Process Owner's reading of the survey). */
export function SurveyAnswers({ rows, additionalAccounts }: { rows: Row[]; additionalAccounts: number }) {
  if (rows.length === 0) return <EmptyState title="No organization holds user accounts under an MOU in force, so there is no one to survey yet." />;
  const answered = rows.filter((row) => row.answer).length;
  return (
    <>
      <p className="text-sm text-slate-700" role="status">
        {answered} of {countOf(rows.length, "organization")} answered; {countOf(additionalAccounts, "more user account")} asked for.
      </p>
      <DataTable caption="Survey answers by organization" columns={["Organization", "County", "Approved accounts", "Answer", "More needed", "Comment"]}>
        {rows.map((row) => (
          <tr key={row.organizationId} className="align-top">
            <th scope="row" className="py-2 pr-4 font-medium">
              {row.organization}
            </th>
            <td className="py-2 pr-4">{row.county}</td>
            <td className="py-2 pr-4 tabular-nums">{row.approvedAccounts.toLocaleString("en-US")}</td>
            <td className="py-2 pr-4">
              {row.answer ? (
                <>
                  {row.answer.adequate ? <Badge tone="green">Adequate</Badge> : <Badge tone="amber">Needs more</Badge>}
                  <span className="block text-xs text-slate-600">{formatDateTime(row.answer.answeredAt)}</span>
                </>
              ) : (
                <span className="text-slate-600">No answer yet</span>
              )}
            </td>
            <td className="py-2 pr-4 tabular-nums">{row.answer ? row.answer.additionalAccounts.toLocaleString("en-US") : "—"}</td>
            <td className="whitespace-pre-line py-2">{row.answer?.comment || "—"}</td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
