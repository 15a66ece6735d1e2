import "server-only";
import { californiaDay } from "@/domain/calendar/california-day";
import { changeRequestAudit } from "@/domain/change-requests/audit-actions";
import { changeRequestPermissions } from "@/domain/change-requests/permissions";
import type { CrTeam } from "@/domain/change-requests/capacities";
import { crNumber } from "@/domain/change-requests/labels";
import type { NameTeamInput } from "@/domain/change-requests/schemas";
import { TEAM_LABELS, teamProblems, type TeamPick } from "@/domain/change-requests/teams";
import { defineCommand } from "@/lib/command";
import { db, type Tx } from "@/lib/db/client";
import { UserError } from "@/lib/errors";
import { notify } from "@/server/notifications/notify";
import { crNote } from "@/server/change-requests/audit";
import { changeRequestSubject } from "@/server/change-requests/subject";

const NAMING = {
  IMPACT_ANALYSIS: changeRequestPermissions.nameImpactTeam,
  JAD: changeRequestPermissions.nameJadTeam,
  UAT: changeRequestPermissions.nameUatTeam,
} satisfies Record<CrTeam, unknown>;

/**
 * Names a team of the change request, replacing whoever was on it: the impact analysis
 * team (the ESC chair; plan 3.1.2), the JAD team and the UAT testers (the CPL). The whole
 * team is judged at once, so a refusal can say what the team as a whole lacks.
 */
export const nameTeam = defineCommand({
  name: changeRequestAudit.name_team,
  subject: changeRequestSubject,
  target: (input: NameTeamInput) => input.crId,
  permission: ({ input }) => NAMING[input.team],
  resource: (cr) => cr.access,
  async run({ tx, ctx, input, record: cr, now }) {
    const picks = await picksFor(tx, input.members);
    const categories = await tx.lcsa.findMany({
      where: { consortiumId: cr.row.consortiumId },
      distinct: ["caseloadCategory"],
      select: { caseloadCategory: true },
    });
    const problems = teamProblems(input.team, picks, { id: cr.row.consortiumId, categories: categories.map((lcsa) => lcsa.caseloadCategory) });
    if (problems.length) throw new UserError(`The ${TEAM_LABELS[input.team]} cannot be named yet. ${problems.join(" ")}`, { members: problems });

    const before = await tx.crTeamMember.findMany({ where: { changeRequestId: cr.row.id, team: input.team }, select: { userId: true } });
    await tx.crTeamMember.deleteMany({ where: { changeRequestId: cr.row.id, team: input.team } });
    await tx.crTeamMember.createMany({
      data: picks.map((pick) => ({ changeRequestId: cr.row.id, team: input.team, userId: pick.userId, lcsaId: pick.lcsaId, addedAt: now })),
    });
    const added = picks.filter((pick) => !before.some((member) => member.userId === pick.userId)).map((pick) => pick.userId);
    await notify(tx, added, {
      kind: "changeRequest.team",
      subject: `You are on the ${TEAM_LABELS[input.team]} of ${crNumber(cr.row.number)}`,
      body: `${ctx.actor.name} named you to the ${TEAM_LABELS[input.team]} of ${crNumber(cr.row.number)} “${cr.row.title}”.`,
      link: `/change-requests/${cr.row.id}`,
    });
    return { team: input.team, size: picks.length, picks, before: before.map((member) => member.userId) };
  },
  audit: ({ record: cr, input, result }) =>
    crNote(cr.row, {
      summary: `Named the ${TEAM_LABELS[input.team]}: ${result.picks.map((pick) => (pick.lcsaName ? `${pick.userName} (${pick.lcsaName})` : pick.userName)).join(", ")}.`,
      before: { team: input.team, userIds: result.before },
      after: { team: input.team, members: result.picks.map((pick) => ({ userId: pick.userId, lcsaId: pick.lcsaId })) },
    }),
});

