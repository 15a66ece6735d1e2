import type { Role } from "@/domain/identity/roles";
import type { PrismaClient } from "@/generated/prisma/client";
import type { CommandContext } from "@/lib/context";
import { actor, makeAdmin, makeUser, STATEWIDE } from "./identity.ts";

/**
 * The people and places of the third-party access pipeline's integration tests: every role of
 * section 1.5, Los Angeles (converted in February 2026) and Orange as two LCSAs, Amador (a
 * regional LCSA's county converting in March 2027), and what a complete identification and a
 * complete Appendix B hold. Dates are the demo calendar's: Thursday, December 3, 2026.
 */
export const NOW = new Date("2026-12-03T18:00:00Z");
export const TODAY = "2026-12-03";
/** `days` calendar days after NOW, at the same hour. */
export const later = (days: number) => new Date(NOW.getTime() + days * 86_400_000);

const day = (text: string) => new Date(`${text}T00:00:00Z`);

export async function accessWorld(db: PrismaClient) {
  const county = async (name: string, conversion: string | null) => {
    const row = await db.county.update({
      where: { name },
      data: { cseConversionOn: conversion ? day(conversion) : null },
      select: { id: true, lcsaId: true, name: true },
    });
    return { countyId: row.id, lcsaId: row.lcsaId, name: row.name };
  };
  const places = {
    la: await county("Los Angeles", "2026-02-02"),
    orange: await county("Orange", "2026-02-02"),
    amador: await county("Amador", "2027-03-01"),
  };
  const statewide = (role: Role, name: string) => makeUser(db, { name, roles: [{ role, scope: STATEWIDE }] });
  const ofLcsa = (role: Role, lcsaId: string, name: string) => makeUser(db, { name, roles: [{ role, scope: { type: "LCSA", lcsaId } }] });
  const orangeIvA = await db.thirdPartyOrganization.findUniqueOrThrow({ where: { name: "Orange IV-A" }, select: { id: true } });
  const people = {
    manager: await statewide("PROCESS_MANAGER", "Morgan Manager"),
    owner: await statewide("PROCESS_OWNER", "Owen Owner"),
    legal: await statewide("DCSS_LEGAL", "Lee Legal"),
    infrastructure: await statewide("INFRASTRUCTURE_MANAGER", "Ingrid Infrastructure"),
    contracts: await statewide("CONTRACT_MANAGER", "Carla Contracts"),
    iso: await statewide("DCSS_ISO", "Ike Security"),
    director: await ofLcsa("LCSA_DIRECTOR", places.la.lcsaId, "Dana Director"),
    designee: await ofLcsa("LCSA_DIRECTOR_DESIGNEE", places.la.lcsaId, "Desi Designee"),
    coordinator: await ofLcsa("LCSA_TPA_COORDINATOR", places.la.lcsaId, "Cory Coordinator"),
    sysadmin: await ofLcsa("LCSA_SYSTEM_ADMINISTRATOR", places.la.lcsaId, "Sid Sysadmin"),
    orangeDirector: await ofLcsa("LCSA_DIRECTOR", places.orange.lcsaId, "Olive Orange"),
    centralSierraDirector: await ofLcsa("LCSA_DIRECTOR", places.amador.lcsaId, "Sierra Director"),
    otherRequestor: await makeUser(db, { name: "Rory Orange", roles: [{ role: "REQUESTOR", scope: { type: "ORGANIZATION", organizationId: orangeIvA.id } }] }),
    unrelated: await makeUser(db, {
      name: "Pat Leader",
      roles: [
        {
          role: "CONSORTIUM_PROJECT_LEADER",
          scope: { type: "CONSORTIUM", consortiumId: (await db.consortium.findUniqueOrThrow({ where: { code: "CASES" } })).id },
        },
      ],
    }),
    admin: await makeAdmin(db, { name: "Ada Admin" }),
  };
  return { places, people, as: (person: { id: string }): Promise<CommandContext> => actor(db, person.id) };
}
export type AccessWorld = Awaited<ReturnType<typeof accessWorld>>;

let invitees = 0;

/** Process 6.2's five items, for Los Angeles unless told otherwise; each call names a new invitee. */
export function identification(countyId: string, fields: Record<string, unknown> = {}) {
  invitees += 1;
  return {
    countyId,
    organizationName: `Los Angeles Probation ${invitees}`,
    inviteeName: `Alex Rivera ${invitees}`,
    inviteeTitle: "Deputy Chief",
    inviteeAddress: "9150 East Imperial Highway\nDowney, CA 90242",
    inviteeEmail: `invitee-${invitees}-${crypto.randomUUID().slice(0, 6)}@probation.example.gov`,
    coordinatorName: "Cory Coordinator",
    coordinatorTitle: "Third Party Access Coordinator",
    coordinatorContact: "(562) 555-0100, cory@cssd.example.gov",
    sysadminName: "Sid Sysadmin",
    sysadminTitle: "LCSA System Administrator",
    sysadminContact: "(562) 555-0101",
    recommendedAccounts: 12,
    invitationOn: TODAY,
    ...fields,
  };
}

