import { formatDateTime, plural } from "@/lib/format";
import { DataTable } from "@/components/ui/table";
import type { ElectionRound } from "@/server/elections/queries";

/** Who of the electorate has voted (not for whom): named for the committee, counted for everyone else. */
export function Turnout({ round, electorateSize, seatTitle }: { round: ElectionRound; electorateSize: number; seatTitle: string }) {
  return (
    <div>
      <p className="text-sm text-slate-700" aria-live="polite">
        {round.votedCount} of {electorateSize} {plural(electorateSize, "LCSA")} {plural(round.votedCount, "has", "have")} voted.
      </p>
      {round.turnout ? (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer text-brand-700">Who has voted</summary>
          <div className="mt-2">
            <DataTable caption={`Who has voted for ${seatTitle}${round.round > 1 ? `, runoff round ${round.round}` : ""}`} columns={["LCSA", "Voted", "By"]}>
              {round.turnout.map((row) => (
                <tr key={row.lcsaId}>
                  <th scope="row" className="py-2 pr-4 font-medium">
                    {row.lcsaName}
                  </th>
                  <td className="py-2 pr-4">{row.votedAt ? formatDateTime(row.votedAt) : <span className="text-slate-600">Not yet</span>}</td>
                  <td className="py-2">{row.votedBy ?? "—"}</td>
                </tr>
              ))}
            </DataTable>
          </div>
        </details>
      ) : null}
    </div>
  );
}
