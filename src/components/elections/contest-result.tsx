import { Alert } from "@/components/ui/alert";
import { DataTable } from "@/components/ui/table";
import type { ContestResult as Result } from "@/domain/governance/election-result";

/** A counted round: the explanation, then the votes of each candidate. */
export function ContestResult({ result, caption }: { result: Result; caption: string }) {
  const tone = result.outcome.kind === "elected" ? "success" : result.outcome.kind === "runoff" ? "warning" : "info";
  return (
    <div className="space-y-2">
      <Alert tone={tone} title="Result">
        {result.explanation}
      </Alert>
      {result.counts.length ? (
        <DataTable caption={caption} columns={["Candidate", "Votes"]}>
          {result.counts.map((count) => (
            <tr key={count.nominationId}>
              <th scope="row" className="py-2 pr-4 font-medium">
                {count.name} ({count.lcsaName} LCSA)
              </th>
              <td className="py-2">{count.votes}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </div>
  );
}
