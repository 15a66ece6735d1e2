import type { Prisma, PrismaClient } from "../../src/generated/prisma/client.ts";
import { addDays, californiaDayOf, columnOfDay, type Day } from "../../src/domain/calendar/day.ts";

/**
 * DEMO VALUES: what follows approval, relative to the day it is seeded so it always looks
 * current. Runs after the demo accounts and the application pipeline's demo (which gives
 * "Los Angeles IV-A" an ACTIVE application with its office ID); what that demo has not created
 * is created here, only when missing, so this is safe to run again and in either state.
 *
 * - Los Angeles IV-A: five users listed by its Requestor: two trained recently with accounts,
 *   one whose training runs out within 30 days (due for renewal), one whose training has expired
 *   (flagged for suspension), and one trained and waiting for the LCSA System Administrator.
 * - Orange IV-A: an MOU whose term ends within six months, the Contract Manager's renewal notice
 *   recorded, and one open audit finding of the DCSS ISO, so its renewal is blocked (10.1).
 * - This year's re-attestation, open for three more weeks, one Los Angeles user confirmed.
 */
type Db = Prisma.TransactionClient;
const DAY = 86_400_000;

const LOS_ANGELES = "Los Angeles IV-A";
const ORANGE = "Orange IV-A";
const FINDING = "Signed confidentiality statements could not be produced for three of the organization's CSE users during the audit of May's records.";

/** Noon in California of a day (20:00 UTC in standard time, 19:00 in daylight time: close enough for demo instants). */
const noonOf = (day: Day) => new Date(`${day}T20:00:00Z`);

const LOS_ANGELES_USERS: { name: string; email: string; trainedDaysAgo: number; signedDaysAgo: number; created: boolean }[] = [
  { name: "Maria Lopez", email: "maria.lopez@dpss.lacounty.example.gov", trainedDaysAgo: 45, signedDaysAgo: 44, created: true },
  { name: "James Chen", email: "james.chen@dpss.lacounty.example.gov", trainedDaysAgo: 120, signedDaysAgo: 118, created: true },
  // Training runs out in 20 days: the Requestor is reminded (renewalStatus "due-soon").
  { name: "Aisha Johnson", email: "aisha.johnson@dpss.lacounty.example.gov", trainedDaysAgo: 345, signedDaysAgo: 300, created: true },
  // Training ran out 15 days ago: flagged for suspension, the administrator's to confirm.
  { name: "Robert Kim", email: "robert.kim@dpss.lacounty.example.gov", trainedDaysAgo: 380, signedDaysAgo: 200, created: true },
  // Trained and signed, waiting for the LCSA System Administrator to set up the account.
  { name: "Sofia Martinez", email: "sofia.martinez@dpss.lacounty.example.gov", trainedDaysAgo: 10, signedDaysAgo: 9, created: false },
];

export async function seedDemoAccessAccounts(db: PrismaClient, now: Date = new Date()): Promise<void> {
  await db.$transaction((tx) => seed(tx, now), { timeout: 60_000 });
}

async function seed(tx: Db, now: Date): Promise<void> {
  const today = californiaDayOf(now);
  const people = await demoPeople(tx);
  const losAngeles = await tx.thirdPartyOrganization.findUniqueOrThrow({ where: { name: LOS_ANGELES }, select: { id: true, countyId: true, lcsaId: true } });
  const mou =
    (await tx.accessApplication.findFirst({ where: { organizationId: losAngeles.id, state: "ACTIVE" }, orderBy: { number: "desc" } })) ??
    (await createActive(tx, losAngeles, people, {
      countersignedOn: addDays(today, -150),
      termEndsOn: addDays(today, 3 * 365 - 150),
      approvedAccounts: 22,
      requestorUserId: people.requestor,
    }));

  // Accounts are set up after the MOU, its office ID and the user's training.
  const ready = (mou.officeIdRecordedAt ?? mou.countersignedAt ?? noonOf(addDays(today, -30))).getTime() + DAY;
  for (const user of LOS_ANGELES_USERS) {
    const trainedOn = addDays(today, -user.trainedDaysAgo);
    const createdAt = user.created ? new Date(Math.min(Math.max(noonOf(addDays(trainedOn, 7)).getTime(), ready), now.getTime() - DAY)) : null;
    const exists = await tx.accessAccount.findUnique({
      where: { organizationId_userEmail: { organizationId: losAngeles.id, userEmail: user.email } },
      select: { id: true },
    });
    if (exists) continue;
    await tx.accessAccount.create({
      data: {
        applicationId: mou.id,
        organizationId: losAngeles.id,
        userName: user.name,
        userEmail: user.email,
        trainedOn: columnOfDay(trainedOn),
        confidentialitySignedOn: columnOfDay(addDays(today, -user.signedDaysAgo)),
        listedAt: new Date(noonOf(trainedOn).getTime() + DAY),
        createdAt,
        createdById: createdAt ? people.sysadmin : null,
      },
    });
  }

  await seedBlockedRenewal(tx, people, today, now);
  await seedCampaign(tx, people, losAngeles.id, today, now);
}

