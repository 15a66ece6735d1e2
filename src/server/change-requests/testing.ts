import "server-only";
import { columnOfDay, dayOfColumn } from "@/domain/calendar/day";
import { changeRequestAudit } from "@/domain/change-requests/audit-actions";
import { TESTING_LABELS } from "@/domain/change-requests/field-labels";
import { changeRequestPermissions } from "@/domain/change-requests/permissions";
import type { DeveloperTestingInput, ReleaseInput } from "@/domain/change-requests/step-schemas";
import type { Prisma } from "@/generated/prisma/client";
import { defineCommand, type AuditNote } from "@/lib/command";
import type { Tx } from "@/lib/db/client";
import { UserError } from "@/lib/errors";
import { changedFields, crNote, staleEdit } from "@/server/change-requests/audit";
import { changeRequestSubject, type LockedChangeRequest } from "@/server/change-requests/subject";

/**
 * The build-and-test record (one row per change request, one version for its forms):
 * developers' unit and system testing (plan 3.1.5 item 2), UAT's summary test report, and
 * the production release (3.1.6).
 */
async function saveTesting(
  tx: Tx,
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
        return [key, field instanceof Date ? dayOfColumn(field) : field];
      }),
    );
  const changed = changedFields(comparable(stored), comparable(data)!, labels);
  const version = (stored?.version ?? 0) + 1;
  await tx.crTesting.upsert({
    where: { changeRequestId: cr.row.id },
    create: { operationsAffected: [], operationsNotified: [], releaseSubcomponents: [], subcomponentsReady: [], ...data, changeRequestId: cr.row.id, version },
    update: { ...data, version },
  });
  return { version, changed };
}

/** The audit event of a save of one of the testing record's forms. */
function testingNote(cr: LockedChangeRequest, what: string, saved: { version: number; changed: string[] }): AuditNote {
  return crNote(cr.row, {
    summary: saved.changed.length ? `Edited the ${what}: ${saved.changed.join(", ")}.` : `Saved the ${what} without changes.`,
    after: { record: "testing", version: saved.version, changed: saved.changed },
  });
}

export const saveDeveloperTesting = defineCommand({
  name: changeRequestAudit.save_developers_testing,
  subject: changeRequestSubject,
  target: (input: DeveloperTestingInput) => input.crId,
  permission: changeRequestPermissions.recordDeveloperTesting,
  resource: (cr) => cr.access,
  async run({ tx, input, record: cr, now }) {
    const { unitTested, unitTestNotes, systemTested, systemTestNotes } = input;
    if ((unitTested && !unitTestNotes) || (systemTested && !systemTestNotes)) {
      throw new UserError("Say briefly what was tested and the result.", {
        ...(unitTested && !unitTestNotes ? { unitTestNotes: ["Describe the unit testing."] } : {}),
        ...(systemTested && !systemTestNotes ? { systemTestNotes: ["Describe the system testing."] } : {}),
      });
    }
    return saveTesting(
      tx,
      cr,
      input.version,
      "developers' testing",
      (stored) => ({
        unitTestedAt: unitTested ? (stored?.unitTestedAt ?? now) : null,
        unitTestNotes,
        systemTestedAt: systemTested ? (stored?.systemTestedAt ?? now) : null,
        systemTestNotes,
      }),
      {
        unitTestedAt: TESTING_LABELS.unitTested,
        unitTestNotes: TESTING_LABELS.unitTestNotes,
        systemTestedAt: TESTING_LABELS.systemTested,
        systemTestNotes: TESTING_LABELS.systemTestNotes,
      },
    );
  },
  audit: ({ record: cr, result }) => testingNote(cr, "developers' testing", result),
});

/** Plan 3.1.5: UAT's "summary test report (defects, resolutions, issues, risks)". */
export const saveUatSummary = defineCommand({
  name: changeRequestAudit.save_summary_test_report,
  subject: changeRequestSubject,
  target: (input: { crId: string; version: number; uatSummaryReport: string }) => input.crId,
  permission: changeRequestPermissions.editUatSummary,
  resource: (cr) => cr.access,
  run: ({ tx, input, record: cr }) =>
    saveTesting(tx, cr, input.version, "summary test report", () => ({ uatSummaryReport: input.uatSummaryReport }), {
      uatSummaryReport: TESTING_LABELS.uatSummaryReport,
    }),
  audit: ({ record: cr, result }) => testingNote(cr, "summary test report", result),
});

/**
 * Plan 3.1.6: release notes, the CCSAS Operations areas the release affects and those
 * notified, and the release date. An area notified is by definition affected. For a
 * CCSAS-level change, also the subcomponents releasing it together and those ready for the
 * release date, which is then the one date they share.
 */
export const saveRelease = defineCommand({
  name: changeRequestAudit.save_release_record,
  subject: changeRequestSubject,
  target: (input: ReleaseInput) => input.crId,
  permission: changeRequestPermissions.editRelease,
  resource: (cr) => cr.access,
  run({ tx, input, record: cr }) {
    const affected = [...new Set([...input.operationsAffected, ...input.operationsNotified])];
    return saveTesting(
      tx,
      cr,
      input.version,
      "release record",
      () => ({
        releaseNotes: input.releaseNotes,
        releasedOn: input.releasedOn ? columnOfDay(input.releasedOn) : null,
        operationsAffected: affected,
        operationsNotified: [...new Set(input.operationsNotified)],
        releaseSubcomponents: [...new Set(input.releaseSubcomponents ?? [])],
        subcomponentsReady: [...new Set(input.subcomponentsReady ?? [])],
      }),
      {
        releaseNotes: TESTING_LABELS.releaseNotes,
        releasedOn: TESTING_LABELS.releasedOn,
        operationsAffected: TESTING_LABELS.operationsAffected,
        operationsNotified: TESTING_LABELS.operationsNotified,
        releaseSubcomponents: TESTING_LABELS.releaseSubcomponents,
        subcomponentsReady: TESTING_LABELS.subcomponentsReady,
      },
    );
  },
  audit: ({ record: cr, result }) => testingNote(cr, "release record", result),
});
