import type { PrismaClient } from "../../src/generated/prisma/client.ts";
import { californiaDay } from "../../src/domain/calendar/california-day.ts";
import { membershipRefusal, type SeatedMember } from "../../src/domain/workgroups/membership.ts";

/**
 * Demo workgroups of the CASES ESC (Governance plan 2.4), with subject matter experts from
 * LCSAs of several caseload categories. The experts are demo users (password as the demo
 * accounts'); each works for an LCSA as a JAD member. Every membership passes the rules of
 * src/domain/workgroups/membership.ts. Safe to run again: a workgroup that exists is left alone.
 */
export const DEMO_EXPERTS = [
  { email: "wg.glenn@demo.local", name: "Avery Brooks", title: "Senior Child Support Specialist, Glenn LCSA", lcsa: "glenn" },
  { email: "wg.lake@demo.local", name: "Jordan Reyes", title: "Enforcement Supervisor, Lake LCSA", lcsa: "lake" },
  { email: "wg.shasta@demo.local", name: "Morgan Ellis", title: "Case Management Analyst, Shasta LCSA", lcsa: "shasta" },
  { email: "wg.placer@demo.local", name: "Taylor Kim", title: "Financial Services Lead, Placer LCSA", lcsa: "placer" },
  { email: "wg.sonoma@demo.local", name: "Sydney Park", title: "Legal Process Specialist, Sonoma LCSA", lcsa: "sonoma" },
] as const;

interface DemoWorkgroup {
  name: string;
  kind: "AD_HOC_WORKGROUP" | "STANDING_WORKGROUP";
  scope: string;
  assumptions: string;
  communication: string;
  schedule: string;
  /** Members by e-mail, with the LCSA (code) each represents, in the order they joined. */
  members: { email: string; lcsa: string }[];
  activities: { title: string; description: string; dueInDays: number; recommendation?: string }[];
}

export const DEMO_WORKGROUPS: DemoWorkgroup[] = [
  {
    name: "Bankruptcy Legislation Impacts",
    kind: "AD_HOC_WORKGROUP",
    scope:
      "Report to the ESC the impacts of the new federal bankruptcy legislation on the CASES system and on the CCSAS V2 requirements, with a recommendation for action.",
    assumptions: "The legislation takes effect next fiscal year. No change to the CCSAS V2 schedule.",
    communication: "Meets by videoconference every two weeks; a one-page status to the ESC chair before each ESC meeting.",
    schedule: "Impact analysis within 30 days; recommendation to the ESC at the following meeting.",
    members: [
      { email: "wg.glenn@demo.local", lcsa: "glenn" },
      { email: "wg.lake@demo.local", lcsa: "lake" },
      { email: "wg.shasta@demo.local", lcsa: "shasta" },
      { email: "wg.sonoma@demo.local", lcsa: "sonoma" },
      { email: "wg.member@demo.local", lcsa: "alameda" },
    ],
    activities: [
      {
        title: "Impact analysis of the bankruptcy changes",
        description: "Identify the screens, batch jobs and reports affected, and the business practices LCSAs would change.",
        dueInDays: 30,
      },
    ],
  },
  {
    name: "Enforcement Business Practices",
    kind: "STANDING_WORKGROUP",
    scope: "Review enforcement business practices across the consortium and recommend improvements to the application or to the practices.",
    assumptions: "Major functional changes are reserved for certification and CCSAS implementation (Governance plan 2.3).",
    communication: "Monthly teleconference; minutes shared with the ESC and TAB.",
    schedule: "Ongoing; each activity has its own deadline.",
    members: [
      { email: "wg.placer@demo.local", lcsa: "placer" },
      { email: "esc6@demo.local", lcsa: "fresno" },
      { email: "esc2@demo.local", lcsa: "colusa" },
    ],
    activities: [
      {
        title: "License suspension notices",
        description: "Compare how LCSAs issue license suspension notices and agree one practice.",
        dueInDays: -20,
        recommendation: "Adopt the Placer notice sequence consortium-wide; no system change is needed.",
      },
      { title: "Wage withholding follow-up", description: "Recommend how soon to follow up an unanswered wage withholding order.", dueInDays: 45 },
    ],
  },
];

