import "server-only";
import { crNumber } from "@/domain/change-requests/labels";
import type { CommandContext } from "@/lib/context";
import type { Tx } from "@/lib/db";
import { NotFoundError, UserError } from "@/lib/errors";
import { notify } from "@/server/notifications/notify";
import { auditChangeRequest } from "./audit";
import { changeRequestCommand, type LockedChangeRequest } from "./command";
import { escAndTab } from "./people";

/** Plan 3.1.5 item 3: test scenarios and scripts, so UAT "is comprehensive and meets business requirements". */
export async function addScenario(ctx: CommandContext, input: { crId: string; title: string; script: string }) {
  return changeRequestCommand(ctx, input.crId, async (tx, cr) => {
    cr.require("editScenarios");
    const scenario = await tx.uatScenario.create({ data: { changeRequestId: cr.row.id, title: input.title, script: input.script }, select: { id: true } });
    await auditChangeRequest(tx, ctx, cr.row, { action: "add_scenario", summary: `Added the UAT scenario “${input.title}”.`, after: { scenarioId: scenario.id, title: input.title } });
    return scenario;
  });
}

async function openPass(tx: Tx, crId: string) {
  return tx.uatPass.findFirst({ where: { changeRequestId: crId, completedAt: null }, select: { id: true, number: true } });
}

/** A new UAT pass, numbered after the last; one pass at a time. */
export async function startUatPass(ctx: CommandContext, input: { crId: string; regression: boolean }, now = new Date()) {
  return changeRequestCommand(ctx, input.crId, async (tx, cr) => {
    cr.require("runUatPass");
    const running = await openPass(tx, cr.row.id);
    if (running) throw new UserError(`Pass ${running.number} is still running; finish it before starting another.`);
    const number = Math.max(0, ...cr.row.uatPasses.map((pass) => pass.number)) + 1;
    const pass = await tx.uatPass.create({ data: { changeRequestId: cr.row.id, number, regression: input.regression, startedAt: now }, select: { id: true, number: true } });
    await auditChangeRequest(tx, ctx, cr.row, {
      action: "start_uat_pass",
      summary: `Started UAT pass ${number}${input.regression ? " with regression testing" : ""}.`,
      after: { passId: pass.id, number, regression: input.regression },
    });
    return pass;
  });
}

/**
 * Finishes the running pass, passed or failed. A pass that found a major defect has not
 * passed: plan 3.1.5 item 6, "Any major defect resolution requires another pass through UAT
 * and regression testing prior to production release."
 */
export async function completeUatPass(ctx: CommandContext, input: { crId: string; passId: string; result: "passed" | "failed"; notes: string }, now = new Date()) {
  return changeRequestCommand(ctx, input.crId, async (tx, cr) => {
    cr.require("runUatPass");
    const pass = await tx.uatPass.findFirst({ where: { id: input.passId, changeRequestId: cr.row.id }, select: { id: true, number: true, completedAt: true } });
    if (!pass) throw new NotFoundError("That UAT pass");
    if (pass.completedAt) throw new UserError(`Pass ${pass.number} is already finished.`);
    const passed = input.result === "passed";
    if (passed) {
      const majors = await tx.uatDefect.count({ where: { changeRequestId: cr.row.id, foundInPass: pass.number, severity: "MAJOR" } });
      if (majors) {
        throw new UserError(`Pass ${pass.number} found ${majors === 1 ? "a major defect" : `${majors} major defects`}, so it has not passed. Record it as failed; after the fix, run another pass with regression testing.`, {
          result: ["A pass that found a major defect has not passed."],
        });
      }
    }
    await tx.uatPass.update({ where: { id: pass.id }, data: { completedAt: now, passed, notes: input.notes } });
    await auditChangeRequest(tx, ctx, cr.row, { action: "complete_uat_pass", summary: `UAT pass ${pass.number} ${passed ? "passed" : "failed"}${input.notes ? `: ${input.notes}` : "."}`, after: { passId: pass.id, passed } });
    return { number: pass.number, passed };
  });
}

/**
 * A tester reports a defect found in the running pass. A major one alerts the ESC and the
 * TAB at once (plan 3.1.5 item 6: "the CPL alerts the ESC and TAB via email of the
 * problem(s) and resolution status").
 */
