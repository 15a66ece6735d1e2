import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, type DemoScope } from "@/domain/identity/demo-accounts";
import type { Role, Scope } from "@/domain/identity/roles";
import { db } from "@/lib/db/client";
import { submitApplication } from "@/server/access/application-form";
import { approveApplication } from "@/server/access/decision";
import { recordOfficeId } from "@/server/access/establish";
import { sendInvitation } from "@/server/access/invitation";
import { countersign, returnSignedMou, sendPackage } from "@/server/access/mou";
import { accessQueue } from "@/server/access/queries";
import { answerConnectivityTest, answerLegalReview, forwardForDecision, requestReview } from "@/server/access/reviews";
import { tasksOf } from "@/server/home/tasks";
import { seedDemoAccess } from "../../prisma/seed/demo-access.ts";
import { seedDemoAccessAccounts } from "../../prisma/seed/demo-access-accounts.ts";
import { completeApplication, signedMou } from "../support/access-world.ts";
import { actor, makeUser } from "../support/identity.ts";

/**
 * The pipeline's demo (seedDemoAccess, then seedDemoAccessAccounts, as prisma/seed/demo.ts runs
 * them): an application at every step of sections 6 and 7, each demo role of the process with
 * something to do on its home page, and a second run that changes nothing.
 */
const NOW = new Date("2026-12-03T20:00:00Z");

const ACCESS_ROLES: readonly Role[] = [
  "PROCESS_OWNER",
  "PROCESS_MANAGER",
  "DCSS_LEGAL",
  "CONTRACT_MANAGER",
  "INFRASTRUCTURE_MANAGER",
  "DCSS_ISO",
  "LCSA_DIRECTOR",
  "LCSA_DIRECTOR_DESIGNEE",
  "LCSA_TPA_COORDINATOR",
  "LCSA_SYSTEM_ADMINISTRATOR",
  "REQUESTOR",
];

async function scopeOf(scope: DemoScope): Promise<Scope> {
  switch (scope.type) {
    case "STATEWIDE":
      return { type: "STATEWIDE" };
    case "LCSA":
      return { type: "LCSA", lcsaId: (await db.lcsa.findUniqueOrThrow({ where: { code: scope.code } })).id };
    case "ORGANIZATION":
      return { type: "ORGANIZATION", organizationId: (await db.thirdPartyOrganization.findUniqueOrThrow({ where: { name: scope.name } })).id };
    default:
      throw new Error(`Not an access scope: ${scope.type}`);
  }
}

/** The demo accounts that hold an access role, as seedDemo creates them. */
async function demoAccessAccounts() {
  const accounts = DEMO_ACCOUNTS.filter((account) => account.roles.some((grant) => ACCESS_ROLES.includes(grant.role)));
  const users: Record<string, { id: string }> = {};
  for (const account of accounts) {
    const roles = await Promise.all(
      account.roles.filter((grant) => ACCESS_ROLES.includes(grant.role)).map(async (grant) => ({ role: grant.role, scope: await scopeOf(grant.scope) })),
    );
    users[account.email] = await makeUser(db, { email: account.email, name: account.name, title: account.title, roles });
  }
  return users;
}

const counts = async () => ({
  applications: await db.accessApplication.count(),
  versions: await db.accessApplication.aggregate({ _sum: { version: true } }),
  forms: await db.accessApplicationForm.count(),
  reviews: await db.accessReview.count(),
  organizations: await db.thirdPartyOrganization.count(),
  roles: await db.roleAssignment.count(),
  users: await db.user.count(),
  files: await db.storedFile.count(),
  audit: await db.auditEvent.count(),
  accounts: await db.accessAccount.count(),
  notifications: await db.notification.count(),
});

let users: Record<string, { id: string }>;
let first: Awaited<ReturnType<typeof counts>>;

beforeAll(async () => {
  users = await demoAccessAccounts();
  await seedDemoAccess(db, NOW);
  await seedDemoAccessAccounts(db, NOW);
  first = await counts();
});

const facts = () =>
  db.accessApplication.findMany({
    select: {
      state: true,
      organization: { select: { name: true } },
      requestorUser: { select: { email: true } },
      packageSentAt: true,
      officeId: true,
      rejectionReason: true,
      form: { select: { version: true } },
      reviews: { select: { kind: true, answeredAt: true, favorable: true } },
    },
  });

