import { createHash } from "node:crypto";
import type { Prisma, PrismaClient } from "../../src/generated/prisma/client.ts";
import { addDays, californiaDayOf, columnOfDay } from "../../src/domain/calendar/day.ts";

/**
 * DEMO VALUES: the third-party access pipeline (Third Party Access Process 6.2 to 7.2) with an
 * application at every step, relative to the day it is seeded, so each demo role has one to act
 * on. The seed cannot call the commands (they are server-only and write through the app's own
 * client), so, like the other demo seeds, it writes the rows each command writes, in order, with
 * each step's audit event under the role the process names (the application's page reads who did
 * each step from them). Los Angeles's applications name requestor@demo.local as their contact, so
 * one account signs in to every Requestor step (sendInvitation gives an existing account the
 * Requestor role of each organization). Loaded once: an organization that already has an
 * application is left as it is.
 */
type Db = Prisma.TransactionClient;
const DAY = 86_400_000;

type Reach =
  | "IDENTIFIED"
  | "INVITED"
  | "DRAFT"
  | "SUBMITTED"
  | "LEGAL_PENDING"
  | "CONNECTIVITY_PENDING"
  | "REVIEWED"
  | "AWAITING_DECISION"
  | "APPROVED"
  | "PACKAGE_SENT"
  | "MOU_SIGNED"
  | "ACTIVE"
  | "ESTABLISHED"
  | "REJECTED"
  | "WITHDRAWN";

interface Plan {
  organization: string;
  county: string;
  director: string;
  reach: Reach;
  /** How many days ago the LCSA Director identified it; the other steps follow at STEP_DAYS. */
  identifiedDaysAgo: number;
  recommended: number;
  purpose: string;
  /** The MOU's term, in days from today, once countersigned (default: three years from the countersignature). */
  termEndsInDays?: number;
}

/** Days after the identification of each step, as the process's clocks would have it run. */
const STEP_DAYS = {
  invite: 7,
  draft: 12,
  submit: 21,
  request: 22,
  connectivity: 25,
  legal: 27,
  forward: 28,
  decide: 32,
  package: 34,
  mou: 44,
  countersign: 49,
  officeId: 55,
  evaluate: 59,
} as const;

