import type { PrismaClient } from "../../src/generated/prisma/client.ts";

/**
 * The CPL's demo work (Governance plan 5.1.1): an open schedule alert and a resolved cost
 * alert, last month's status report, and an issue escalated to the TSD Assistant Deputy
 * Director. It links to CASES change requests when there are some (the change request demo
 * seeds them) and stands alone otherwise. Runs once: a second seed finds its marker.
 */
const MARKER = "Vendor staffing for the spring release";

export async function seedCplWork(db: PrismaClient, now = new Date()): Promise<void> {
  if (await db.escalation.findFirst({ where: { title: MARKER }, select: { id: true } })) return;
  const [cases, cpl, chair] = await Promise.all([
    db.consortium.findUniqueOrThrow({ where: { code: "CASES" }, select: { id: true } }),
    db.user.findUnique({ where: { email: "cpl@demo.local" }, select: { id: true } }),
    db.user.findUnique({ where: { email: "chair@demo.local" }, select: { id: true } }),
  ]);
  if (!cpl || !chair) return;
  const open = await db.changeRequest.findMany({
    where: { consortiumId: cases.id, state: { in: ["IMPACT_ANALYSIS", "JAD_DESIGN", "BUILD_AND_TEST", "UAT"] } },
    orderBy: { number: "asc" },
    take: 2,
    select: { id: true },
  });
  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
  const monthEnd = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0));

  await db.$transaction(async (tx) => {
    await tx.crAlert.create({
      data: {
        consortiumId: cases.id,
        changeRequestId: open[0]?.id ?? null,
        kind: "SCHEDULE",
        description: "User acceptance testing will start three weeks late: two LCSA testers are committed to the CCSAS conversion that month.",
        raisedById: cpl.id,
        raisedAt: daysAgo(6),
      },
    });
    await tx.crAlert.create({
      data: {
        consortiumId: cases.id,
        changeRequestId: open[1]?.id ?? null,
        kind: "COST",
        description: "The JAD estimate is 30% above the impact analysis estimate.",
        raisedById: cpl.id,
        raisedAt: daysAgo(40),
        resolvedAt: daysAgo(25),
        resolution: "The ESC accepted the revised cost at its monthly meeting.",
      },
    });
    await tx.statusReport.create({
      data: {
        consortiumId: cases.id,
        periodEnding: monthEnd,
        body: "Outstanding change requests are on schedule except the arrears notices change (UAT starts late; see the schedule alert).\n\nIssues, risks and next steps:\n- Tester availability during the CCSAS conversion.",
        filedById: cpl.id,
        filedAt: daysAgo(3),
      },
    });
    await tx.escalation.create({
      data: {
        consortiumId: cases.id,
        changeRequestId: open[0]?.id ?? null,
        title: MARKER,
        description: "The M&O vendor cannot staff the spring release and the CCSAS conversion at once.",
        level: "TSD_DEPUTY_DIRECTOR",
        raisedById: cpl.id,
        raisedAt: daysAgo(12),
        version: 2,
        steps: {
          create: [
            { level: "CPL", note: "Raised: The M&O vendor cannot staff the spring release and the CCSAS conversion at once.", byId: cpl.id, at: daysAgo(12) },
            {
              level: "TSD_DEPUTY_DIRECTOR",
              note: "The vendor's contract manager could not add staff; it needs a decision on priorities.",
              byId: cpl.id,
              at: daysAgo(8),
            },
          ],
        },
      },
    });
    await tx.auditEvent.create({
      data: { action: "system.seed_demo", entityType: "CrAlert", summary: "Loaded the CPL's demo alerts, status report and escalation" },
    });
  });
}