async function demoPeople(tx: Db) {
  const emails = {
    director: "director@demo.local",
    requestor: "requestor@demo.local",
    owner: "process.owner@demo.local",
    sysadmin: "sysadmin@demo.local",
    iso: "iso@demo.local",
  } as const;
  const found = await tx.user.findMany({ where: { email: { in: Object.values(emails) } }, select: { id: true, email: true } });
  const idOf = (email: string) => {
    const user = found.find((candidate) => candidate.email === email);
    if (!user) throw new Error(`The demo account ${email} is missing: seed the demo accounts before seedDemoAccessAccounts.`);
    return user.id;
  };
  return Object.fromEntries(Object.entries(emails).map(([key, email]) => [key, idOf(email)])) as Record<keyof typeof emails, string>;
}

type People = Awaited<ReturnType<typeof demoPeople>>;

/** An ACTIVE application, for an organization the pipeline's demo has not brought that far: every step of section 6 done. */
async function createActive(
  tx: Db,
  organization: { id: string; countyId: string; lcsaId: string },
  people: People,
  {
    countersignedOn,
    termEndsOn,
    approvedAccounts,
    renewalNoticeOn,
    requestorUserId,
  }: { countersignedOn: Day; termEndsOn: Day; approvedAccounts: number; renewalNoticeOn?: Day; requestorUserId?: string },
) {
  // Numbered as nextApplicationNumber numbers them: in order, under the same advisory lock.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('AccessApplication.number'))`;
  const [row] = await tx.$queryRaw<{ next: number }[]>`SELECT (coalesce(max(number), 0) + 1)::int AS next FROM "AccessApplication"`;
  const next = row!.next;
  const step = (days: number) => noonOf(addDays(countersignedOn, days));
  const application = await tx.accessApplication.create({
    data: {
      number: next,
      organizationId: organization.id,
      countyId: organization.countyId,
      lcsaId: organization.lcsaId,
      state: "ACTIVE",
      stateChangedAt: step(0),
      inviteeName: "Jordan Ellis",
      inviteeTitle: "Deputy Director, Eligibility Programs",
      inviteeAddress: "12860 Crossroads Parkway South, City of Industry, CA 91746",
      inviteeEmail: "jordan.ellis@iva.example.gov",
      coordinatorName: "Cory Liaison",
      coordinatorTitle: "Third Party Access Coordinator",
      coordinatorContact: "coordinator@demo.local, (323) 555-0142",
      sysadminName: "Sid Admin",
      sysadminTitle: "System Administrator",
      sysadminContact: "sysadmin@demo.local, (323) 555-0187",
      recommendedAccounts: approvedAccounts,
      invitationOn: columnOfDay(addDays(countersignedOn, -75)),
      identifiedById: people.director,
      identifiedAt: step(-80),
      invitationSentAt: step(-70),
      requestorUserId: requestorUserId ?? null,
      submittedAt: step(-55),
      decidedAt: step(-30),
      decidedById: people.owner,
      approvedAccounts,
      packageSentAt: step(-28),
      mouReceivedAt: step(-10),
      countersignedAt: step(0),
      countersignedById: people.owner,
      termStartsOn: columnOfDay(countersignedOn),
      termEndsOn: columnOfDay(termEndsOn),
      officeId: `OFC-${String(next).padStart(4, "0")}`,
      officeIdRecordedAt: step(8),
      infrastructureEvaluation: "DTS Point of Presence reachable from the organization's office; county network path tested; no changes needed.",
      infrastructureEvaluatedAt: step(12),
      renewalNoticeAt: renewalNoticeOn ? noonOf(renewalNoticeOn) : null,
    },
  });
  await tx.accessApplicationForm.create({
    data: {
      applicationId: application.id,
      requestorName: (await tx.thirdPartyOrganization.findUniqueOrThrow({ where: { id: organization.id }, select: { name: true } })).name,
      contactName: "Jordan Ellis",
      contactTitle: "Deputy Director, Eligibility Programs",
      contactEmail: "jordan.ellis@iva.example.gov",
      isoName: "Priya Raman",
      isoTitle: "Information Security Officer",
      isoEmail: "priya.raman@iva.example.gov",
      purpose: "Locate noncustodial parents and verify child support payments for CalWORKs eligibility.",
      usersRequested: approvedAccounts,
      signatureName: "Jordan Ellis",
      signedOn: columnOfDay(addDays(countersignedOn, -56)),
    },
  });
  return application;
}