export const DEMO_ACCESS_PLANS: readonly Plan[] = [
  {
    organization: "San Diego IV-A",
    county: "San Diego",
    director: "ars3@demo.local",
    reach: "IDENTIFIED",
    identifiedDaysAgo: 2,
    recommended: 100,
    purpose: "",
  },
  { organization: "Orange DA", county: "Orange", director: "ars2@demo.local", reach: "WITHDRAWN", identifiedDaysAgo: 20, recommended: 10, purpose: "" },
  {
    organization: "Los Angeles Probation Department",
    county: "Los Angeles",
    director: "director@demo.local",
    reach: "INVITED",
    identifiedDaysAgo: 10,
    recommended: 8,
    purpose: "To locate parents of youth under the department's supervision.",
  },
  {
    organization: "Los Angeles IV-E",
    county: "Los Angeles",
    director: "director@demo.local",
    reach: "DRAFT",
    identifiedDaysAgo: 14,
    recommended: 150,
    purpose: "To locate parents of children in foster care and refer cases for child support (Title IV-E).",
  },
  {
    organization: "Los Angeles District Attorney",
    county: "Los Angeles",
    director: "director@demo.local",
    reach: "SUBMITTED",
    identifiedDaysAgo: 22,
    recommended: 6,
    purpose: "To prosecute criminal nonsupport under Penal Code 270.",
  },
  {
    organization: "Los Angeles Superior Court Family Law",
    county: "Los Angeles",
    director: "director@demo.local",
    reach: "LEGAL_PENDING",
    identifiedDaysAgo: 28,
    recommended: 10,
    purpose: "To verify child support orders and payment histories for family law hearings.",
  },
  {
    organization: "Los Angeles Sheriff's Department",
    county: "Los Angeles",
    director: "director@demo.local",
    reach: "CONNECTIVITY_PENDING",
    identifiedDaysAgo: 29,
    recommended: 4,
    purpose: "To serve child support process and warrants on obligors.",
  },
  {
    organization: "Los Angeles County Counsel",
    county: "Los Angeles",
    director: "director@demo.local",
    reach: "REVIEWED",
    identifiedDaysAgo: 30,
    recommended: 5,
    purpose: "To represent the county in child support appeals.",
  },
  {
    organization: "Los Angeles Child Abduction Unit",
    county: "Los Angeles",
    director: "director@demo.local",
    reach: "AWAITING_DECISION",
    identifiedDaysAgo: 32,
    recommended: 3,
    purpose: "To locate abducting parents and children under Family Code 3130.",
  },
  {
    organization: "Los Angeles Department of Mental Health",
    county: "Los Angeles",
    director: "director@demo.local",
    reach: "APPROVED",
    identifiedDaysAgo: 34,
    recommended: 4,
    purpose: "To refer clients' cases for medical support enforcement.",
  },
  {
    organization: "Los Angeles Housing Authority",
    county: "Los Angeles",
    director: "director@demo.local",
    reach: "PACKAGE_SENT",
    identifiedDaysAgo: 40,
    recommended: 3,
    purpose: "To verify child support income reported by applicants for housing assistance.",
  },
  {
    organization: "Los Angeles Department of Health Services",
    county: "Los Angeles",
    director: "director@demo.local",
    reach: "MOU_SIGNED",
    identifiedDaysAgo: 47,
    recommended: 6,
    purpose: "To establish medical support for children enrolled in county health programs.",
  },
  {
    organization: "Los Angeles Military and Veterans Affairs",
    county: "Los Angeles",
    director: "director@demo.local",
    reach: "ACTIVE",
    identifiedDaysAgo: 52,
    recommended: 2,
    purpose: "To help veterans resolve child support arrears before benefits are garnished.",
  },
  {
    organization: "Los Angeles IV-A",
    county: "Los Angeles",
    director: "director@demo.local",
    reach: "ESTABLISHED",
    identifiedDaysAgo: 160,
    recommended: 22,
    purpose: "Locate noncustodial parents and verify child support payments for CalWORKs eligibility.",
  },
  {
    organization: "Kern District Attorney",
    county: "Kern",
    director: "esc5@demo.local",
    reach: "ESTABLISHED",
    identifiedDaysAgo: 250,
    recommended: 5,
    purpose: "To prosecute criminal nonsupport under Penal Code 270.",
    // A one-year MOU ending within six months, the Contract Manager's notice not yet recorded (10.1).
    termEndsInDays: 150,
  },
  {
    organization: "Los Angeles Department of Consumer and Business Affairs",
    county: "Los Angeles",
    director: "director@demo.local",
    reach: "REJECTED",
    identifiedDaysAgo: 40,
    recommended: 3,
    purpose: "To investigate consumer complaints against debt collectors.",
  },
];

const REJECTION =
  "Family Code 17212 does not authorize disclosure for consumer protection investigations: the purpose given is not the administration of the child support program.";
const WITHDRAWAL = "The District Attorney's office declined the invitation: its investigators keep using the county's own system.";

/** The order of the milestones: how far each reach goes. */
const ORDER: Reach[] = [
  "IDENTIFIED",
  "INVITED",
  "DRAFT",
  "SUBMITTED",
  "REVIEWED",
  "AWAITING_DECISION",
  "APPROVED",
  "PACKAGE_SENT",
  "MOU_SIGNED",
  "ACTIVE",
  "ESTABLISHED",
];
const rank = (reach: Reach) =>
  reach === "LEGAL_PENDING" || reach === "CONNECTIVITY_PENDING"
    ? ORDER.indexOf("SUBMITTED")
    : reach === "REJECTED"
      ? ORDER.indexOf("AWAITING_DECISION")
      : ORDER.indexOf(reach);

export async function seedDemoAccess(db: PrismaClient, now: Date = new Date()): Promise<void> {
  await db.$transaction((tx) => seed(tx, now), { timeout: 60_000 });
}

async function seed(tx: Db, now: Date): Promise<void> {
  const people = await demoPeople(tx);
  const guide = await tx.allocationGuideVersion.findFirst({ orderBy: { number: "desc" }, select: { id: true } });
  for (const plan of DEMO_ACCESS_PLANS) await seedApplication(tx, plan, people, guide?.id ?? null, now);
}

async function demoPeople(tx: Db) {
  const emails = ["process.manager@demo.local", "process.owner@demo.local", "legal@demo.local", "infrastructure@demo.local", "requestor@demo.local"];
  const directors = DEMO_ACCESS_PLANS.map((plan) => plan.director);
  const found = await tx.user.findMany({ where: { email: { in: [...emails, ...directors] } }, select: { id: true, email: true, name: true, title: true } });
  const person = (email: string) => {
    const user = found.find((candidate) => candidate.email === email);
    if (!user) throw new Error(`The demo account ${email} is missing: seed the demo accounts before seedDemoAccess.`);
    return user;
  };
  return {
    person,
    manager: person("process.manager@demo.local"),
    owner: person("process.owner@demo.local"),
    legal: person("legal@demo.local"),
    infrastructure: person("infrastructure@demo.local"),
    requestor: person("requestor@demo.local"),
  };
}
type People = Awaited<ReturnType<typeof demoPeople>>;

