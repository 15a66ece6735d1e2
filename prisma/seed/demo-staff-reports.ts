import type { PrismaClient } from "../../src/generated/prisma/client.ts";

/**
 * Demo staff reports for the CASES ESC to read (Governance plan 5.1.2: the CTM identifies "as
 * early as possible in the CR process potential issues and risks"; 5.1.3: the M&O Contract
 * Manager's "review and approval of contract deliverables" and reports "on the status of
 * critical SRs in development"). Runs once: a second seed finds its marker.
 */
const MARKER = "Interface risk in the arrears notices change";

export async function seedDemoStaffReports(db: PrismaClient, now = new Date()): Promise<void> {
  if (await db.staffReport.findFirst({ where: { title: MARKER }, select: { id: true } })) return;
  const [cases, ctm, contract] = await Promise.all([
    db.consortium.findUniqueOrThrow({ where: { code: "CASES" }, select: { id: true } }),
    db.user.findUnique({ where: { email: "ctm@demo.local" }, select: { id: true } }),
    db.user.findUnique({ where: { email: "mo.contract@demo.local" }, select: { id: true } }),
  ]);
  if (!ctm || !contract) return;
  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
  await db.staffReport.createMany({
    data: [
      {
        consortiumId: cases.id,
        kind: "CRITICAL_SR_STATUS",
        title: "Critical service requests in development",
        body: "Three critical SRs are in development: two on schedule for release 26.4, one (the payment allocation defect) waiting on a CSE interface fix.",
        filedById: contract.id,
        filedAt: daysAgo(9),
      },
      {
        consortiumId: cases.id,
        kind: "CONTRACT_DELIVERABLE",
        title: "Release 26.4 deliverables accepted",
        body: "The M&O vendor's release 26.4 test plan and release notes were reviewed against the contract and accepted.",
        filedById: contract.id,
        filedAt: daysAgo(5),
      },
      {
        consortiumId: cases.id,
        kind: "EARLY_RISK",
        title: MARKER,
        body: "The arrears notices change reads the CSE's case status file: a change to its layout would touch another CCSAS subcomponent and needs the CCB.",
        filedById: ctm.id,
        filedAt: daysAgo(2),
      },
    ],
  });
}