/** Appendix B, complete. */
export function completeApplication(applicationId: string, version: number, fields: Record<string, unknown> = {}) {
  return {
    applicationId,
    version,
    requestorName: "Los Angeles County Probation Department",
    contactName: "Alex Rivera",
    contactTitle: "Deputy Chief",
    contactPhone: "(562) 555-0110",
    contactFax: "",
    contactEmail: "alex@probation.example.gov",
    isoName: "Jordan Lee",
    isoTitle: "Information Security Officer",
    isoPhone: "(562) 555-0111",
    isoEmail: "iso@probation.example.gov",
    mouSignerName: "Pat Morgan",
    mouSignerTitle: "Chief Probation Officer",
    authorities: ["USC_453A", "FAMILY_17212"] as ("USC_453A" | "FAMILY_17212")[],
    authorityDescription: "Family Code 17212(b) allows disclosure for the administration of the program.",
    purpose: "To locate parents of children under the department's supervision.",
    usersRequested: 12,
    signatureName: "Alex Rivera",
    signedOn: TODAY,
    intent: "submit" as const,
    ...fields,
  };
}

/** A one-page PDF as a browser posts it. */
export const signedMou = (name = "MOU signed.pdf") => new File(["%PDF-1.7\n% signed MOU\n"], name, { type: "application/pdf" });

/**
 * How far along an application is, as the pipeline's commands take it there (each by its role):
 * the states, and the milestones inside them (reviews asked, reviews answered, the package sent,
 * the office ID recorded).
 */
export const MILESTONES = [
  "IDENTIFIED",
  "INVITED",
  "UNDER_REVIEW",
  "REVIEWS_REQUESTED",
  "REVIEWS_ANSWERED",
  "AWAITING_DECISION",
  "APPROVED",
  "PACKAGE_SENT",
  "MOU_SIGNED",
  "ACTIVE",
  "OFFICE_ID",
] as const;
export type Milestone = (typeof MILESTONES)[number] | "REJECTED" | "WITHDRAWN";

export interface DrivenApplication {
  id: string;
  label: string;
  organizationId: string;
  /** The Requestor's account once invited (they accepted the invitation and may sign in). */
  requestorId: string | null;
}

/** An application in Los Angeles taken to `milestone` through the commands, each by the role the process names. */
export async function applicationAt(db: PrismaClient, w: AccessWorld, milestone: Milestone, fields: Record<string, unknown> = {}): Promise<DrivenApplication> {
  const { identifyRequestor } = await import("@/server/access/identify");
  const { sendInvitation } = await import("@/server/access/invitation");
  const { submitApplication } = await import("@/server/access/application-form");
  const { answerConnectivityTest, answerLegalReview, forwardForDecision, requestReview } = await import("@/server/access/reviews");
  const { approveApplication, rejectApplication } = await import("@/server/access/decision");
  const { countersign, returnSignedMou, sendPackage } = await import("@/server/access/mou");
  const { recordOfficeId } = await import("@/server/access/establish");
  const { withdrawApplication } = await import("@/server/access/withdraw");
  const { acceptInvitation } = await import("@/server/identity/commands");

  const { people } = w;
  const created = await identifyRequestor(await w.as(people.director), identification(w.places.la.countyId, fields), NOW);
  const application: DrivenApplication = { id: created.id, label: created.label, organizationId: created.organization.id, requestorId: null };
  const applicationId = created.id;
  if (milestone === "WITHDRAWN") {
    await withdrawApplication(await w.as(people.manager), { applicationId, reason: "The organization declined the invitation.", confirm: "yes" }, NOW);
    return application;
  }
  const reach = MILESTONES.indexOf(milestone === "REJECTED" ? "AWAITING_DECISION" : milestone);
  const past = (step: (typeof MILESTONES)[number]) => reach >= MILESTONES.indexOf(step);
  if (past("INVITED")) {
    const sent = await sendInvitation(await w.as(people.manager), { applicationId }, NOW);
    if (sent.invitationPath) await acceptInvitation({ token: sent.invitationPath.split("/").pop()!, password: "a long enough passphrase 42" }, null);
    application.requestorId = sent.userId;
  }
  const requestor = () => w.as({ id: application.requestorId! });
  if (past("UNDER_REVIEW")) await submitApplication(await requestor(), completeApplication(applicationId, 1), NOW);
  if (past("REVIEWS_REQUESTED")) {
    await requestReview(await w.as(people.manager), { applicationId, kind: "LEGAL" }, NOW);
    await requestReview(await w.as(people.manager), { applicationId, kind: "CONNECTIVITY" }, NOW);
  }
  if (past("REVIEWS_ANSWERED")) {
    await answerLegalReview(await w.as(people.legal), { applicationId, favorable: true, note: "", delays: [] }, NOW);
    await answerConnectivityTest(await w.as(people.infrastructure), { applicationId, favorable: true, note: "" }, NOW);
  }
  if (past("AWAITING_DECISION")) await forwardForDecision(await w.as(people.manager), { applicationId }, NOW);
  if (milestone === "REJECTED") {
    await rejectApplication(await w.as(people.owner), { applicationId, reason: "No statutory authority for the purpose given.", confirm: "yes" }, NOW);
    return application;
  }
  if (past("APPROVED")) {
    const approval = { applicationId, approvedAccounts: 12, justification: "The Director's recommendation for the probation caseload.", override: true };
    await approveApplication(await w.as(people.owner), approval, NOW);
  }
  if (past("PACKAGE_SENT")) await sendPackage(await w.as(people.manager), { applicationId }, NOW);
  if (past("MOU_SIGNED")) await returnSignedMou(await requestor(), { applicationId, file: signedMou() }, NOW);
  if (past("ACTIVE")) await countersign(await w.as(people.owner), { applicationId, termStartsOn: TODAY, termEndsOn: "2029-12-31" }, NOW);
  if (past("OFFICE_ID")) await recordOfficeId(await w.as(people.infrastructure), { applicationId, officeId: `LA-${created.number}` }, NOW);
  return application;
}
