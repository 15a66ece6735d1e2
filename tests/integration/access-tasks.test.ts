import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/domain/identity/roles";
import type { AccessState } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { tasksOf } from "@/server/home/tasks";
import { actor, makeAdmin, makeUser, STATEWIDE } from "../support/identity.ts";

// Thursday, December 3, 2026, 10:00 in California.
const NOW = new Date("2026-12-03T18:00:00Z");
const day = (text: string) => new Date(`${text}T00:00:00Z`);

let la: { countyId: string; lcsaId: string; organizationId: string };
let other: { countyId: string; lcsaId: string; organizationId: string };
let people: Record<string, { id: string }>;
let number = 0;

async function application(state: AccessState, fields: Record<string, unknown> = {}, where = la) {
  const director = people.director!;
  return db.accessApplication.create({
    data: {
      number: ++number,
      organizationId: where.organizationId,
      countyId: where.countyId,
      lcsaId: where.lcsaId,
      state,
      stateChangedAt: new Date("2026-11-02T17:00:00Z"),
      inviteeName: "Ana Ruiz",
      inviteeTitle: "Deputy Director",
      inviteeAddress: "1 Main St, Los Angeles, CA",
      inviteeEmail: "ana@example.gov",
      coordinatorName: "Cory Liaison",
      coordinatorTitle: "Coordinator",
      coordinatorContact: "cory@example.gov",
      sysadminName: "Sid Admin",
      sysadminTitle: "System Administrator",
      sysadminContact: "sid@example.gov",
      recommendedAccounts: 5,
      invitationOn: day("2026-11-02"),
      identifiedById: director.id,
      identifiedAt: new Date("2026-11-02T17:00:00Z"),
      ...fields,
    },
  });
}

async function todo(person: { id: string }) {
  const { tasks } = await tasksOf((await actor(db, person.id)).actor, NOW);
  return tasks
    .filter((task) => task.area === "Third-party access")
    .map((task) => `${task.action} | ${task.subject} | ${task.href.replace(/[0-9a-f-]{36}/g, ":id")}`);
}

beforeAll(async () => {
  const scope = async (county: string, organization: string) => {
    const c = await db.county.update({ where: { name: county }, data: { cseConversionOn: day("2026-06-01") }, select: { id: true, lcsaId: true } });
    const o = await db.thirdPartyOrganization.findUniqueOrThrow({ where: { name: organization }, select: { id: true } });
    return { countyId: c.id, lcsaId: c.lcsaId, organizationId: o.id };
  };
  la = await scope("Los Angeles", "Los Angeles IV-A");
  other = await scope("Alameda", "Alameda IV-A");
  const statewide = (role: Role) => makeUser(db, { roles: [{ role, scope: STATEWIDE }] });
  people = {
    manager: await statewide("PROCESS_MANAGER"),
    owner: await statewide("PROCESS_OWNER"),
    legal: await statewide("DCSS_LEGAL"),
    infrastructure: await statewide("INFRASTRUCTURE_MANAGER"),
    contracts: await statewide("CONTRACT_MANAGER"),
    director: await makeUser(db, { roles: [{ role: "LCSA_DIRECTOR", scope: { type: "LCSA", lcsaId: la.lcsaId } }] }),
    sysadmin: await makeUser(db, { roles: [{ role: "LCSA_SYSTEM_ADMINISTRATOR", scope: { type: "LCSA", lcsaId: la.lcsaId } }] }),
    otherSysadmin: await makeUser(db, { roles: [{ role: "LCSA_SYSTEM_ADMINISTRATOR", scope: { type: "LCSA", lcsaId: other.lcsaId } }] }),
    requestor: await makeUser(db, { roles: [{ role: "REQUESTOR", scope: { type: "ORGANIZATION", organizationId: la.organizationId } }] }),
    otherRequestor: await makeUser(db, { roles: [{ role: "REQUESTOR", scope: { type: "ORGANIZATION", organizationId: other.organizationId } }] }),
    admin: await makeAdmin(db),
  };

  await application("IDENTIFIED"); // TPA-0001
  const review = await application("UNDER_REVIEW", { invitationSentAt: new Date("2026-11-05T17:00:00Z"), submittedAt: new Date("2026-11-20T17:00:00Z") }); // TPA-0002
  await db.accessReview.create({ data: { applicationId: review.id, kind: "LEGAL", requestedAt: new Date("2026-11-20T18:00:00Z") } });
  await application("AWAITING_DECISION", {}, other); // TPA-0003
  await application("ACTIVE", {
    countersignedAt: new Date("2026-11-16T17:00:00Z"),
    approvedAccounts: 5,
    termStartsOn: day("2026-11-16"),
    termEndsOn: day("2029-11-15"),
  }); // TPA-0004
  const working = await application("ACTIVE", {
    countersignedAt: new Date("2026-10-01T17:00:00Z"),
    approvedAccounts: 5,
    termStartsOn: day("2026-10-01"),
    termEndsOn: day("2029-09-30"),
    officeId: "LA-TPA-7",
    officeIdRecordedAt: new Date("2026-10-10T17:00:00Z"),
    infrastructureEvaluation: "DTS and county links tested.",
    infrastructureEvaluatedAt: new Date("2026-10-12T17:00:00Z"),
  }); // TPA-0005
  for (const [email, created] of [
    ["one@example.gov", true],
    ["two@example.gov", false],
  ] as const) {
    await db.accessAccount.create({
      data: {
        applicationId: working.id,
        organizationId: la.organizationId,
        userName: email,
        userEmail: email,
        trainedOn: day("2026-10-20"),
        confidentialitySignedOn: day("2026-10-20"),
        createdAt: created ? new Date("2026-10-25T17:00:00Z") : null,
      },
    });
  }
  await application("INVITED", { invitationSentAt: new Date("2026-11-05T17:00:00Z") }); // TPA-0006
  await application("MOU_SIGNED", { mouReceivedAt: new Date("2026-11-30T17:00:00Z") }, other); // TPA-0007
  await application(
    "ACTIVE",
    {
      countersignedAt: new Date("2024-05-02T17:00:00Z"),
      approvedAccounts: 2,
      termStartsOn: day("2024-05-02"),
      termEndsOn: day("2027-05-01"),
      officeId: "AL-TPA-1",
      officeIdRecordedAt: new Date("2024-05-10T17:00:00Z"),
      infrastructureEvaluation: "Done.",
      infrastructureEvaluatedAt: new Date("2024-05-11T17:00:00Z"),
    },
    other,
  ); // TPA-0008: its term ends May 1, 2027, so the renewal notice was due Nov 1, 2026 (process 10.1)
  await db.auditFinding.create({
    data: {
      organizationId: other.organizationId,
      finding: "Two users' confidentiality statements were not on file.",
      foundOn: day("2026-11-10"),
      recordedById: people.owner!.id,
    },
  });
  await db.accessApplication.updateMany({ data: { stateChangedAt: new Date("2026-11-02T17:00:00Z") } });
});

