import "server-only";
import { changeRequestAudit } from "@/domain/change-requests/audit-actions";
import type { EscalationStepInput, RaiseEscalationInput } from "@/domain/change-requests/cpl-work-schemas";
import { escalationCapacitiesOf, escalationMove, LEVEL_LABELS, type EscalationLevel } from "@/domain/change-requests/escalation";
import { changeRequestPermissions } from "@/domain/change-requests/permissions";
import { defineCommand, defineSubject } from "@/lib/command";
import { db } from "@/lib/db/client";
import { ConflictError, NotFoundError, UserError } from "@/lib/errors";
import { notify } from "@/server/notifications/notify";
import { escAndTab, escChairs, escOf, officeHolders } from "@/server/change-requests/audiences";
import { changeRequestOf } from "@/server/change-requests/consortium-scope";
import { consortiumSubject, DASHBOARD_PATHS } from "@/server/change-requests/subject";

/**
 * Issues the CPL cannot resolve climb CPL → TSD Deputy/Assistant Deputy Director → DCSS
 * Directorate and CCSAS Project Leader (Governance plan 5.1.1; the ladder is
 * src/domain/change-requests/escalation.ts). Every step is a row with its note, so each
 * issue is tracked to its resolution; edits carry the version the user saw.
 */
export const raiseEscalation = defineCommand({
  name: changeRequestAudit.raise_escalation,
  subject: consortiumSubject,
  target: (input: RaiseEscalationInput) => input.consortiumId,
  permission: changeRequestPermissions.raiseEscalation,
  resource: (consortium) => ({ consortiumId: consortium.id }),
  async run({ tx, ctx, input, record: consortium, now }) {
    const changeRequest = await changeRequestOf(tx, consortium, input.changeRequest);
    return tx.escalation.create({
      data: {
        consortiumId: consortium.id,
        changeRequestId: changeRequest?.id ?? null,
        title: input.title,
        description: input.description,
        level: "CPL",
        raisedById: ctx.actor.id,
        raisedAt: now,
        steps: { create: { level: "CPL", note: `Raised: ${input.description}`, byId: ctx.actor.id, at: now } },
      },
      select: { id: true, title: true, level: true },
    });
  },
  audit: ({ record: consortium, input, result: escalation }) => ({
    entity: { type: "Escalation", id: escalation.id },
    summary: `Raised the issue "${input.title}" (${consortium.code})`,
    after: escalation,
  }),
  paths: ({ result }) => [`/dashboard/escalations/${result.id}`],
});

const SUMMARIES = {
  escalate: (title: string, level: EscalationLevel) => `Escalated the issue "${title}" to the ${LEVEL_LABELS[level]}`,
  resolve: (title: string) => `Resolved the issue "${title}"`,
  note: (title: string) => `Added a note to the issue "${title}"`,
} as const;

const STEP_AUDIT = { escalate: changeRequestAudit.escalate, resolve: changeRequestAudit.resolve_escalation, note: changeRequestAudit.note_escalation } as const;

interface LockedEscalation {
  id: string;
  consortiumId: string;
  title: string;
  level: EscalationLevel;
  resolvedAt: Date | null;
  version: number;
  raisedById: string;
  /** The consortium's ESC, whose chair acts for TSD (plan 2.1: the chair is TSD's Assistant Deputy Director). */
  escId: string | null;
}

/** An issue on the escalation ladder, locked for its next step. */
export const escalationSubject = defineSubject<LockedEscalation>({
  type: "Escalation",
  async lock(tx, id) {
    const [current] = await tx.$queryRaw<Omit<LockedEscalation, "escId">[]>`
      SELECT id, "consortiumId", title, level::text AS level, "resolvedAt", version, "raisedById" FROM "Escalation" WHERE id = ${id} FOR UPDATE`;
    if (!current) throw new NotFoundError("That issue");
    return { ...current, escId: await escOf(tx, current.consortiumId) };
  },
  idOf: (escalation) => escalation.id,
  paths: (escalation) => [...DASHBOARD_PATHS, `/dashboard/escalations/${escalation.id}`],
});

