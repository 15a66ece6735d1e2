import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import type { CommandContext } from "@/lib/context";
import { saveApplication, submitApplication } from "@/server/access/application-form";
import { approveApplication, rejectApplication } from "@/server/access/decision";
import { evaluateInfrastructure, recordOfficeId } from "@/server/access/establish";
import { identifyRequestor } from "@/server/access/identify";
import { sendInvitation } from "@/server/access/invitation";
import { countersign, returnSignedMou, sendPackage } from "@/server/access/mou";
import { accessQueue, readableApplication } from "@/server/access/queries";
import { answerConnectivityTest, answerLegalReview, forwardForDecision, requestReview } from "@/server/access/reviews";
import { withdrawApplication } from "@/server/access/withdraw";
import {
  accessWorld,
  applicationAt,
  completeApplication,
  identification,
  NOW,
  signedMou,
  TODAY,
  type AccessWorld,
  type DrivenApplication,
  type Milestone,
} from "../support/access-world.ts";
import { actor, makeUser } from "../support/identity.ts";

/**
 * Who may run each command of the pipeline (sections 6.2 to 7.2): every command × every access
 * role of section 1.5 (the LCSA's roles of the application's county and of another, the
 * Requestor of the organization and of another), an unrelated user and an administrator. Written
 * by hand from the process, not from the permission rules: a new person or command does not
 * compile until it is listed here. A refused command changes nothing: the application's state and
 * version stay, and no audit event is written. Then who may read an application, and whose queue
 * holds it.
 */
type Who =
  | "owner"
  | "manager"
  | "legal"
  | "contract"
  | "infrastructure"
  | "iso"
  | "director"
  | "designee"
  | "coordinator"
  | "sysadmin"
  | "otherDirector"
  | "otherDesignee"
  | "otherCoordinator"
  | "otherSysadmin"
  | "requestor"
  | "otherRequestor"
  | "unrelated"
  | "admin";

type CommandName =
  | "identifyRequestor"
  | "sendInvitation"
  | "saveApplication"
  | "submitApplication"
  | "requestReview"
  | "answerLegalReview"
  | "answerConnectivityTest"
  | "forwardForDecision"
  | "approveApplication"
  | "rejectApplication"
  | "sendPackage"
  | "returnSignedMou"
  | "countersign"
  | "recordOfficeId"
  | "evaluateInfrastructure"
  | "withdrawApplication";

/** The ones who may, for each command; everyone else is refused. */
const ALLOWED: Record<CommandName, readonly Who[]> = {
  // 6.2: "DCSS will send invitation letters only to Requestors identified by the LCSA Director for that county."
  identifyRequestor: ["director"],
  // 6.3: the Process Manager "Sends invitation letter to Requestor on scheduled date".
  sendInvitation: ["manager"],
  // 6.4: "The Requestor completes the Application and sends it to the Process Manager".
  saveApplication: ["requestor"],
  submitApplication: ["requestor"],
  // 6.5 item 1 and 2: the Process Manager obtains the legal review and asks for the connectivity test.
  requestReview: ["manager"],
  // 1.5: DCSS Legal "Provides advice regarding statutory authority"; 6.5 item 2: the Infrastructure Manager tests the connection.
  answerLegalReview: ["legal"],
  answerConnectivityTest: ["infrastructure"],
  // 6.5 item 3: the Process Manager "Sends Application with Legal sign off and verification of connectivity to Process Owner".
  forwardForDecision: ["manager"],
  // 6.6 and 1.5: the Process Owner "Approves Requests" and signs the Notice of Rejection.
  approveApplication: ["owner"],
  rejectApplication: ["owner"],
  // 6.7: the Process Manager sends the MOU, confidentiality statements and training.
  sendPackage: ["manager"],
  // 6.8 item 1: the Requestor's Contact Person "Obtains the Requestor's signature for the MOU and returns the original".
  returnSignedMou: ["requestor"],
  // 6.9 item 1 and 1.5: the Process Owner "Signs MOU on behalf of DCSS".
  countersign: ["owner"],
  // 7.1 and 7.2: the Infrastructure Manager creates the office ID and evaluates the infrastructure.
  recordOfficeId: ["infrastructure"],
  evaluateInfrastructure: ["infrastructure"],
  // Not in the document (the product's): the Process Manager, or the county's LCSA Director who identifies Requestors (6.2).
  withdrawApplication: ["manager", "director"],
};

/** How far along the application each command acts on is. */
const AT: Record<Exclude<CommandName, "identifyRequestor">, Milestone> = {
  sendInvitation: "IDENTIFIED",
  saveApplication: "INVITED",
  submitApplication: "INVITED",
  requestReview: "UNDER_REVIEW",
  answerLegalReview: "REVIEWS_REQUESTED",
  answerConnectivityTest: "REVIEWS_REQUESTED",
  forwardForDecision: "REVIEWS_ANSWERED",
  approveApplication: "AWAITING_DECISION",
  rejectApplication: "AWAITING_DECISION",
  sendPackage: "APPROVED",
  returnSignedMou: "PACKAGE_SENT",
  countersign: "MOU_SIGNED",
  recordOfficeId: "ACTIVE",
  evaluateInfrastructure: "ACTIVE",
  withdrawApplication: "INVITED",
};