export async function reportDefect(ctx: CommandContext, input: { crId: string; severity: "MAJOR" | "MINOR"; title: string; description: string }, now = new Date()) {
  return changeRequestCommand(ctx, input.crId, async (tx, cr) => {
    cr.require("reportDefect");
    const pass = await openPass(tx, cr.row.id);
    if (!pass) throw new UserError("Defects are found during a UAT pass: start a pass first.");
    const defect = await tx.uatDefect.create({
      data: { changeRequestId: cr.row.id, foundInPass: pass.number, severity: input.severity, title: input.title, description: input.description, reportedById: ctx.actor.id, reportedAt: now },
      select: { id: true },
    });
    await auditChangeRequest(tx, ctx, cr.row, {
      action: "report_defect",
      summary: `${input.severity === "MAJOR" ? "Major" : "Minor"} defect found in UAT pass ${pass.number}: ${input.title}.`,
      after: { defectId: defect.id, severity: input.severity, foundInPass: pass.number },
    });
    if (input.severity === "MAJOR") {
      await alertEscAndTab(tx, cr, now, {
        subject: `Major UAT defect in ${crNumber(cr.row.number)}`,
        body: `A major defect was found in UAT pass ${pass.number} of ${crNumber(cr.row.number)} “${cr.row.title}”: ${input.title}. ${input.description} Release waits until it is fixed, retested in another pass with regression testing, and signed off by a tester.`,
        dedupeKey: `cr-major-defect-${defect.id}`,
      });
    }
    return defect;
  });
}

export async function resolveDefect(ctx: CommandContext, input: { crId: string; defectId: string; resolution: string }, now = new Date()) {
  return changeRequestCommand(ctx, input.crId, async (tx, cr) => {
    cr.require("resolveDefect");
    const defect = await findDefect(tx, cr, input.defectId);
    if (defect.resolvedAt) throw new UserError("That defect's fix is already recorded.");
    await tx.uatDefect.update({ where: { id: defect.id }, data: { resolvedAt: now, resolution: input.resolution } });
    await auditChangeRequest(tx, ctx, cr.row, { action: "resolve_defect", summary: `Fix recorded for “${defect.title}”: ${input.resolution}`, after: { defectId: defect.id } });
    if (defect.severity === "MAJOR") {
      await alertEscAndTab(tx, cr, now, {
        subject: `Major UAT defect fixed in ${crNumber(cr.row.number)}`,
        body: `The major defect “${defect.title}” of ${crNumber(cr.row.number)} has a fix: ${input.resolution} It now needs another UAT pass with regression testing and a tester's sign-off.`,
        dedupeKey: `cr-major-defect-fixed-${defect.id}`,
      });
    }
    return { defectId: defect.id };
  });
}

/** Plan 3.1.5 item 6: "Each major defect needs to have the UA tester(s) sign off that the remediation was successfully tested." */
export async function signOffDefect(ctx: CommandContext, input: { crId: string; defectId: string }, now = new Date()) {
  return changeRequestCommand(ctx, input.crId, async (tx, cr) => {
    cr.require("signOffDefect");
    const defect = await findDefect(tx, cr, input.defectId);
    if (!defect.resolvedAt) throw new UserError("A fix is signed off once it has been made: the developers have not recorded one yet.");
    if (defect.signedOffAt) throw new UserError("That fix is already signed off.");
    await tx.uatDefect.update({ where: { id: defect.id }, data: { signedOffAt: now, signedOffById: ctx.actor.id } });
    await auditChangeRequest(tx, ctx, cr.row, { action: "sign_off_defect", summary: `${ctx.actor.name} signed off the fix of “${defect.title}” as successfully tested.`, after: { defectId: defect.id } });
    return { defectId: defect.id };
  });
}

async function findDefect(tx: Tx, cr: LockedChangeRequest, defectId: string) {
  const defect = await tx.uatDefect.findFirst({ where: { id: defectId, changeRequestId: cr.row.id }, select: { id: true, title: true, severity: true, resolvedAt: true, signedOffAt: true } });
  if (!defect) throw new NotFoundError("That defect");
  return defect;
}

async function alertEscAndTab(tx: Tx, cr: LockedChangeRequest, now: Date, message: { subject: string; body: string; dedupeKey: string }) {
  await notify(tx, await escAndTab(tx, cr.row.consortiumId, now), { kind: "changeRequest.major_defect", link: `/change-requests/${cr.row.id}`, ...message });
}