describe("third-party access on the task list", () => {
  it("gives each access role the steps of the process that are theirs, linked to the form", async () => {
    expect(await todo(people.manager!)).toEqual([
      "Send the invitation letter | TPA-0001 Los Angeles IV-A | /access/applications/:id#invitation",
      "Request the legal review and the connectivity test | TPA-0002 Los Angeles IV-A | /access/applications/:id#reviews",
    ]);
    expect(await todo(people.legal!)).toEqual(["Review the legal authority | TPA-0002 Los Angeles IV-A | /access/applications/:id#legal-review"]);
    expect((await todo(people.owner!)).sort()).toEqual([
      "Approve or reject the application | TPA-0003 Alameda IV-A | /access/applications/:id#decision",
      "Clear the audit finding | Alameda IV-A: Two users' confidentiality statements were not on file. | /access/organizations/:id#findings",
      "Countersign the MOU | TPA-0007 Alameda IV-A | /access/applications/:id#countersign",
    ]);
    // Equally urgent (one clock, one day): in the list's stable order.
    expect(await todo(people.infrastructure!)).toEqual([
      "Record the infrastructure evaluation | TPA-0004 Los Angeles IV-A | /access/applications/:id#infrastructure",
      "Create the office ID | TPA-0004 Los Angeles IV-A | /access/applications/:id#office-id",
    ]);
    expect(await todo(people.contracts!)).toEqual(["Send the MOU renewal notice | TPA-0008 Alameda IV-A | /access/organizations/:id#renewal"]);
    expect(await todo(people.sysadmin!)).toEqual(["Set up the user accounts | TPA-0005 Los Angeles IV-A | /access/organizations/:id#accounts"]);
    expect(await todo(people.requestor!)).toEqual(["Complete and submit the application | TPA-0006 Los Angeles IV-A | /access/applications/:id#application"]);
    // Alameda IV-A's MOU is in force with its office ID, and it has listed nobody yet.
    expect(await todo(people.otherRequestor!)).toEqual(["List your users for their CSE accounts | TPA-0008 Alameda IV-A | /access/organizations/:id#users"]);
  });

  it("gives nothing to those with no step: another county's System Administrator with nobody waiting, the Director, an administrator", async () => {
    expect(await todo(people.otherSysadmin!)).toEqual([]);
    expect(await todo(people.director!)).toEqual([]);
    expect(await todo(people.admin!)).toEqual([]);
  });

  it("dates a step with a clock of process 4 by its goal: the invitation was due 15 working days after Nov 2 (Veterans Day skipped)", async () => {
    const { tasks } = await tasksOf((await actor(db, people.manager!.id)).actor, NOW);
    const invitation = tasks.find((task) => task.action === "Send the invitation letter")!;
    expect(invitation.dueDay).toBe("2026-11-24");
    expect(invitation.due?.toISOString()).toBe("2026-11-25T08:00:00.000Z");
  });
});
