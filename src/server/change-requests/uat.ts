import "server-only";
import { plural } from "@/lib/format";
import { changeRequestAudit } from "@/domain/change-requests/audit-actions";
import { crNumber } from "@/domain/change-requests/labels";
import { changeRequestPermissions } from "@/domain/change-requests/permissions";
import { defineCommand } from "@/lib/command";
import type { Tx } from "@/lib/db/client";
import { NotFoundError, UserError } from "@/lib/errors";
import { notify } from "@/server/notifications/notify";
import { crNote } from "@/server/change-requests/audit";
import { escAndTab } from "@/server/change-requests/people";
import { changeRequestSubject, type LockedChangeRequest } from "@/server/change-requests/subject";

/** Plan 3.1.5 item 3: test scenarios and scripts, so UAT "is comprehensive and meets business requirements". */
export const addScenario = defineCommand({
  name: changeRequestAudit.add_scenario,
  subject: changeRequestSubject,
  target: (input: { crId: string; title: string; script: string }) => input.crId,
  permission: changeRequestPermissions.editScenarios,
  resource: (cr) => cr.access,
  run: ({ tx, input, record: cr }) =>
    tx.uatScenario.create({ data: { changeRequestId: cr.row.id, title: input.title, script: input.script }, select: { id: true } }),
  audit: ({ record: cr, input, result: scenario }) =>
    crNote(cr.row, { summary: `Added the UAT scenario “${input.title}”.`, after: { scenarioId: scenario.id, title: input.title } }),
});

async function openPass(tx: Tx, crId: string) {
  return tx.uatPass.findFirst({ where: { changeRequestId: crId, completedAt: null }, select: { id: true, number: true } });
}

/** A new UAT pass, numbered after the last; one pass at a time. */
export const startUatPass = defineCommand({
  name: changeRequestAudit.start_uat_pass,
  subject: changeRequestSubject,
  target: (input: { crId: string; regression: boolean }) => input.crId,
  permission: changeRequestPermissions.runUatPass,
  resource: (cr) => cr.access,
  async run({ tx, input, record: cr, now }) {
    const running = await openPass(tx, cr.row.id);
    if (running) throw new UserError(`Pass ${running.number} is still running; finish it before starting another.`);
    const number = Math.max(0, ...cr.row.uatPasses.map((pass) => pass.number)) + 1;
    return tx.uatPass.create({
      data: { changeRequestId: cr.row.id, number, regression: input.regression, startedAt: now },
      select: { id: true, number: true },
    });
  },
  audit: ({ record: cr, input, result: pass }) =>
    crNote(cr.row, {
      summary: `Started UAT pass ${pass.number}${input.regression ? " with regression testing" : ""}.`,
      after: { passId: pass.id, number: pass.number, regression: input.regression },
    }),
});

/**
 * Finishes the running pass, passed or failed. A pass that found a major defect has not
 * passed: plan 3.1.5 item 6, "Any major defect resolution requires another pass through UAT
 * and regression testing prior to production release."
 */
export const completeUatPass = defineCommand({
  name: changeRequestAudit.complete_uat_pass,
  subject: changeRequestSubject,
  target: (input: { crId: string; passId: string; result: "passed" | "failed"; notes: string }) => input.crId,
  permission: changeRequestPermissions.runUatPass,
  resource: (cr) => cr.access,
  async run({ tx, input, record: cr, now }) {
    const pass = await tx.uatPass.findFirst({ where: { id: input.passId, changeRequestId: cr.row.id }, select: { id: true, number: true, completedAt: true } });
    if (!pass) throw new NotFoundError("That UAT pass");
    if (pass.completedAt) throw new UserError(`Pass ${pass.number} is already finished.`);
    const passed = input.result === "passed";
    if (passed) {
      const majors = await tx.uatDefect.count({ where: { changeRequestId: cr.row.id, foundInPass: pass.number, severity: "MAJOR" } });
      if (majors) {
        throw new UserError(
          `Pass ${pass.number} found ${plural(majors, "a major defect", `${majors} major defects`)}, so it has not passed. Record it as failed; after the fix, run another pass with regression testing.`,
          {
            result: ["A pass that found a major defect has not passed."],
          },
        );
      }
    }
    await tx.uatPass.update({ where: { id: pass.id }, data: { completedAt: now, passed, notes: input.notes } });
    return { passId: pass.id, number: pass.number, passed };
  },
  audit: ({ record: cr, input, result }) =>
    crNote(cr.row, {
      summary: `UAT pass ${result.number} ${result.passed ? "passed" : "failed"}${input.notes ? `: ${input.notes}` : "."}`,
      after: { passId: result.passId, passed: result.passed },
    }),
});

/**
 * A tester reports a defect found in the running pass. A major one alerts the ESC and the
 * TAB at once (plan 3.1.5 item 6: "the CPL alerts the ESC and TAB via email of the
 * problem(s) and resolution status").
 */