describe("the access pipeline's demo (seedDemoAccess)", () => {
  it("leaves an application at every step of the process", async () => {
    const applications = await facts();
    const some = (what: string, test: (application: (typeof applications)[number]) => boolean) =>
      expect(applications.some(test), `an application ${what}`).toBe(true);
    const review = (application: (typeof applications)[number], kind: "LEGAL" | "CONNECTIVITY") => application.reviews.find((row) => row.kind === kind);
    some("IDENTIFIED", (a) => a.state === "IDENTIFIED");
    some("INVITED, not started", (a) => a.state === "INVITED" && a.form?.version === 1);
    some("INVITED with a saved draft", (a) => a.state === "INVITED" && a.form!.version > 1);
    some("UNDER_REVIEW, the legal review asked and unanswered", (a) => a.state === "UNDER_REVIEW" && !!review(a, "LEGAL") && !review(a, "LEGAL")!.answeredAt);
    some(
      "UNDER_REVIEW, the connectivity test asked and unanswered",
      (a) => a.state === "UNDER_REVIEW" && !!review(a, "CONNECTIVITY") && !review(a, "CONNECTIVITY")!.answeredAt,
    );
    some(
      "UNDER_REVIEW, both answered favorably",
      (a) => a.state === "UNDER_REVIEW" && review(a, "LEGAL")?.favorable === true && review(a, "CONNECTIVITY")?.favorable === true,
    );
    some("AWAITING_DECISION", (a) => a.state === "AWAITING_DECISION");
    some("APPROVED, the package not sent", (a) => a.state === "APPROVED" && !a.packageSentAt);
    some("APPROVED, the package sent", (a) => a.state === "APPROVED" && !!a.packageSentAt);
    some("MOU_SIGNED", (a) => a.state === "MOU_SIGNED");
    some("ACTIVE without its office ID", (a) => a.state === "ACTIVE" && !a.officeId);
    some("REJECTED with its reason", (a) => a.state === "REJECTED" && a.rejectionReason.length > 0);
    some("WITHDRAWN", (a) => a.state === "WITHDRAWN");
    // Los Angeles IV-A is ACTIVE with its office ID before the demo after approval reads it, and is requestor@demo.local's.
    const losAngeles = applications.filter((a) => a.organization.name === "Los Angeles IV-A");
    expect(losAngeles.map((a) => [a.state, !!a.officeId, a.requestorUser?.email])).toEqual([["ACTIVE", true, "requestor@demo.local"]]);
    // Every Los Angeles application past its invitation is the demo Requestor's.
    for (const application of applications.filter((a) => a.organization.name.startsWith("Los Angeles") && !["IDENTIFIED", "WITHDRAWN"].includes(a.state))) {
      expect(application.requestorUser?.email, application.organization.name).toBe("requestor@demo.local");
    }
  });

  it("gives each demo role of the process a task on its home page", async () => {
    const taskHolders = [
      "process.manager@demo.local",
      "process.owner@demo.local",
      "legal@demo.local",
      "infrastructure@demo.local",
      "contract.manager@demo.local",
      "sysadmin@demo.local",
      "requestor@demo.local",
    ];
    for (const email of taskHolders) {
      const { tasks } = await tasksOf((await actor(db, users[email]!.id)).actor, NOW);
      expect(
        tasks.filter((task) => task.area === "Third-party access"),
        `${email} has an access task`,
      ).not.toEqual([]);
    }
    // The Requestor can act on the draft, and on the MOU to return.
    const requestor = (await tasksOf((await actor(db, users["requestor@demo.local"]!.id)).actor, NOW)).tasks.map((task) => task.action);
    expect(requestor).toEqual(expect.arrayContaining(["Complete and submit the application", "Return the signed MOU"]));
    // The Los Angeles Director and Coordinator see their county's applications in the queue.
    for (const email of ["director@demo.local", "coordinator@demo.local"]) {
      const queue = await accessQueue((await actor(db, users[email]!.id)).actor, { page: 1, q: undefined }, NOW);
      expect(queue.total, email).toBeGreaterThan(5);
    }
  });

  it("changes nothing when seeded again", async () => {
    await seedDemoAccess(db, new Date(NOW.getTime() + 3_600_000));
    await seedDemoAccessAccounts(db, new Date(NOW.getTime() + 3_600_000));
    expect(await counts()).toEqual(first);
  });

  it("holds rows the commands take on from: each waiting step runs, by the role it waits on", async () => {
    const as = async (email: string) => actor(db, users[email]!.id);
    const of = async (organization: string) => {
      const row = await db.accessApplication.findFirstOrThrow({
        where: { organization: { name: organization } },
        select: { id: true, form: { select: { version: true } } },
      });
      return { applicationId: row.id, formVersion: row.form?.version ?? 1 };
    };
    const later = new Date(NOW.getTime() + 2 * 3_600_000);
    await sendInvitation(await as("process.manager@demo.local"), { applicationId: (await of("San Diego IV-A")).applicationId }, later);
    const draft = await of("Los Angeles IV-E");
    await submitApplication(await as("requestor@demo.local"), completeApplication(draft.applicationId, draft.formVersion, { signedOn: "2026-12-03" }), later);
    await requestReview(
      await as("process.manager@demo.local"),
      { applicationId: (await of("Los Angeles District Attorney")).applicationId, kind: "LEGAL" },
      later,
    );
    const legal = { applicationId: (await of("Los Angeles Superior Court Family Law")).applicationId, favorable: true, note: "", delays: [] };
    await answerLegalReview(await as("legal@demo.local"), legal, later);
    const connectivity = { applicationId: (await of("Los Angeles Sheriff's Department")).applicationId, favorable: true, note: "" };
    await answerConnectivityTest(await as("infrastructure@demo.local"), connectivity, later);
    await forwardForDecision(await as("process.manager@demo.local"), { applicationId: (await of("Los Angeles County Counsel")).applicationId }, later);
    const approval = {
      applicationId: (await of("Los Angeles Child Abduction Unit")).applicationId,
      approvedAccounts: 3,
      justification: "The LCSA Director's recommendation for the unit's caseload.",
      override: true,
    };
    await approveApplication(await as("process.owner@demo.local"), approval, later);
    await sendPackage(await as("process.manager@demo.local"), { applicationId: (await of("Los Angeles Department of Mental Health")).applicationId }, later);
    const mou = { applicationId: (await of("Los Angeles Housing Authority")).applicationId, file: signedMou() };
    await returnSignedMou(await as("requestor@demo.local"), mou, later);
    const term = { applicationId: (await of("Los Angeles Department of Health Services")).applicationId, termStartsOn: "2026-12-03", termEndsOn: "2029-12-02" };
    await countersign(await as("process.owner@demo.local"), term, later);
    const office = { applicationId: (await of("Los Angeles Military and Veterans Affairs")).applicationId, officeId: "OFC-DEMO" };
    await recordOfficeId(await as("infrastructure@demo.local"), office, later);
  });
});