const DAY = 86_400_000;

export async function seedDemoWorkgroups(db: PrismaClient, passwordHash: string, now = new Date()): Promise<void> {
  const today = californiaDay(now);
  await db.$transaction(async (tx) => {
    const esc = await tx.committee.findUniqueOrThrow({ where: { code: "CASES-ESC" }, select: { id: true, code: true, consortiumId: true } });
    const consortiumId = esc.consortiumId!;
    for (const expert of DEMO_EXPERTS) {
      const user = await tx.user.upsert({
        where: { email: expert.email },
        create: { email: expert.email, name: expert.name, title: expert.title, status: "ACTIVE", passwordHash },
        update: {},
      });
      const lcsa = await tx.lcsa.findUniqueOrThrow({ where: { code: expert.lcsa }, select: { id: true } });
      const held = await tx.roleAssignment.findFirst({ where: { userId: user.id, role: "JAD_MEMBER", lcsaId: lcsa.id, revokedAt: null } });
      if (!held) await tx.roleAssignment.create({ data: { userId: user.id, role: "JAD_MEMBER", scopeType: "LCSA", lcsaId: lcsa.id } });
    }
    const categories = (
      await tx.lcsa.findMany({ where: { consortiumId: consortiumId }, distinct: ["caseloadCategory"], select: { caseloadCategory: true } })
    ).map((row) => row.caseloadCategory);

    for (const demo of DEMO_WORKGROUPS) {
      const exists = await tx.workgroup.count({ where: { parentCommitteeId: esc.id, committee: { name: demo.name } } });
      if (exists) continue;
      const number = (await tx.workgroup.count({ where: { parentCommitteeId: esc.id } })) + 1;
      const committee = await tx.committee.create({ data: { code: `${esc.code}-WG-${number}`, name: demo.name, kind: demo.kind, consortiumId: consortiumId } });
      const createdAt = new Date(now.getTime() - 40 * DAY);
      const workgroup = await tx.workgroup.create({
        data: {
          committeeId: committee.id,
          parentCommitteeId: esc.id,
          scope: demo.scope,
          assumptions: demo.assumptions,
          communication: demo.communication,
          schedule: demo.schedule,
          createdAt,
        },
      });
      const seated: SeatedMember[] = [];
      for (const member of demo.members) {
        const user = await tx.user.findUniqueOrThrow({ where: { email: member.email }, select: { id: true, name: true } });
        const lcsa = await tx.lcsa.findUniqueOrThrow({
          where: { code: member.lcsa },
          select: { id: true, name: true, caseloadCategory: true, consortium: { select: { code: true } } },
        });
        const candidate = {
          userId: user.id,
          name: user.name,
          active: true,
          lcsaId: lcsa.id,
          lcsaName: lcsa.name,
          worksForLcsa: true,
          consortiumCode: lcsa.consortium.code,
          category: lcsa.caseloadCategory,
        };
        const refusal = membershipRefusal({ dissolved: false, consortiumCode: "CASES", consortiumCategories: categories, members: seated }, candidate);
        if (refusal) throw new Error(`Demo workgroup ${demo.name}: ${refusal}`);
        await tx.workgroupMember.create({ data: { workgroupId: workgroup.id, userId: user.id, lcsaId: lcsa.id, addedAt: createdAt } });
        seated.push({ userId: user.id, name: user.name, lcsaId: lcsa.id, lcsaName: lcsa.name, category: lcsa.caseloadCategory });
      }
      for (const activity of demo.activities) {
        const deadline = new Date(today.getTime() + activity.dueInDays * DAY);
        await tx.workgroupActivity.create({
          data: {
            workgroupId: workgroup.id,
            title: activity.title,
            description: activity.description,
            deadline,
            status: activity.recommendation ? "DONE" : "ACTIVE",
            recommendation: activity.recommendation ?? null,
            recommendedAt: activity.recommendation ? new Date(deadline.getTime() - 3 * DAY) : null,
          },
        });
      }
    }
  });
}