async function seedApplication(tx: Db, plan: Plan, people: People, guideId: string | null, now: Date) {
  const county = await tx.county.findUniqueOrThrow({ where: { name: plan.county }, select: { id: true, lcsaId: true, lcsa: { select: { code: true } } } });
  const organization = await tx.thirdPartyOrganization.upsert({
    where: { name: plan.organization },
    create: { name: plan.organization, countyId: county.id, lcsaId: county.lcsaId },
    update: {},
    select: { id: true, name: true, guideOrganization: true },
  });
  if (await tx.accessApplication.count({ where: { organizationId: organization.id } })) return;

  const identifiedAt = new Date(now.getTime() - plan.identifiedDaysAgo * DAY);
  const at = (step: keyof typeof STEP_DAYS) => new Date(identifiedAt.getTime() + STEP_DAYS[step] * DAY);
  const reached = (step: Reach) => rank(plan.reach) >= rank(step);
  const director = people.person(plan.director);
  // Los Angeles's applications are requestor@demo.local's; elsewhere a contact who is not a demo
  // account, whose steps the audit trail records with no actor (as the Process Manager received them by mail).
  const losAngeles = plan.county === "Los Angeles";
  const contact = losAngeles ? people.requestor : null;
  const invitee = losAngeles
    ? { name: people.requestor.name, title: people.requestor.title ?? "Contact", email: people.requestor.email }
    : { name: "Jordan Ellis", title: "Deputy Director", email: `contact@${plan.organization.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.example.gov` };

  // Numbered as nextApplicationNumber numbers them: in order, under the same advisory lock.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('AccessApplication.number'))`;
  const [row] = await tx.$queryRaw<{ next: number }[]>`SELECT (coalesce(max(number), 0) + 1)::int AS next FROM "AccessApplication"`;
  const number = row!.next;
  const application = await tx.accessApplication.create({
    data: {
      number,
      organizationId: organization.id,
      countyId: county.id,
      lcsaId: county.lcsaId,
      state: "IDENTIFIED",
      stateChangedAt: identifiedAt,
      inviteeName: invitee.name,
      inviteeTitle: invitee.title,
      inviteeAddress: losAngeles ? "12860 Crossroads Parkway South\nCity of Industry, CA 91746" : "1215 Truxtun Avenue\nBakersfield, CA 93301",
      inviteeEmail: invitee.email,
      coordinatorName: "Cory Liaison",
      coordinatorTitle: "Third Party Access Coordinator",
      coordinatorContact: "coordinator@demo.local, (323) 555-0142",
      sysadminName: "Sid Admin",
      sysadminTitle: "LCSA System Administrator",
      sysadminContact: "sysadmin@demo.local, (323) 555-0187",
      recommendedAccounts: plan.recommended,
      // 6.2 item 5: the day the Director asked for; the one still waiting asks for today.
      invitationOn: columnOfDay(plan.reach === "IDENTIFIED" ? californiaDayOf(now) : californiaDayOf(at("invite"))),
      identifiedById: director.id,
      identifiedAt,
    },
    select: { id: true },
  });
  const id = application.id;
  const label = `TPA-${String(number).padStart(4, "0")}`;
  const events: Prisma.AuditEventCreateManyInput[] = [];
  const audit = (action: string, actor: { id: string; email: string } | null, when: Date, summary: string, after: Prisma.InputJsonValue = {}) =>
    events.push({
      action: `access.${action}`,
      actorId: actor?.id,
      actorEmail: actor?.email,
      entityType: "AccessApplication",
      entityId: id,
      at: when,
      summary,
      after,
    });
  const move = (data: Prisma.AccessApplicationUpdateInput) => tx.accessApplication.update({ where: { id }, data: { ...data, version: { increment: 1 } } });
  audit("identify", director, identifiedAt, `Identified ${organization.name} (${plan.county} County) for CSE access as ${label}`);

  if (plan.reach === "WITHDRAWN") {
    const when = new Date(identifiedAt.getTime() + 8 * DAY);
    await move({ state: "WITHDRAWN", stateChangedAt: when });
    audit("withdraw", people.manager, when, `Withdrew ${label}: ${WITHDRAWAL}`, { state: "WITHDRAWN", reason: WITHDRAWAL });
    return tx.auditEvent.createMany({ data: events });
  }
  if (reached("INVITED")) {
    if (losAngeles) await grantRequestor(tx, people, organization.id, at("invite"));
    await move({
      state: "INVITED",
      stateChangedAt: at("invite"),
      invitationSentAt: at("invite"),
      ...(losAngeles ? { requestorUser: { connect: { id: people.requestor.id } } } : {}),
    });
    await tx.accessApplicationForm.create({
      data: { applicationId: id, requestorName: organization.name, contactName: invitee.name, contactTitle: invitee.title, contactEmail: invitee.email },
    });
    audit("send_invitation", people.manager, at("invite"), `Sent the invitation letter for ${label} to ${invitee.email}`, { state: "INVITED" });
  }
  const form = (complete: boolean) => ({
    contactPhone: "(323) 555-0110",
    isoName: "Priya Raman",
    isoTitle: "Information Security Officer",
    isoPhone: "(323) 555-0111",
    isoEmail: "priya.raman@iso.example.gov",
    purpose: plan.purpose,
    usersRequested: plan.recommended,
    ...(complete
      ? {
          mouSignerName: "Pat Morgan",
          mouSignerTitle: "Department Head",
          authorities: ["USC_453A", "FAMILY_17212"],
          authorityDescription: "Family Code 17212(b) allows disclosure for the administration of the child support program.",
          signatureName: invitee.name,
          signedOn: columnOfDay(californiaDayOf(at("submit"))),
        }
      : {}),
  });
  if (plan.reach === "DRAFT") {
    await tx.accessApplicationForm.update({ where: { applicationId: id }, data: { ...form(false), version: { increment: 1 } } });
    audit("save_application", contact, at("draft"), `Saved the draft application of ${label}.`);
  }
  if (reached("SUBMITTED")) {
    await tx.accessApplicationForm.update({ where: { applicationId: id }, data: { ...form(true), version: { increment: 1 } } });
    await move({ state: "UNDER_REVIEW", stateChangedAt: at("submit"), submittedAt: at("submit") });
    audit("submit_application", contact, at("submit"), `Submitted the application of ${label}.`, { state: "UNDER_REVIEW" });
  }
  if (reached("REVIEWED") || plan.reach === "LEGAL_PENDING" || plan.reach === "CONNECTIVITY_PENDING") {
    const rejected = plan.reach === "REJECTED";
    const answer = (kind: "LEGAL" | "CONNECTIVITY") => (kind === "LEGAL" ? plan.reach !== "LEGAL_PENDING" : plan.reach !== "CONNECTIVITY_PENDING");
    for (const kind of ["LEGAL", "CONNECTIVITY"] as const) {
      const answered = answer(kind);
      const by = kind === "LEGAL" ? people.legal : people.infrastructure;
      const when = kind === "LEGAL" ? at("legal") : at("connectivity");
      const favorable = !(rejected && kind === "LEGAL");
      await tx.accessReview.create({
        data: {
          applicationId: id,
          kind,
          requestedAt: at("request"),
          ...(answered
            ? { favorable, answeredAt: when, answeredById: by.id, note: favorable ? "" : "No statute authorizes disclosure for this purpose." }
            : {}),
        },
      });
      audit("request_review", people.manager, at("request"), `Requested the ${kind === "LEGAL" ? "legal review" : "connectivity test"} of ${label}`);
      if (answered)
        audit(
          "answer_review",
          by,
          when,
          `Answered the ${kind === "LEGAL" ? "legal review" : "connectivity test"} of ${label}: ${favorable ? "favorable" : "unfavorable"}`,
        );
    }
  }
  if (reached("AWAITING_DECISION")) {
    await move({ state: "AWAITING_DECISION", stateChangedAt: at("forward") });
    audit("forward_for_decision", people.manager, at("forward"), `Sent ${label} to the Process Owner for decision`, { state: "AWAITING_DECISION" });
  }
  if (plan.reach === "REJECTED") {
    await move({
      state: "REJECTED",
      stateChangedAt: at("decide"),
      decidedAt: at("decide"),
      decidedBy: { connect: { id: people.owner.id } },
      rejectionReason: REJECTION,
    });
    audit("reject", people.owner, at("decide"), `Rejected ${label}: ${REJECTION}`, { state: "REJECTED", reason: REJECTION });
    return tx.auditEvent.createMany({ data: events });
  }
  if (reached("APPROVED")) {
    const reserved = organization.guideOrganization ? await reservedFor(tx, guideId, county.lcsaId, organization.guideOrganization) : 0;
    await move({
      state: "APPROVED",
      stateChangedAt: at("decide"),
      decidedAt: at("decide"),
      decidedBy: { connect: { id: people.owner.id } },
      approvedAccounts: plan.recommended,
      ...(guideId ? { decisionGuide: { connect: { id: guideId } } } : {}),
      reservedAtDecision: reserved,
      overGuideJustification:
        plan.recommended > reserved ? "The LCSA Director's recommendation: the organization is new to the guide and its caseload needs these accounts." : "",
    });
    audit("approve", people.owner, at("decide"), `Approved ${label} for ${plan.recommended} user accounts`, {
      state: "APPROVED",
      approvedAccounts: plan.recommended,
    });
  }
  if (reached("PACKAGE_SENT")) {
    await move({ packageSentAt: at("package") });
    audit("send_package", people.manager, at("package"), `Sent the approval package of ${label}`);
  }
  if (reached("MOU_SIGNED")) {
    const file = await signedMou(tx, organization.name, (contact ?? people.manager).id, at("mou"));
    await move({ state: "MOU_SIGNED", stateChangedAt: at("mou"), signedMouFile: { connect: { id: file } }, mouReceivedAt: at("mou") });
    audit("return_signed_mou", contact, at("mou"), `Returned the signed MOU of ${label}`, { state: "MOU_SIGNED" });
  }
  if (reached("ACTIVE")) {
    const startsOn = californiaDayOf(at("countersign"));
    const endsOn = plan.termEndsInDays !== undefined ? addDays(californiaDayOf(now), plan.termEndsInDays) : addDays(startsOn, 3 * 365);
    await move({
      state: "ACTIVE",
      stateChangedAt: at("countersign"),
      countersignedAt: at("countersign"),
      countersignedBy: { connect: { id: people.owner.id } },
      termStartsOn: columnOfDay(startsOn),
      termEndsOn: columnOfDay(endsOn),
    });
    audit("countersign", people.owner, at("countersign"), `Countersigned the MOU of ${label}: ${startsOn} to ${endsOn}`, { state: "ACTIVE" });
  }
  if (reached("ESTABLISHED")) {
    const officeId = `OFC-${String(number).padStart(4, "0")}`;
    await move({ officeId, officeIdRecordedAt: at("officeId") });
    audit("record_office_id", people.infrastructure, at("officeId"), `Recorded office ID ${officeId} for ${label}`);
    const evaluation = "DTS Point of Presence reachable from the organization's office; county network path tested; no changes needed.";
    await move({ infrastructureEvaluation: evaluation, infrastructureEvaluatedAt: at("evaluate") });
    audit("evaluate_infrastructure", people.infrastructure, at("evaluate"), `Recorded the infrastructure evaluation of ${label}`);
  }
  await tx.auditEvent.createMany({ data: events });
}

