import { randomUUID } from "node:crypto";
import type { PrismaClient, Prisma } from "../../src/generated/prisma/client.ts";

/**
 * Third-party access applications for the bench: spread over every state, county and
 * organization the reference data has, with the reviews an application under review carries
 * and MOU terms for those in force (so the public matrix has rows). Numbers follow on from the
 * demo data's; `from`/`to` are 1-based positions within the generated set.
 */
const STATES = ["IDENTIFIED", "INVITED", "UNDER_REVIEW", "AWAITING_DECISION", "APPROVED", "MOU_SIGNED", "ACTIVE", "ACTIVE", "REJECTED", "WITHDRAWN"] as const;
const DAY_MS = 24 * 60 * 60 * 1000;
const BATCH = 1000;

export interface AccessContext {
  organizations: { id: string; countyId: string; lcsaId: string }[];
  identifierId: string;
  firstNumber: number;
}

export async function accessContext(db: PrismaClient, identifierId: string): Promise<AccessContext> {
  const organizations = await db.thirdPartyOrganization.findMany({ select: { id: true, countyId: true, lcsaId: true }, orderBy: { name: "asc" } });
  const last = await db.accessApplication.aggregate({ _max: { number: true } });
  return { organizations, identifierId, firstNumber: (last._max.number ?? 0) + 1 };
}

export async function generateAccessApplications(db: PrismaClient, ctx: AccessContext, from: number, to: number): Promise<Record<string, number>> {
  const now = Date.now();
  const applications: Prisma.AccessApplicationCreateManyInput[] = [];
  const reviews: Prisma.AccessReviewCreateManyInput[] = [];
  for (let i = from; i < to; i++) {
    const id = randomUUID();
    const organization = ctx.organizations[i % ctx.organizations.length]!;
    const state = STATES[i % STATES.length]!;
    const identifiedAt = new Date(now - ((i * 7) % 700) * DAY_MS);
    const at = (days: number) => new Date(identifiedAt.getTime() + days * DAY_MS);
    const past = (step: number) => STATES.indexOf(state) >= step;
    const active = state === "ACTIVE";
    applications.push({
      id,
      number: ctx.firstNumber + i - 1,
      organizationId: organization.id,
      countyId: organization.countyId,
      lcsaId: organization.lcsaId,
      state,
      stateChangedAt: at(20),
      inviteeName: `Bench Invitee ${i}`,
      inviteeTitle: "Director",
      inviteeAddress: `${i} Bench Street, Sacramento, CA 95814`,
      inviteeEmail: `bench.invitee.${i}@bench.local`,
      coordinatorName: "Bench Coordinator",
      coordinatorTitle: "Coordinator",
      coordinatorContact: "coordinator@bench.local",
      sysadminName: "Bench Administrator",
      sysadminTitle: "System Administrator",
      sysadminContact: "sysadmin@bench.local",
      recommendedAccounts: 1 + (i % 9),
      invitationOn: new Date(Date.UTC(identifiedAt.getUTCFullYear(), identifiedAt.getUTCMonth(), identifiedAt.getUTCDate())),
      identifiedById: ctx.identifierId,
      identifiedAt,
      invitationSentAt: past(1) ? at(5) : null,
      submittedAt: past(2) ? at(10) : null,
      decidedAt: past(4) ? at(15) : null,
      approvedAccounts: past(4) && state !== "REJECTED" && state !== "WITHDRAWN" ? 1 + (i % 9) : null,
      packageSentAt: past(4) ? at(16) : null,
      mouReceivedAt: past(5) ? at(18) : null,
      countersignedAt: active ? at(20) : null,
      termStartsOn: active ? at(20) : null,
      termEndsOn: active ? at(20 + 3 * 365) : null,
      officeId: active && i % 3 !== 0 ? `BENCH-${i}` : null,
      officeIdRecordedAt: active && i % 3 !== 0 ? at(25) : null,
    });
    if (past(2)) {
      const answered = past(3);
      reviews.push(
        { applicationId: id, kind: "LEGAL", requestedAt: at(11), favorable: answered ? true : null, answeredAt: answered ? at(13) : null },
        { applicationId: id, kind: "CONNECTIVITY", requestedAt: at(11), favorable: answered ? true : null, answeredAt: answered ? at(14) : null },
      );
    }
  }
  let inserted = 0;
  for (let k = 0; k < applications.length; k += BATCH) inserted += (await db.accessApplication.createMany({ data: applications.slice(k, k + BATCH) })).count;
  let reviewed = 0;
  for (let k = 0; k < reviews.length; k += BATCH) reviewed += (await db.accessReview.createMany({ data: reviews.slice(k, k + BATCH) })).count;
  return { AccessApplication: inserted, AccessReview: reviewed };
}
