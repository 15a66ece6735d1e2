import type { Prisma } from "../../src/generated/prisma/client.ts";
import type { CrGate, CrState } from "../../src/generated/prisma/enums.ts";
import { changeRequestAudit } from "../../src/domain/change-requests/audit-actions.ts";
import { gateQuestion } from "../../src/domain/change-requests/labels.ts";
import { GATES } from "../../src/domain/change-requests/lifecycle.ts";
import { IMPACT_COMPONENTS } from "../../src/domain/change-requests/readiness.ts";
import { tally } from "../../src/domain/voting/tally.ts";

/** Builders of demo change request rows (prisma/seed/change-requests.ts lists the change requests). */
export type Db = Prisma.TransactionClient;

const DAY = 86_400_000;
export const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * DAY);
export const dayOnly = (date: Date) => new Date(`${date.toISOString().slice(0, 10)}T00:00:00Z`);

export interface People {
  id(email: string): string;
  name(email: string): string;
}

export async function people(db: Db): Promise<People> {
  const users = await db.user.findMany({ where: { email: { endsWith: "@demo.local" } }, select: { id: true, email: true, name: true } });
  const byEmail = new Map(users.map((user) => [user.email, user]));
  const get = (email: string) => {
    const user = byEmail.get(email);
    if (!user) throw new Error(`Demo account ${email} is missing`);
    return user;
  };
  return { id: (email) => get(email).id, name: (email) => get(email).name };
}

/** Timeline entries, as the commands would have audited them; written together at the end. */
export class Timeline {
  private readonly rows: Prisma.AuditEventCreateManyInput[] = [];
  constructor(private readonly who: People) {}

  add(cr: { id: string; label: string }, at: Date, actor: string | null, action: keyof typeof changeRequestAudit, summary: string) {
    this.rows.push({
      at,
      actorId: actor ? this.who.id(actor) : null,
      actorEmail: actor,
      action: changeRequestAudit[action],
      entityType: "ChangeRequest",
      entityId: cr.id,
      summary: `${cr.label}: ${summary}`,
    });
  }

  async write(db: Db) {
    await db.auditEvent.createMany({ data: [...this.rows].sort((a, b) => new Date(a.at!).getTime() - new Date(b.at!).getTime()) });
  }
}

/** The committee's voting members today (chair and voting seats), as the voting engine fixes them. */
const membersOf = new Map<string, string[]>();
async function votingMembers(db: Db, committeeId: string, today: Date) {
  const key = `${committeeId}:${today.toISOString()}`;
  if (!membersOf.has(key)) {
    const terms = await db.term.findMany({
      where: { seat: { committeeId, kind: { in: ["CHAIR", "VOTING"] } }, startsOn: { lte: today }, OR: [{ endsOn: null }, { endsOn: { gte: today } }] },
      orderBy: { seat: { sortOrder: "asc" } },
      select: { userId: true },
    });
    membersOf.set(key, [...new Set(terms.map((term) => term.userId))]);
  }
  return membersOf.get(key)!;
}

/**
 * A gate's motion with real ballots: `choices` are cast in order by the committee's voting
 * members; closed motions carry the tally the engine would have recorded.
 */
export async function gateMotion(
  db: Db,
  input: {
    cr: { id: string; number: number; title: string };
    gate: CrGate;
    committeeId: string;
    openedById: string;
    /** The step that opened it (src/domain/change-requests/gate-attribution.ts). */
    openedAutomatically: string;
    openedAt: Date;
    closedAt: Date | null;
    choices: string[];
    reconsiderOn: Date;
    recommendation?: string | null;
    now: Date;
  },
) {
  const committee = await db.committee.findUniqueOrThrow({ where: { id: input.committeeId }, select: { quorumRule: true, majorityRule: true } });
  const voters = await votingMembers(db, input.committeeId, dayOnly(input.now));
  const options = [...GATES[input.gate].options];
  const ballots = input.choices.slice(0, voters.length).map((choice, index) => ({
    voterId: voters[index]!,
    castById: voters[index]!,
    choice,
    castAt: new Date(input.openedAt.getTime() + (index + 1) * 3_600_000),
  }));
  const result = input.closedAt
    ? tally({
        options,
        eligibleVoters: voters.length,
        choices: ballots.map((ballot) => ballot.choice),
        recusals: 0,
        quorumRule: committee.quorumRule,
        majorityRule: committee.majorityRule,
      })
    : null;
  const motion = await db.motion.create({
    data: {
      committeeId: input.committeeId,
      question: gateQuestion(input.gate, { number: input.cr.number, title: input.cr.title, recommendation: input.recommendation }),
      options,
      status: input.closedAt ? "CLOSED" : "OPEN",
      openedAt: input.openedAt,
      deadline: input.closedAt ?? new Date(input.now.getTime() + 10 * DAY),
      closedAt: input.closedAt,
      quorumRule: committee.quorumRule,
      majorityRule: committee.majorityRule,
      result: (result ?? undefined) as unknown as Prisma.InputJsonValue | undefined,
      openedById: input.openedById,
      openedAutomatically: input.openedAutomatically,
      subjectType: "CHANGE_REQUEST_GATE",
      subjectId: input.cr.id,
      voters: { create: voters.map((userId) => ({ userId })) },
      ballots: { create: ballots },
    },
    select: { id: true },
  });
  await db.crGateMotion.create({
    data: { motionId: motion.id, changeRequestId: input.cr.id, gate: input.gate, reconsiderOn: input.reconsiderOn, createdAt: input.openedAt },
  });
  return result;
}

/** A complete Impact Analysis Package (plan 3.1.2); `impacted` components are affected. */
export function packageRow(crId: string, impacted: readonly string[], changesDataElements: boolean, size: { hours: number; weeks: number; cost: number }) {
  return {
    changeRequestId: crId,
    complexity: `About ${Math.round(size.hours / 40)} programs changed; no financial or accounting logic.`,
    alternatives: "A manual workaround by caseworkers; a vendor report.",
    recommendedSolution: "Change the consortium application and its nightly batch.",
    effortHours: size.hours,
    elapsedWeeks: size.weeks,
    cost: size.cost,
    expectedBenefit: "Fewer manual steps for caseworkers and faster service to families.",
    benefitDuration: "About two years, until the consortium system is retired for CCSAS.",
    impacts: Object.fromEntries(
      IMPACT_COMPONENTS.map((component) => [
        component,
        { impacted: impacted.includes(component), description: impacted.includes(component) ? "Interface file layout changes." : "" },
      ]),
    ),
    changesDataElements,
    certificationImpact: "None expected; the business rules stay as certified.",
    issuesAndRisks: "Testing time at the LCSAs during year-end.",
  };
}

export const MAIN_PATH: CrState[] = [
  "DRAFT",
  "SUBMITTED",
  "IMPACT_ANALYSIS",
  "PACKAGE_VOTE",
  "CCB_REVIEW",
  "JAD_DESIGN",
  "JAD_VOTE",
  "BUILD_AND_TEST",
  "UAT",
  "RELEASE",
  "CLOSED",
];