export const reportDefect = defineCommand({
  name: changeRequestAudit.report_defect,
  subject: changeRequestSubject,
  target: (input: { crId: string; severity: "MAJOR" | "MINOR"; title: string; description: string }) => input.crId,
  permission: changeRequestPermissions.reportDefect,
  resource: (cr) => cr.access,
  async run({ tx, ctx, input, record: cr, now }) {
    const pass = await openPass(tx, cr.row.id);
    if (!pass) throw new UserError("Defects are found during a UAT pass: start a pass first.");
    const defect = await tx.uatDefect.create({
      data: {
        changeRequestId: cr.row.id,
        foundInPass: pass.number,
        severity: input.severity,
        title: input.title,
        description: input.description,
        reportedById: ctx.actor.id,
        reportedAt: now,
      },
      select: { id: true },
    });
    if (input.severity === "MAJOR") {
      await alertEscAndTab(tx, cr, now, {
        subject: `Major UAT defect in ${crNumber(cr.row.number)}`,
        body: `A major defect was found in UAT pass ${pass.number} of ${crNumber(cr.row.number)} “${cr.row.title}”: ${input.title}. ${input.description} Release waits until it is fixed, retested in another pass with regression testing, and signed off by a tester.`,
        dedupeKey: `cr-major-defect-${defect.id}`,
      });
    }
    return { id: defect.id, foundInPass: pass.number, severity: input.severity };
  },
  audit: ({ record: cr, input, result }) =>
    crNote(cr.row, {
      summary: `${input.severity === "MAJOR" ? "Major" : "Minor"} defect found in UAT pass ${result.foundInPass}: ${input.title}.`,
      after: { defectId: result.id, severity: input.severity, foundInPass: result.foundInPass },
    }),
});

export const resolveDefect = defineCommand({
  name: changeRequestAudit.resolve_defect,
  subject: changeRequestSubject,
  target: (input: { crId: string; defectId: string; resolution: string }) => input.crId,
  permission: changeRequestPermissions.resolveDefect,
  resource: (cr) => cr.access,
  async run({ tx, input, record: cr, now }) {
    const defect = await findDefect(tx, cr, input.defectId);
    if (defect.resolvedAt) throw new UserError("That defect's fix is already recorded.");
    await tx.uatDefect.update({ where: { id: defect.id }, data: { resolvedAt: now, resolution: input.resolution } });
    if (defect.severity === "MAJOR") {
      await alertEscAndTab(tx, cr, now, {
        subject: `Major UAT defect fixed in ${crNumber(cr.row.number)}`,
        body: `The major defect “${defect.title}” of ${crNumber(cr.row.number)} has a fix: ${input.resolution} It now needs another UAT pass with regression testing and a tester's sign-off.`,
        dedupeKey: `cr-major-defect-fixed-${defect.id}`,
      });
    }
    return { defectId: defect.id, title: defect.title };
  },
  audit: ({ record: cr, input, result }) =>
    crNote(cr.row, { summary: `Fix recorded for “${result.title}”: ${input.resolution}`, after: { defectId: result.defectId } }),
});

/** Plan 3.1.5 item 6: "Each major defect needs to have the UA tester(s) sign off that the remediation was successfully tested." */
export const signOffDefect = defineCommand({
  name: changeRequestAudit.sign_off_defect,
  subject: changeRequestSubject,
  target: (input: { crId: string; defectId: string }) => input.crId,
  permission: changeRequestPermissions.signOffDefect,
  resource: (cr) => cr.access,
  async run({ tx, ctx, input, record: cr, now }) {
    const defect = await findDefect(tx, cr, input.defectId);
    if (!defect.resolvedAt) throw new UserError("A fix is signed off once it has been made: the developers have not recorded one yet.");
    if (defect.signedOffAt) throw new UserError("That fix is already signed off.");
    await tx.uatDefect.update({ where: { id: defect.id }, data: { signedOffAt: now, signedOffById: ctx.actor.id } });
    return { defectId: defect.id, title: defect.title, by: ctx.actor.name };
  },
  audit: ({ record: cr, result }) =>
    crNote(cr.row, { summary: `${result.by} signed off the fix of “${result.title}” as successfully tested.`, after: { defectId: result.defectId } }),
});

async function findDefect(tx: Tx, cr: LockedChangeRequest, defectId: string) {
  const defect = await tx.uatDefect.findFirst({
    where: { id: defectId, changeRequestId: cr.row.id },
    select: { id: true, title: true, severity: true, resolvedAt: true, signedOffAt: true },
  });
  if (!defect) throw new NotFoundError("That defect");
  return defect;
}

async function alertEscAndTab(tx: Tx, cr: LockedChangeRequest, now: Date, message: { subject: string; body: string; dedupeKey: string }) {
  await notify(tx, await escAndTab(tx, cr.row.consortiumId, now), { kind: "changeRequest.major_defect", link: `/change-requests/${cr.row.id}`, ...message });
}
