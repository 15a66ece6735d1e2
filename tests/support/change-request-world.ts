import type { ImpactPackageInput } from "@/domain/change-requests/step-schemas";
import type { PrismaClient } from "@/generated/prisma/client";
import type { CommandContext } from "@/lib/context";
import { actor, makeUser } from "./identity.ts";

/**
 * The people of a change request's life in the CASES consortium, each a real user with the
 * seats and roles the app derives capacities from: the ESC chair and six members (each the
 * Director of an LCSA in their caseload category), the CPL, a technical manager, two CCB
 * members, a JAD member, a UAT tester and an author.
 */
export async function changeRequestWorld(db: PrismaClient) {
  const cases = await db.consortium.findUniqueOrThrow({ where: { code: "CASES" }, select: { id: true } });
  const esc = await db.committee.findUniqueOrThrow({ where: { code: "CASES-ESC" }, select: { id: true } });
  const ccb = await db.committee.findUniqueOrThrow({ where: { code: "CCSAS-CCB" }, select: { id: true } });
  const tab = await db.committee.findUniqueOrThrow({ where: { code: "CASES-TAB" }, select: { id: true } });
  const lcsaOf = async (category: number, skip = 0) =>
    db.lcsa.findFirstOrThrow({
      where: { consortiumId: cases.id, caseloadCategory: category },
      orderBy: { code: "asc" },
      skip,
      select: { id: true, name: true },
    });

  async function seated(committeeId: string, sortOrder: number, options: Parameters<typeof makeUser>[1] = {}, lcsaId: string | null = null) {
    const user = await makeUser(db, options);
    const seat = await db.seat.findUniqueOrThrow({ where: { committeeId_sortOrder: { committeeId, sortOrder } }, select: { id: true } });
    await db.term.create({ data: { seatId: seat.id, userId: user.id, lcsaId, startsOn: new Date("2025-07-01") } });
    return user;
  }

  const chair = await seated(esc.id, 0, { name: "Casey Chair" });
  const members = [];
  for (const category of [1, 2, 3, 4, 5, 6]) {
    const lcsa = await lcsaOf(category);
    members.push(
      await seated(
        esc.id,
        category,
        { name: `Director of ${lcsa.name}`, roles: [{ role: "LCSA_DIRECTOR", scope: { type: "LCSA", lcsaId: lcsa.id } }] },
        lcsa.id,
      ),
    );
  }
  const cpl = await seated(tab.id, 0, {
    name: "Pat Leader",
    roles: [{ role: "CONSORTIUM_PROJECT_LEADER", scope: { type: "CONSORTIUM", consortiumId: cases.id } }],
  });
  const ctm = await seated(tab.id, 1, {
    name: "Taylor Tech",
    roles: [{ role: "CONSORTIUM_TECHNICAL_MANAGER", scope: { type: "CONSORTIUM", consortiumId: cases.id } }],
  });
  const ccbMembers = [await seated(ccb.id, 0, { name: "Chris CSE" }), await seated(ccb.id, 1, { name: "Sam SDU" })];
  const jad = await makeUser(db, { name: "Jo JAD", roles: [{ role: "JAD_MEMBER", scope: { type: "CONSORTIUM", consortiumId: cases.id } }] });
  const testerLcsa = await lcsaOf(6, 1);
  const tester = await makeUser(db, { name: "Uma Tester", roles: [{ role: "UAT_TESTER", scope: { type: "LCSA", lcsaId: testerLcsa.id } }] });
  const authorLcsa = await lcsaOf(3, 1);
  const author = await makeUser(db, { name: "Avery Author", roles: [{ role: "LCSA_DIRECTOR", scope: { type: "LCSA", lcsaId: authorLcsa.id } }] });
  const requestor = await makeUser(db, { name: "Riley Requestor", roles: [] });
  await db.roleAssignment.create({
    data: {
      userId: requestor.id,
      role: "REQUESTOR",
      scopeType: "ORGANIZATION",
      organizationId: (await db.thirdPartyOrganization.findFirstOrThrow({ select: { id: true } })).id,
    },
  });

  const as = (user: { id: string }): Promise<CommandContext> => actor(db, user.id);
  return {
    ids: { cases: cases.id, esc: esc.id, ccb: ccb.id, tab: tab.id, testerLcsa: testerLcsa.id },
    chair,
    members,
    cpl,
    ctm,
    ccbMembers,
    jad,
    tester,
    author,
    requestor,
    as,
  };
}

export type ChangeRequestWorld = Awaited<ReturnType<typeof changeRequestWorld>>;

/** A complete initiation form (plan 3.1.1), as the form posts it after parsing. */
export const COMPLETE_INITIATION = {
  title: "Automate arrears notices",
  scope: "Send arrears notices nightly instead of by hand.",
  benefits: ["PERFORMANCE", "PRODUCTIVITY"] as ("PERFORMANCE" | "PRODUCTIVITY")[],
  urgencyDrivers: "The backlog grows every month; CCSAS is two years away.",
  otherConsortiumAlignment: "ARS already sends them nightly.",
  ccsasAlignment: "Retired with the CCSAS conversion.",
  levelOfEffort: "MEDIUM" as const,
  jadParticipants: "Two caseworkers from Butte",
  assumptions: "The print vendor accepts a nightly file.",
  knownProblems: "",
};

/** A complete impact analysis package; `impacted` components are marked as affected. */
export function completePackage(crId: string, version: number, impacted: string[] = [], intent: "save" | "submit" = "submit") {
  const components = ["CSE", "SDU", "IDB", "CSR", "WAN", "OTHER_CONSORTIUM"];
  return {
    crId,
    version,
    intent,
    complexity: "Four programs, about 2,000 lines",
    alternatives: "A manual report",
    recommendedSolution: "A nightly batch job",
    effortHours: 400,
    elapsedWeeks: 10,
    cost: 60_000,
    expectedBenefit: "Fewer manual adjustments",
    benefitDuration: "Two years until retirement",
    ...Object.fromEntries(
      components.flatMap((component) => [
        [`impact.${component}`, impacted.includes(component)],
        [`impactDescription.${component}`, impacted.includes(component) ? "Interface file changes" : ""],
      ]),
    ),
    changesDataElements: false,
    certificationImpact: "None",
    issuesAndRisks: "Staff availability",
  } as ImpactPackageInput;
}