export const stepEscalation = defineCommand({
  name: changeRequestAudit.escalate,
  subject: escalationSubject,
  target: (input: EscalationStepInput) => input.escalationId,
  permission: changeRequestPermissions.actOnEscalation,
  resource: (current) => ({ consortiumId: current.consortiumId, committeeId: current.escId }),
  async run({ tx, ctx, input, record: current, now }) {
    if (current.version !== input.version) {
      const last = await tx.escalationStep.findFirst({
        where: { escalationId: current.id },
        orderBy: { at: "desc" },
        select: { note: true, by: { select: { name: true } } },
      });
      throw new ConflictError(
        `${last?.by.name ?? "Someone"} updated this issue while you were writing (it is now with the ${LEVEL_LABELS[current.level]}${current.resolvedAt ? ", resolved" : ""}). Your note was not saved; it is still in the form. Reload to see the latest step.`,
      );
    }
    const result = escalationMove(
      { level: current.level, resolved: current.resolvedAt !== null },
      input.move,
      escalationCapacitiesOf(ctx.actor, { consortiumId: current.consortiumId, escCommitteeId: current.escId }),
    );
    if (!result.ok) throw new UserError(result.reason);

    await tx.escalation.update({
      where: { id: current.id },
      data: { level: result.level, version: { increment: 1 }, ...(result.resolves ? { resolvedAt: now, resolution: input.note } : {}) },
    });
    await tx.escalationStep.create({ data: { escalationId: current.id, level: result.level, note: input.note, byId: ctx.actor.id, at: now } });

    // Plan 5.1.1: the next level hears of it; "resolution decisions will be communicated to the appropriate parties as quickly as possible".
    const recipients =
      input.move === "escalate"
        ? [
            // The level it goes to (5.1.1), and the ESC's chair, who is TSD's (2.1) and coordinates it at the top.
            ...(await officeHolders(tx, result.level === "DCSS_DIRECTORATE" ? ["DCSS_DIRECTORATE", "CCSAS_PROJECT_LEADER"] : ["TSD_DEPUTY_DIRECTOR"])),
            ...(await escChairs(tx, current.consortiumId, now)),
            current.raisedById,
          ]
        : input.move === "resolve"
          ? [...(await escAndTab(tx, current.consortiumId, now)), current.raisedById]
          : [current.raisedById];
    const others = recipients.filter((userId) => userId !== ctx.actor.id);
    const subject =
      input.move === "escalate"
        ? `Issue escalated to the ${LEVEL_LABELS[result.level]}: ${current.title}`
        : input.move === "resolve"
          ? `Issue resolved: ${current.title}`
          : `New note on the issue: ${current.title}`;
    await notify(tx, others, {
      kind: `cr.escalation.${input.move}`,
      subject,
      body: `${ctx.actor.name}: ${input.note}`,
      link: `/dashboard/escalations/${current.id}`,
    });
    return { level: result.level, resolved: result.resolves };
  },
  audit: ({ record: current, input, result }) => ({
    action: STEP_AUDIT[input.move],
    summary: SUMMARIES[input.move](current.title, result.level),
    before: { level: current.level, version: current.version },
    after: { level: result.level, version: current.version + 1, resolved: result.resolved },
  }),
});

export function listEscalations(consortiumId: string | null) {
  return db.escalation.findMany({
    where: consortiumId ? { consortiumId } : {},
    orderBy: [{ resolvedAt: { sort: "desc", nulls: "first" } }, { raisedAt: "desc" }],
    take: 200,
    select: {
      id: true,
      title: true,
      level: true,
      raisedAt: true,
      resolvedAt: true,
      consortium: { select: { code: true } },
      raisedBy: { select: { name: true } },
      changeRequest: { select: { id: true, number: true, title: true } },
      _count: { select: { steps: true } },
    },
  });
}

export async function getEscalation(id: string) {
  const escalation = await db.escalation.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      description: true,
      level: true,
      raisedAt: true,
      resolvedAt: true,
      resolution: true,
      version: true,
      consortium: { select: { id: true, code: true, committees: { where: { kind: "ESC" }, select: { id: true }, take: 1 } } },
      raisedBy: { select: { name: true } },
      changeRequest: { select: { id: true, number: true, title: true } },
      steps: { orderBy: { at: "asc" }, select: { id: true, level: true, note: true, at: true, by: { select: { name: true } } } },
    },
  });
  if (!escalation) return null;
  const { committees, ...consortium } = escalation.consortium;
  return { ...escalation, consortium, escCommitteeId: committees[0]?.id ?? null };
}

export type EscalationDetail = NonNullable<Awaited<ReturnType<typeof getEscalation>>>;