/** The chosen people, each with the LCSA they represent (from "userId:lcsaId"). */
async function picksFor(tx: Tx, members: readonly string[]): Promise<TeamPick[]> {
  const pairs = members.map((member) => {
    const [userId, lcsaId] = member.split(":");
    return { userId: userId!, lcsaId: lcsaId || null };
  });
  const users = await tx.user.findMany({ where: { id: { in: pairs.map((pair) => pair.userId) }, status: "ACTIVE" }, select: { id: true, name: true } });
  const lcsas = await tx.lcsa.findMany({
    where: { id: { in: pairs.flatMap((pair) => (pair.lcsaId ? [pair.lcsaId] : [])) } },
    select: { id: true, name: true, caseloadCategory: true, consortiumId: true },
  });
  return pairs.map((pair) => {
    const user = users.find((candidate) => candidate.id === pair.userId);
    if (!user) throw new UserError("One of the people chosen no longer has an active account; reload the page and choose again.");
    const lcsa = pair.lcsaId ? lcsas.find((candidate) => candidate.id === pair.lcsaId) : undefined;
    return {
      userId: user.id,
      userName: user.name,
      lcsaId: lcsa?.id ?? null,
      lcsaName: lcsa?.name ?? null,
      caseloadCategory: lcsa?.caseloadCategory ?? null,
      consortiumId: lcsa?.consortiumId ?? null,
    };
  });
}

export interface TeamCandidate {
  value: string;
  userName: string;
  title: string | null;
  lcsaName: string | null;
  caseloadCategory: number | null;
}

/**
 * The people who may be chosen: everyone who represents an LCSA of the consortium (an
 * LCSA-scoped role, or a committee seat held for it), plus, for the JAD team, whoever holds
 * the JAD member role for the consortium. Sorted by caseload category, then LCSA.
 */
export async function teamCandidates(consortiumId: string, team: CrTeam, now = new Date()): Promise<TeamCandidate[]> {
  const today = californiaDay(now);
  const [grants, terms, jad] = await Promise.all([
    db.roleAssignment.findMany({
      where: { revokedAt: null, lcsa: { consortiumId }, user: { status: "ACTIVE" } },
      select: { user: { select: { id: true, name: true, title: true } }, lcsa: { select: { id: true, name: true, caseloadCategory: true } } },
    }),
    db.term.findMany({
      where: { lcsa: { consortiumId }, user: { status: "ACTIVE" }, startsOn: { lte: today }, OR: [{ endsOn: null }, { endsOn: { gte: today } }] },
      select: { user: { select: { id: true, name: true, title: true } }, lcsa: { select: { id: true, name: true, caseloadCategory: true } } },
    }),
    team === "JAD"
      ? db.roleAssignment.findMany({
          where: { revokedAt: null, role: "JAD_MEMBER", lcsaId: null, OR: [{ consortiumId }, { scopeType: "STATEWIDE" }], user: { status: "ACTIVE" } },
          select: { user: { select: { id: true, name: true, title: true } } },
        })
      : Promise.resolve([]),
  ]);
  const byValue = new Map<string, TeamCandidate>();
  for (const row of [...grants, ...terms]) {
    if (!row.lcsa) continue;
    byValue.set(`${row.user.id}:${row.lcsa.id}`, {
      value: `${row.user.id}:${row.lcsa.id}`,
      userName: row.user.name,
      title: row.user.title,
      lcsaName: row.lcsa.name,
      caseloadCategory: row.lcsa.caseloadCategory,
    });
  }
  for (const row of jad)
    byValue.set(`${row.user.id}:`, { value: `${row.user.id}:`, userName: row.user.name, title: row.user.title, lcsaName: null, caseloadCategory: null });
  return [...byValue.values()].sort(
    (a, b) =>
      (a.caseloadCategory ?? 99) - (b.caseloadCategory ?? 99) || (a.lcsaName ?? "").localeCompare(b.lcsaName ?? "") || a.userName.localeCompare(b.userName),
  );
}