type Input = (applicationId: string) => Parameters<typeof sendInvitation>[1] | Record<string, unknown>;
const INPUTS: Record<
  Exclude<CommandName, "identifyRequestor">,
  { command: (ctx: CommandContext, input: never, now: Date) => Promise<unknown>; input: Input }
> = {
  sendInvitation: { command: sendInvitation, input: (applicationId) => ({ applicationId }) },
  saveApplication: { command: saveApplication, input: (applicationId) => completeApplication(applicationId, 1, { intent: "save" }) },
  submitApplication: { command: submitApplication, input: (applicationId) => completeApplication(applicationId, 1) },
  requestReview: { command: requestReview, input: (applicationId) => ({ applicationId, kind: "LEGAL" }) },
  answerLegalReview: { command: answerLegalReview, input: (applicationId) => ({ applicationId, favorable: true, note: "", delays: [] }) },
  answerConnectivityTest: { command: answerConnectivityTest, input: (applicationId) => ({ applicationId, favorable: true, note: "" }) },
  forwardForDecision: { command: forwardForDecision, input: (applicationId) => ({ applicationId }) },
  approveApplication: {
    command: approveApplication,
    input: (applicationId) => ({
      applicationId,
      approvedAccounts: 12,
      justification: "The Director's recommendation for the probation caseload.",
      override: true,
    }),
  },
  rejectApplication: {
    command: rejectApplication,
    input: (applicationId) => ({ applicationId, reason: "No statutory authority for the purpose given.", confirm: "yes" }),
  },
  sendPackage: { command: sendPackage, input: (applicationId) => ({ applicationId }) },
  returnSignedMou: { command: returnSignedMou, input: (applicationId) => ({ applicationId, file: signedMou() }) },
  countersign: { command: countersign, input: (applicationId) => ({ applicationId, termStartsOn: TODAY, termEndsOn: "2029-12-31" }) },
  recordOfficeId: { command: recordOfficeId, input: (applicationId) => ({ applicationId, officeId: "LA-PERMS-1" }) },
  evaluateInfrastructure: {
    command: evaluateInfrastructure,
    input: (applicationId) => ({ applicationId, evaluation: "DTS Point of Presence reachable; county path tested." }),
  },
  withdrawApplication: { command: withdrawApplication, input: (applicationId) => ({ applicationId, reason: "The organization declined.", confirm: "yes" }) },
};

const EVERYONE: Record<Who, true> = {
  owner: true,
  manager: true,
  legal: true,
  contract: true,
  infrastructure: true,
  iso: true,
  director: true,
  designee: true,
  coordinator: true,
  sysadmin: true,
  otherDirector: true,
  otherDesignee: true,
  otherCoordinator: true,
  otherSysadmin: true,
  requestor: true,
  otherRequestor: true,
  unrelated: true,
  admin: true,
};

let w: AccessWorld;
/** Everyone but the Requestor, whose account comes with each application (or, before its invitation, a colleague's). */
let contexts: Record<Exclude<Who, "requestor">, CommandContext>;

beforeAll(async () => {
  w = await accessWorld(db);
  const orange = (role: "LCSA_DIRECTOR_DESIGNEE" | "LCSA_TPA_COORDINATOR" | "LCSA_SYSTEM_ADMINISTRATOR") =>
    makeUser(db, { roles: [{ role, scope: { type: "LCSA", lcsaId: w.places.orange.lcsaId } }] });
  const p = w.people;
  const people: Record<Exclude<Who, "requestor">, { id: string }> = {
    owner: p.owner,
    manager: p.manager,
    legal: p.legal,
    contract: p.contracts,
    infrastructure: p.infrastructure,
    iso: p.iso,
    director: p.director,
    designee: p.designee,
    coordinator: p.coordinator,
    sysadmin: p.sysadmin,
    otherDirector: p.orangeDirector,
    otherDesignee: await orange("LCSA_DIRECTOR_DESIGNEE"),
    otherCoordinator: await orange("LCSA_TPA_COORDINATOR"),
    otherSysadmin: await orange("LCSA_SYSTEM_ADMINISTRATOR"),
    otherRequestor: p.otherRequestor,
    unrelated: p.unrelated,
    admin: p.admin,
  };
  contexts = Object.fromEntries(await Promise.all(Object.entries(people).map(async ([who, person]) => [who, await actor(db, person.id)]))) as typeof contexts;
}, 60_000);

