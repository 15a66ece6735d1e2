import "server-only";
import { TESTING_LABELS } from "@/domain/change-requests/field-labels";
import type { DeveloperTestingInput, ReleaseInput } from "@/domain/change-requests/step-schemas";
import type { Prisma } from "@/generated/prisma/client";
import type { CommandContext } from "@/lib/context";
import type { Tx } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { auditChangeRequest, changedFields, staleEdit } from "./audit";
import { changeRequestCommand, type LockedChangeRequest } from "./command";
import { day } from "./snapshot";

/**
 * The build-and-test record (one row per change request, one version for its forms):
 * developers' unit and system testing (plan 3.1.5 item 2), UAT's summary test report, and
 * the production release (3.1.6).
 */
async function saveTesting(
  tx: Tx,
  ctx: CommandContext,
  cr: LockedChangeRequest,
  loadedVersion: number,
  what: string,
  build: (stored: LockedChangeRequest["row"]["testing"]) => Partial<Omit<Prisma.CrTestingUncheckedCreateInput, "changeRequestId" | "version">>,
  labels: Partial<Record<string, string>>,
) {
  const stored = cr.row.testing;
  if ((stored?.version ?? 0) !== loadedVersion) throw await staleEdit(tx, cr.row.id, "testing", loadedVersion, what);
  const data = build(stored);
  const comparable = (value: object | null) =>
    value &&
    Object.fromEntries(
      Object.keys(labels).map((key) => {
        const field = (value as Record<string, unknown>)[key];
        return [key, field instanceof Date ? day(field) : field];
      }),
    );
  const changed = changedFields(comparable(stored), comparable(data)!, labels);
  const version = (stored?.version ?? 0) + 1;
  await tx.crTesting.upsert({
    where: { changeRequestId: cr.row.id },
    create: { operationsAffected: [], operationsNotified: [], ...data, changeRequestId: cr.row.id, version },
    update: { ...data, version },
  });
  await auditChangeRequest(tx, ctx, cr.row, {
    action: `save_${what.replace(/\W+/g, "_")}`,
    summary: changed.length ? `Edited the ${what}: ${changed.join(", ")}.` : `Saved the ${what} without changes.`,
    after: { record: "testing", version, changed },
  });
  return { version };
}

export async function saveDeveloperTesting(ctx: CommandContext, input: DeveloperTestingInput, now = new Date()) {
  return changeRequestCommand(ctx, input.crId, async (tx, cr) => {
    cr.require("recordDeveloperTesting");
    const { unitTested, unitTestNotes, systemTested, systemTestNotes } = input;
    if ((unitTested && !unitTestNotes) || (systemTested && !systemTestNotes)) {
      throw new UserError("Say briefly what was tested and the result.", {
        ...(unitTested && !unitTestNotes ? { unitTestNotes: ["Describe the unit testing."] } : {}),
        ...(systemTested && !systemTestNotes ? { systemTestNotes: ["Describe the system testing."] } : {}),
      });
    }
    return saveTesting(
      tx,
      ctx,
      cr,
      input.version,
      "developers' testing",
      (stored) => ({
        unitTestedAt: unitTested ? (stored?.unitTestedAt ?? now) : null,
        unitTestNotes,
        systemTestedAt: systemTested ? (stored?.systemTestedAt ?? now) : null,
        systemTestNotes,
      }),
      { unitTestedAt: TESTING_LABELS.unitTested, unitTestNotes: TESTING_LABELS.unitTestNotes, systemTestedAt: TESTING_LABELS.systemTested, systemTestNotes: TESTING_LABELS.systemTestNotes },
    );
  });
}

/** Plan 3.1.5: UAT's "summary test report (defects, resolutions, issues, risks)". */
export async function saveUatSummary(ctx: CommandContext, input: { crId: string; version: number; uatSummaryReport: string }) {
  return changeRequestCommand(ctx, input.crId, async (tx, cr) => {
    cr.require("editUatSummary");
    return saveTesting(tx, ctx, cr, input.version, "summary test report", () => ({ uatSummaryReport: input.uatSummaryReport }), { uatSummaryReport: TESTING_LABELS.uatSummaryReport });
  });
}

/**
 * Plan 3.1.6: release notes, the CCSAS Operations areas the release affects and those
 * notified, and the release date. An area notified is by definition affected.
 */
export async function saveRelease(ctx: CommandContext, input: ReleaseInput) {
  return changeRequestCommand(ctx, input.crId, async (tx, cr) => {
    cr.require("editRelease");
    const affected = [...new Set([...input.operationsAffected, ...input.operationsNotified])];
    return saveTesting(
      tx,
      ctx,
      cr,
      input.version,
      "release record",
      () => ({
        releaseNotes: input.releaseNotes,
        releasedOn: input.releasedOn ? new Date(`${input.releasedOn}T00:00:00Z`) : null,
        operationsAffected: affected,
        operationsNotified: [...new Set(input.operationsNotified)],
      }),
      {
        releaseNotes: TESTING_LABELS.releaseNotes,
        releasedOn: TESTING_LABELS.releasedOn,
        operationsAffected: TESTING_LABELS.operationsAffected,
        operationsNotified: TESTING_LABELS.operationsNotified,
      },
    );
  });
}
