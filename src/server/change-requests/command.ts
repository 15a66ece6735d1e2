import "server-only";
import { changeRequestPermissions, crRefusal, type CrAct } from "@/domain/change-requests/permissions";
import type { CrParties } from "@/domain/change-requests/capacities";
import type { Capacity, CrSnapshot } from "@/domain/change-requests/lifecycle";
import type { CommandContext, SystemContext } from "@/lib/context";
import { db, type Tx } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { capacitiesFor, ccbCommitteeId, loadSnapshotRow, lockChangeRequest, partiesOf, snapshotOf, type SnapshotRow } from "./snapshot";

/** A change request locked for this transaction, with who is acting and in what capacities. */
export interface LockedChangeRequest {
  row: SnapshotRow;
  snapshot: CrSnapshot;
  parties: CrParties;
  capacities: Capacity[];
  /** Refuses (ForbiddenError, with the reason) unless the actor may do this now. */
  require(act: CrAct): void;
}

export async function lockForCommand(tx: Tx, ctx: CommandContext | SystemContext, crId: string): Promise<LockedChangeRequest> {
  await lockChangeRequest(tx, crId);
  const row = await loadSnapshotRow(tx, crId);
  const parties = partiesOf(row, await ccbCommitteeId(tx));
  const capacities = await capacitiesFor(tx, ctx, parties);
  const snapshot = snapshotOf(row);
  return {
    row,
    snapshot,
    parties,
    capacities,
    require(act) {
      // The table of changeRequestPermissions; asked directly, since a job acts as the SYSTEM capacity with no person.
      const refusal = crRefusal(act, { state: row.state, kind: row.kind, backBriefed: Boolean(row.backBriefedAt), capacities });
      if (refusal) throw new ForbiddenError(refusal);
    },
  };
}

/**
 * The one shape of a change request command: the person must be program staff; then, in
 * one transaction, the change request's row is locked (so two people's moves and edits of
 * one change request queue rather than interleave) and `run` checks, writes and audits.
 */
export function changeRequestCommand<T>(ctx: CommandContext, crId: string, run: (tx: Tx, cr: LockedChangeRequest) => Promise<T>): Promise<T> {
  assertCan(ctx.actor, changeRequestPermissions.read);
  return db.$transaction(async (tx) => run(tx, await lockForCommand(tx, ctx, crId)));
}