/** The application's Requestor: its invited contact, or before the invitation a Requestor of the organization. */
async function requestorOf(application: DrivenApplication): Promise<CommandContext> {
  const id =
    application.requestorId ??
    (await makeUser(db, { roles: [{ role: "REQUESTOR", scope: { type: "ORGANIZATION", organizationId: application.organizationId } }] })).id;
  return actor(db, id);
}

/** The refused first, so that the allowed act on the fixture as it was. */
const inOrder = (command: CommandName) =>
  (Object.keys(EVERYONE) as Who[]).sort((a, b) => Number(ALLOWED[command].includes(a)) - Number(ALLOWED[command].includes(b)));

const outcomeOf = (attempt: Promise<unknown>) =>
  attempt.then(
    () => null,
    (error: unknown) => error,
  );

describe("who may run each command of the pipeline", () => {
  it(`identifyRequestor: ${ALLOWED.identifyRequestor.join(", ")} only`, async () => {
    const laIvA = await db.thirdPartyOrganization.findUniqueOrThrow({ where: { name: "Los Angeles IV-A" }, select: { id: true } });
    const requestor = await requestorOf({ id: "", label: "", organizationId: laIvA.id, requestorId: null });
    for (const who of inOrder("identifyRequestor")) {
      const ctx = who === "requestor" ? requestor : contexts[who];
      const before = { applications: await db.accessApplication.count(), audit: await db.auditEvent.count() };
      const outcome = await outcomeOf(identifyRequestor(ctx, identification(w.places.la.countyId), NOW));
      if (ALLOWED.identifyRequestor.includes(who)) {
        expect(outcome, `${who} should be allowed to identify a Requestor`).toBeNull();
      } else {
        expect(outcome, `${who} should be refused identifyRequestor`).toBeInstanceOf(ForbiddenError);
        expect({ applications: await db.accessApplication.count(), audit: await db.auditEvent.count() }, `${who}'s refusal changed something`).toEqual(before);
      }
    }
  });

  for (const command of Object.keys(AT) as Exclude<CommandName, "identifyRequestor">[]) {
    it(`${command}: ${ALLOWED[command].join(", ")} only`, async () => {
      const application = await applicationAt(db, w, AT[command]);
      const requestor = await requestorOf(application);
      const { command: run, input } = INPUTS[command];
      const state = () => db.accessApplication.findUniqueOrThrow({ where: { id: application.id }, select: { state: true, version: true } });
      let allowedRan = false;
      for (const who of inOrder(command)) {
        const ctx = who === "requestor" ? requestor : contexts[who];
        const before = { application: await state(), audit: await db.auditEvent.count() };
        const outcome = await outcomeOf(run(ctx, input(application.id) as never, NOW));
        if (ALLOWED[command].includes(who)) {
          if (!allowedRan) {
            // The first one allowed takes the step.
            expect(outcome, `${who} should be allowed to ${command}: ${String(outcome)}`).toBeNull();
            allowedRan = true;
          } else {
            // Another allowed person, after the step is taken: a rule of the process may answer, never the permission.
            expect(outcome instanceof ForbiddenError, `${who} should be allowed to ${command}: ${String(outcome)}`).toBe(false);
          }
        } else {
          expect(outcome, `${who} should be refused ${command}`).toBeInstanceOf(ForbiddenError);
          expect({ application: await state(), audit: await db.auditEvent.count() }, `${who}'s refusal of ${command} changed something`).toEqual(before);
        }
      }
    });
  }
});

describe("who may read an application, and whose queue holds it", () => {
  // The product's reading of 1.5 and section 5: DCSS's access roles and the administrator read every
  // application; an LCSA's roles read their county's; a Requestor its own organization's.
  const READERS: readonly Who[] = [
    "owner",
    "manager",
    "legal",
    "contract",
    "infrastructure",
    "iso",
    "director",
    "designee",
    "coordinator",
    "sysadmin",
    "requestor",
    "admin",
  ];

  it(`readableApplication and accessQueue: ${READERS.join(", ")} only`, async () => {
    const application = await applicationAt(db, w, "REVIEWS_REQUESTED");
    const requestor = await requestorOf(application);
    for (const who of Object.keys(EVERYONE) as Who[]) {
      const user = (who === "requestor" ? requestor : contexts[who]).actor;
      const read = await readableApplication(user, application.id, NOW);
      const queue = await accessQueue(user, { page: 1, q: application.label }, NOW);
      const inQueue = queue.rows.some((row) => row.id === application.id);
      if (READERS.includes(who)) {
        expect(read?.id, `${who} should read ${application.label}`).toBe(application.id);
        expect(inQueue, `${who}'s queue should hold ${application.label}`).toBe(true);
      } else {
        expect(read, `${who} should not read ${application.label}`).toBeUndefined();
        expect(inQueue, `${who}'s queue should not hold ${application.label}`).toBe(false);
      }
    }
  });
});
