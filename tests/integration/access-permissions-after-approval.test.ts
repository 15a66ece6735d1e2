import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import type { CommandContext } from "@/lib/context";
import { createAccessAccount, listAccessUser, renewAccessUser, suspendAccessAccount } from "@/server/access/accounts";
import { attestAccount, openAttestationCampaign } from "@/server/access/attestation";
import { clearFinding, recordFinding } from "@/server/access/findings";
import { inviteRenewal, recordRenewalNotice } from "@/server/access/renewal";
import { accessPeople, makeApplication, makeListedUser, makeOrganization } from "../support/access-organizations.ts";
import { actor } from "../support/identity.ts";

/**
 * Who may run each command after approval: every command × every access role of section 1.5
 * (in this organization's scope, and the LCSA's and the Requestor's of another), an unrelated
 * user and an administrator. Written by hand from the process, not from the permission rules:
 * a new person or command does not compile until it is listed here.
 */
const NOW = new Date("2026-06-16T19:00:00Z");

type Who =
  | "requestor"
  | "otherRequestor"
  | "sysadmin"
  | "otherSysadmin"
  | "director"
  | "coordinator"
  | "owner"
  | "manager"
  | "legal"
  | "contract"
  | "infrastructure"
  | "iso"
  | "admin"
  | "unrelated";

type CommandName =
  | "listAccessUser"
  | "renewAccessUser"
  | "createAccessAccount"
  | "suspendAccessAccount"
  | "recordFinding"
  | "clearFinding"
  | "recordRenewalNotice"
  | "inviteRenewal"
  | "openAttestationCampaign"
  | "attestAccount";

/** The one who may, for each command; everyone else is refused. */
const ALLOWED: Record<CommandName, readonly Who[]> = {
  // 6.8 item 2: the Requestor's Contact Person "Identifies staff for CSE access".
  listAccessUser: ["requestor"],
  // Section 2, criteria 5 and 6: the Requestor keeps its users' training and statements current.
  renewAccessUser: ["requestor"],
  // 7.3 and 1.5: the LCSA System Administrator "Assigns security role for each user".
  createAccessAccount: ["sysadmin"],
  suspendAccessAccount: ["sysadmin"],
  // Section 8: the DCSS ISO audits and sends findings; the Process Owner clears them.
  recordFinding: ["iso"],
  clearFinding: ["owner"],
  // 10.1: the Contract Manager notifies; 10.2: the Process Owner initiates the renewal.
  recordRenewalNotice: ["contract"],
  inviteRenewal: ["owner"],
  // The product's re-attestation: the Process Manager opens it, the Requestor confirms its users.
  openAttestationCampaign: ["manager"],
  attestAccount: ["requestor"],
};

const EVERYONE: Record<Who, true> = {
  requestor: true,
  otherRequestor: true,
  sysadmin: true,
  otherSysadmin: true,
  director: true,
  coordinator: true,
  owner: true,
  manager: true,
  legal: true,
  contract: true,
  infrastructure: true,
  iso: true,
  admin: true,
  unrelated: true,
};

let contexts: Record<Who, CommandContext>;
let run: Record<CommandName, (ctx: CommandContext) => Promise<unknown>>;

beforeAll(async () => {
  const organization = await makeOrganization(db, "Sacramento");
  const application = await makeApplication(db, organization, { termEndsOn: "2026-12-31", renewalNoticeAt: new Date("2026-06-10T18:00:00Z") });
  const people = await accessPeople(db, organization);
  contexts = Object.fromEntries(await Promise.all(Object.keys(EVERYONE).map(async (who) => [who, await actor(db, people[who as Who].id)]))) as Record<
    Who,
    CommandContext
  >;
  const dates = { trainedOn: "2026-03-02", confidentialitySignedOn: "2026-03-05" };
  const waiting = await makeListedUser(db, organization, application.id, dates);
  const live = await makeListedUser(db, organization, application.id, { ...dates, createdAt: new Date("2026-03-10T18:00:00Z") });
  const finding = await db.auditFinding.create({
    data: { organizationId: organization.id, finding: "A finding to clear.", foundOn: new Date("2026-06-01T00:00:00Z"), recordedById: people.iso.id },
  });
  const campaign = await db.attestationCampaign.create({ data: { year: 2019, deadlineOn: new Date("2026-07-31T00:00:00Z") } });
  await db.accountAttestation.create({ data: { campaignId: campaign.id, accountId: live.id } });
  const organizationId = organization.id;
  run = {
    listAccessUser: (ctx) => listAccessUser(ctx, { organizationId, userName: "Pat Listed", userEmail: "pat.listed@example.gov", ...dates }, NOW),
    renewAccessUser: (ctx) => renewAccessUser(ctx, { accountId: waiting.id, version: waiting.version, ...dates }, NOW),
    createAccessAccount: (ctx) => createAccessAccount(ctx, { accountId: waiting.id, confirm: "yes" }, NOW),
    suspendAccessAccount: (ctx) => suspendAccessAccount(ctx, { accountId: live.id, confirm: "yes" }, NOW),
    recordFinding: (ctx) => recordFinding(ctx, { organizationId, finding: "Training records incomplete.", foundOn: "2026-06-12" }, NOW),
    clearFinding: (ctx) => clearFinding(ctx, { findingId: finding.id, version: finding.version, evidence: "Records received and filed.", confirm: "yes" }, NOW),
    recordRenewalNotice: (ctx) => recordRenewalNotice(ctx, { organizationId, confirm: "yes" }, NOW),
    inviteRenewal: (ctx) => inviteRenewal(ctx, { organizationId, confirm: "yes" }, NOW),
    openAttestationCampaign: (ctx) => openAttestationCampaign(ctx, { year: 2031, deadlineOn: "2026-08-31" }, NOW),
    attestAccount: (ctx) => attestAccount(ctx, { campaignId: campaign.id, accountId: live.id, stillNeeded: true }, NOW),
  };
});

describe("who may run each command after approval", () => {
  for (const command of Object.keys(ALLOWED) as CommandName[]) {
    it(`${command}: ${ALLOWED[command].join(", ")} only`, async () => {
      // The refused first, so that the one allowed acts on the fixture as it was.
      const everyone = (Object.keys(EVERYONE) as Who[]).sort((a, b) => Number(ALLOWED[command].includes(a)) - Number(ALLOWED[command].includes(b)));
      for (const who of everyone) {
        const outcome = await run[command](contexts[who]).then(
          () => null,
          (error: unknown) => error,
        );
        if (ALLOWED[command].includes(who)) {
          // Allowed: it ran, or a rule of the process (not the permission) answered.
          expect(outcome instanceof ForbiddenError, `${who} should be allowed to ${command}: ${String(outcome)}`).toBe(false);
        } else {
          expect(outcome, `${who} should be refused ${command}`).toBeInstanceOf(ForbiddenError);
        }
      }
    });
  }
});