/** As sendInvitation does for an account that exists: the Requestor role of the organization, granted by the Process Manager. */
async function grantRequestor(tx: Db, people: People, organizationId: string, when: Date) {
  const held = await tx.roleAssignment.findFirst({ where: { userId: people.requestor.id, role: "REQUESTOR", organizationId, revokedAt: null } });
  if (held) return;
  await tx.roleAssignment.create({
    data: { userId: people.requestor.id, role: "REQUESTOR", scopeType: "ORGANIZATION", organizationId, grantedAt: when, grantedById: people.manager.id },
  });
}

async function reservedFor(tx: Db, guideId: string | null, lcsaId: string, guideOrganization: string) {
  if (!guideId) return 0;
  const row = await tx.allocationGuideRow.findFirst({ where: { versionId: guideId, lcsaId, organization: guideOrganization }, select: { reserved: true } });
  return row?.reserved ?? 0;
}

/** The signed MOU the Requestor uploaded: a one-page PDF. */
async function signedMou(tx: Db, organization: string, uploadedById: string, uploadedAt: Date) {
  const content = Buffer.from(`%PDF-1.4\n% Memorandum of Understanding, signed for ${organization}\n%%EOF\n`);
  const file = await tx.storedFile.create({
    data: {
      fileName: "MOU signed.pdf",
      contentType: "application/pdf",
      size: content.length,
      sha256: createHash("sha256").update(content).digest("hex"),
      content,
      uploadedById,
      uploadedAt,
    },
    select: { id: true },
  });
  return file.id;
}
