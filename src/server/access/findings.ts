import "server-only";
import { accessAudit } from "@/domain/access/audit-actions";
import type { ClearFindingInput, RecordFindingInput } from "@/domain/access/organization-schemas";
import { accessPermissions } from "@/domain/access/permissions";
import { californiaDayOf, columnOfDay } from "@/domain/calendar/day";
import { defineCommand } from "@/lib/command";
import type { Tx } from "@/lib/db/client";
import { ConflictError, UserError } from "@/lib/errors";
import { countOf, formatDateTime, formatDay } from "@/lib/format";
import { lastChangedBy } from "@/server/audit/last-changed-by";
import { notify } from "@/server/notifications/notify";
import { findingSubject, organizationPaths } from "@/server/access/organization-subjects";
import { holdersOf, requestorsOf } from "@/server/access/recipients";
import { organizationSubject } from "@/server/access/subjects";

/**
 * Section 8, SECURITY AUDIT: "The DCSS ISO audits the Requestor for compliance with security
 * awareness training and certification responsibilities and sends audit findings to the Process
 * Owner and to the Requestor's Information Security Officer. Process Owner coordinates with
 * Requestor's Information Security Officer coordinates to clear any negative audit findings."
 */

/** The dedupe key of a finding's notices: the notifications sent under it are the record that it was sent. */
export const findingNoticeKey = (findingId: string) => `access-finding:${findingId}`;

/**
 * The Requestor's Information Security Officer as the organization's latest application names
 * them (Appendix B). They may have no account here, so the product's rule: the finding goes to
 * the Requestor's contacts in the app, who are asked to pass it on to the officer named.
 */
async function informationSecurityOfficer(tx: Tx, organizationId: string) {
  const latest = await tx.accessApplication.findFirst({
    where: { organizationId, form: { isNot: null } },
    orderBy: { number: "desc" },
    select: { form: { select: { isoName: true, isoEmail: true } } },
  });
  const form = latest?.form;
  return form && (form.isoName || form.isoEmail) ? { name: form.isoName, email: form.isoEmail } : null;
}

export const recordFinding = defineCommand({
  name: accessAudit.record_finding,
  subject: organizationSubject,
  target: (input: RecordFindingInput) => input.organizationId,
  permission: accessPermissions.audit,
  resource: (organization) => ({ lcsaId: organization.lcsaId, organizationId: organization.id }),
  async run({ tx, ctx, input, record: organization, now }) {
    if (input.foundOn > californiaDayOf(now)) {
      const message = `The day found, ${formatDay(input.foundOn)}, is in the future.`;
      throw new UserError(message, { foundOn: [message] });
    }
    const finding = await tx.auditFinding.create({
      data: { organizationId: organization.id, finding: input.finding, foundOn: columnOfDay(input.foundOn), recordedAt: now, recordedById: ctx.actor.id },
      select: { id: true, finding: true, foundOn: true },
    });
    const officer = await informationSecurityOfficer(tx, organization.id);
    const owners = await holdersOf(tx, "PROCESS_OWNER");
    const requestors = await requestorsOf(tx, organization.id);
    const link = `/access/organizations/${organization.id}#findings`;
    const dedupeKey = findingNoticeKey(finding.id);
    const toOwners = await notify(tx, owners, {
      kind: "access.finding",
      subject: `Audit finding: ${organization.name}`,
      body: `The DCSS ISO recorded an audit finding for ${organization.name} (found ${formatDay(input.foundOn)}): ${input.finding}\n\nThe Process Owner coordinates with the Requestor's Information Security Officer to clear it (Third Party Access Process 8).`,
      link,
      dedupeKey,
    });
    const passOn = officer
      ? ` Please pass it to your Information Security Officer, ${[officer.name, officer.email && `<${officer.email}>`].filter(Boolean).join(" ")}, as named on your application.`
      : " Please pass it to your organization's Information Security Officer.";
    const toRequestor = await notify(tx, requestors, {
      kind: "access.finding",
      subject: `Security audit finding for ${organization.name}`,
      body: `DCSS's Information Security Officer found, on ${formatDay(input.foundOn)}: ${input.finding}${passOn} DCSS's Process Owner will work with them to clear it; the MOU is not renewed while a finding is open (Third Party Access Process 8, 10.1).`,
      link,
      dedupeKey,
    });
    return { ...finding, foundOn: input.foundOn, sentTo: { processOwners: toOwners, requestors: toRequestor }, officer };
  },
  audit: ({ record: organization, result }) => ({
    entity: { type: "AuditFinding", id: result.id },
    summary:
      `${organization.name}: audit finding of ${formatDay(result.foundOn)} recorded and sent to ${countOf(result.sentTo.processOwners, "Process Owner")} ` +
      `and ${countOf(result.sentTo.requestors, "Requestor contact")}${result.officer?.email ? `, to pass to ${result.officer.email}` : ""}`,
    after: { finding: result.finding, foundOn: result.foundOn, sentTo: result.sentTo, informationSecurityOfficer: result.officer },
  }),
  paths: ({ record: organization }) => organizationPaths(organization.id),
});

export const clearFinding = defineCommand({
  name: accessAudit.clear_finding,
  subject: findingSubject,
  target: (input: ClearFindingInput) => input.findingId,
  permission: accessPermissions.clearFindings,
  resource: ({ organization }) => ({ lcsaId: organization.lcsaId, organizationId: organization.id }),
  async run({ tx, ctx, input, record: { organization, finding }, now }) {
    if (finding.clearedAt) throw new UserError(`This finding was already cleared on ${formatDateTime(finding.clearedAt)}.`);
    if (finding.version !== input.version) {
      const who = await lastChangedBy(tx, "AuditFinding", finding.id);
      throw new ConflictError(`${who} changed this finding while you were looking at it. Nothing was saved; look at it again.`);
    }
    await tx.auditFinding.update({
      where: { id: finding.id },
      data: { clearedAt: now, clearedById: ctx.actor.id, evidence: input.evidence, version: { increment: 1 } },
    });
    const open = await tx.auditFinding.count({ where: { organizationId: organization.id, clearedAt: null } });
    const told = [...(await requestorsOf(tx, organization.id)), ...(await holdersOf(tx, "DCSS_ISO"))];
    await notify(tx, told, {
      kind: "access.finding_cleared",
      subject: `Audit finding cleared: ${organization.name}`,
      body:
        `The Process Owner cleared the audit finding of ${formatDay(finding.foundOn)} for ${organization.name}: ${finding.finding}\n\nEvidence: ${input.evidence}\n\n` +
        (open ? `${countOf(open, "finding")} ${open === 1 ? "is" : "are"} still open.` : "No audit findings are open now."),
      link: `/access/organizations/${organization.id}#findings`,
    });
    return { open };
  },
  audit: ({ record: { organization, finding }, input, result }) => ({
    summary: `${organization.name}: cleared the audit finding of ${formatDay(finding.foundOn)} (${countOf(result.open, "finding")} still open)`,
    before: { clearedAt: null },
    after: { cleared: true, evidence: input.evidence, stillOpen: result.open },
  }),
});