/** Orange IV-A: an MOU ending within six months, its renewal notice recorded, and one open finding, so it is not renewed (10.1). */
async function seedBlockedRenewal(tx: Db, people: People, today: Day, now: Date) {
  const orange = await tx.thirdPartyOrganization.findUniqueOrThrow({ where: { name: ORANGE }, select: { id: true, countyId: true, lcsaId: true } });
  const applications = await tx.accessApplication.count({ where: { organizationId: orange.id } });
  if (applications === 0) {
    await createActive(tx, orange, people, {
      countersignedOn: addDays(today, -230),
      termEndsOn: addDays(today, 134),
      approvedAccounts: 46,
      renewalNoticeOn: addDays(today, -6),
    });
  }
  const open = await tx.auditFinding.findFirst({ where: { organizationId: orange.id, finding: FINDING }, select: { id: true } });
  if (open) return;
  const finding = await tx.auditFinding.create({
    data: {
      organizationId: orange.id,
      finding: FINDING,
      foundOn: columnOfDay(addDays(today, -12)),
      recordedAt: new Date(now.getTime() - 10 * DAY),
      recordedById: people.iso,
    },
    select: { id: true },
  });
  // As recordFinding sends it (src/server/access/findings.ts, findingNoticeKey): the notices are the record that it was sent.
  await tx.notification.createMany({
    data: [
      {
        userId: people.owner,
        kind: "access.finding",
        subject: `Audit finding: ${ORANGE}`,
        body: `The DCSS ISO recorded an audit finding for ${ORANGE}: ${FINDING}\n\nThe Process Owner coordinates with the Requestor's Information Security Officer to clear it (Third Party Access Process 8).`,
        link: `/access/organizations/${orange.id}#findings`,
        dedupeKey: `access-finding:${finding.id}`,
        createdAt: new Date(now.getTime() - 10 * DAY),
      },
    ],
    skipDuplicates: true,
  });
}

/** This year's re-attestation, opened a week ago, due in three weeks; Los Angeles has confirmed one user. */
async function seedCampaign(tx: Db, people: People, losAngelesId: string, today: Day, now: Date) {
  const year = Number(today.slice(0, 4));
  if (await tx.attestationCampaign.findUnique({ where: { year }, select: { id: true } })) return;
  const campaign = await tx.attestationCampaign.create({
    data: { year, deadlineOn: columnOfDay(addDays(today, 21)), openedAt: new Date(now.getTime() - 7 * DAY) },
    select: { id: true },
  });
  const live = await tx.accessAccount.findMany({
    where: { createdAt: { not: null }, suspendedAt: null },
    select: { id: true, organizationId: true, userEmail: true, trainedOn: true, confidentialitySignedOn: true },
  });
  await tx.accountAttestation.createMany({ data: live.map((account) => ({ campaignId: campaign.id, accountId: account.id })), skipDuplicates: true });
  const maria = live.find((account) => account.organizationId === losAngelesId && account.userEmail === LOS_ANGELES_USERS[0]!.email);
  if (maria) {
    await tx.accountAttestation.update({
      where: { campaignId_accountId: { campaignId: campaign.id, accountId: maria.id } },
      data: {
        confirmedAt: new Date(now.getTime() - 2 * DAY),
        confirmedById: people.requestor,
        stillNeeded: true,
        trainedOn: maria.trainedOn,
        confidentialitySignedOn: maria.confidentialitySignedOn,
      },
    });
  }
}
