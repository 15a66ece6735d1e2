import "server-only";
import type { CrParties } from "@/domain/change-requests/capacities";
import type { Capacity, CrSnapshot } from "@/domain/change-requests/lifecycle";
import { changeRequestPermissions, type CrAccess } from "@/domain/change-requests/permissions";
import { type AnyContext, defineSubject } from "@/lib/command";
import type { Tx } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { maySee } from "@/domain/change-requests/visibility";
import { assertCan } from "@/lib/permissions";
import { capacitiesFor, ccbCommitteeId, loadSnapshotRow, lockChangeRequest, partiesOf, snapshotOf, type SnapshotRow } from "@/server/change-requests/snapshot";

/** A change request locked for this transaction, with who is acting and in what capacities. */
export interface LockedChangeRequest {
  row: SnapshotRow;
  snapshot: CrSnapshot;
  parties: CrParties;
  capacities: Capacity[];
  /** What the rules of changeRequestPermissions read of it (state, kind, back-brief) and of the actor (capacities). */
  access: CrAccess;
}

/**
 * Takes the change request's row lock for the rest of the transaction (so two people's
 * moves and edits of one change request queue rather than interleave) and reads it afresh,
 * with the actor's capacities on it (a job, or a motion's result, acts as SYSTEM).
 */
export async function lockAndLoad(tx: Tx, ctx: AnyContext, crId: string): Promise<LockedChangeRequest> {
  await lockChangeRequest(tx, crId);
  const row = await loadSnapshotRow(tx, crId);
  const parties = partiesOf(row, await ccbCommitteeId(tx));
  const capacities = await capacitiesFor(tx, ctx, parties);
  // Another author's draft is not there for them (visibility.ts): refused as if it did not exist, before anything is written.
  if (!maySee(row, capacities)) throw new NotFoundError("That change request");
  return {
    row,
    snapshot: snapshotOf(row),
    parties,
    capacities,
    access: { state: row.state, kind: row.kind, backBriefed: Boolean(row.backBriefedAt), capacities },
  };
}

/** The pages that show a change request. */
export const changeRequestPaths = (crId: string): string[] => [`/change-requests/${crId}`, "/change-requests"];

/**
 * A change request as a person's command acts on it: only someone who may read change
 * requests (program staff) acts on one at all, whatever their capacities on it; the
 * command's permission then asks the act of changeRequestPermissions with `cr.access`.
 */
export const changeRequestSubject = defineSubject<LockedChangeRequest>({
  type: "ChangeRequest",
  async lock(tx, id, ctx) {
    if (ctx.actor) assertCan(ctx.actor, changeRequestPermissions.read);
    return lockAndLoad(tx, ctx, id);
  },
  idOf: (cr) => cr.row.id,
  paths: (cr) => changeRequestPaths(cr.row.id),
});

/**
 * A change request as a gate motion's result moves it: the SYSTEM decides, whoever closed
 * the motion, so the closer's own standing is not asked.
 */
export const decidedChangeRequestSubject = defineSubject<LockedChangeRequest>({
  type: "ChangeRequest",
  lock: (tx, id, ctx) => lockAndLoad(tx, ctx, id),
  idOf: (cr) => cr.row.id,
  paths: (cr) => changeRequestPaths(cr.row.id),
});

/** Every page of the CPL's dashboard: its figures, alerts, escalations and status reports. */
export const DASHBOARD_PATHS = ["/dashboard", "/dashboard/alerts", "/dashboard/escalations", "/dashboard/status-reports"] as const;

/** A consortium, as the CPL's alerts, status reports and escalations are filed for it (nothing of it changes). */
export const consortiumSubject = defineSubject<{ id: string; code: string }>({
  type: "Consortium",
  async lock(tx, id) {
    const [consortium] = await tx.$queryRaw<{ id: string; code: string }[]>`SELECT id, code FROM "Consortium" WHERE id = ${id} FOR SHARE`;
    if (!consortium) throw new NotFoundError("That consortium");
    return consortium;
  },
  idOf: (consortium) => consortium.id,
  paths: () => DASHBOARD_PATHS,
});

export interface LockedAlert {
  id: string;
  consortiumId: string;
  kind: "SCOPE" | "SCHEDULE" | "COST";
  resolvedAt: Date | null;
}

/** A CPL's alert to the ESC and TAB. */
export const alertSubject = defineSubject<LockedAlert>({
  type: "CrAlert",
  async lock(tx, id) {
    const [alert] = await tx.$queryRaw<LockedAlert[]>`
      SELECT id, "consortiumId", kind::text AS kind, "resolvedAt" FROM "CrAlert" WHERE id = ${id} FOR UPDATE`;
    if (!alert) throw new NotFoundError("That alert");
    return alert;
  },
  idOf: (alert) => alert.id,
  paths: () => DASHBOARD_PATHS,
});
