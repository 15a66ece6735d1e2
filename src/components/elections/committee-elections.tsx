import { Card } from "@/components/ui/card";
import type { ActionResult } from "@/lib/action";
import type { CommitteeElections as Data } from "@/server/elections/queries";
import { ElectionList } from "@/components/elections/election-list";
import { OpenElectionForm } from "@/components/elections/open-election-form";

/**
 * The "Elections" section of a committee whose seats are elected (the CASES ESC):
 * Governance plan 2.8, two-year terms, three seats each June, terms from July 1.
 */
export function CommitteeElections({
  committeeId,
  data,
  now,
  openAction,
}: {
  committeeId: string;
  data: Data;
  now: Date;
  openAction: (state: ActionResult<{ id: string }> | null, data: FormData) => Promise<ActionResult<{ id: string }>>;
}) {
  return (
    <>
      <Card title="Elections">
        <p className="mb-3 text-sm text-slate-700">
          Members are elected for two years, three seats each June; terms start July 1. Each LCSA&apos;s Director, or the Director&apos;s designee, may stand
          for the seat of the LCSA&apos;s caseload category and casts the LCSA&apos;s one vote.
        </p>
        <ElectionList elections={data.elections} now={now} />
      </Card>
      {data.defaults ? (
        <Card title="Open an election">
          <OpenElectionForm committeeId={committeeId} defaults={data.defaults} action={openAction} />
        </Card>
      ) : null}
    </>
  );
}
