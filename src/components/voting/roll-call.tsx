import { countOf, formatDateTime, plural } from "@/lib/format";
import { DataTable } from "@/components/ui/table";
import type { MotionDetail } from "@/server/voting/queries";

/**
 * Named votes, visible to the committee: who may vote, who stands in for whom, how each voted.
 * Once the motion is closed, a member without a ballot "did not vote", as the minutes say.
 */
export function RollCall({ voters, closed = false }: { voters: MotionDetail["rollCall"]; closed?: boolean }) {
  const voted = voters.filter((voter) => voter.ballot).length;
  return (
    <>
      <p className="mb-3 text-sm text-slate-700" aria-live="polite">
        {voted} of {countOf(voters.length, "voting member")} {closed ? "voted" : `${plural(voted, "has", "have")} voted`}.
      </p>
      <DataTable caption="Roll call" columns={["Member", "Vote", "When"]}>
        {voters.map((voter) => (
          <tr key={voter.userId}>
            <th scope="row" className="py-2 pr-4 font-medium">
              {voter.user.name}
              {voter.designee ? <div className="text-xs font-normal text-slate-600">Designee: {voter.designee.name}</div> : null}
            </th>
            <td className="py-2 pr-4">
              {voter.ballot?.choice ? (
                <span className="capitalize">{voter.ballot.choice}</span>
              ) : voter.ballot ? (
                `Recused: ${voter.ballot.recusalReason ?? ""}`
              ) : (
                <span className="text-slate-600">{closed ? "Did not vote" : "Not yet voted"}</span>
              )}
            </td>
            <td className="py-2 text-slate-700">{voter.ballot ? formatDateTime(voter.ballot.updatedAt) : "—"}</td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
