import Link from "next/link";
import type { FormAction } from "@/components/forms/form-action";
import { ConfirmAction } from "@/components/forms/confirm-action";
import { Alert } from "@/components/ui/alert";
import { Badge, EmptyState } from "@/components/ui/card";
import type { MouRenewal, MouRenewalState } from "@/domain/access/accounts";
import { ACCESS_STATE_LABELS, applicationNumber } from "@/domain/access/lifecycle";
import { inviteRenewalSchema, renewalNoticeSchema } from "@/domain/access/organization-schemas";
import { fieldsOf } from "@/lib/form-fields";
import { countOf, formatDateTime, formatDay } from "@/lib/format";
import type { OrganizationOverview } from "@/server/access/organization-queries";

const noticeField = fieldsOf(renewalNoticeSchema);
const inviteField = fieldsOf(inviteRenewalSchema);

const BADGES: Record<MouRenewalState, { label: string; tone: "neutral" | "amber" | "red" | "green" }> = {
  "not-yet": { label: "Not due yet", tone: "neutral" },
  "notice-due": { label: "Renewal notice due", tone: "amber" },
  blocked: { label: "Not renewed while findings are open", tone: "red" },
  "good-standing": { label: "In good standing for renewal", tone: "green" },
  expired: { label: "Term ended", tone: "neutral" },
};

interface RenewalPanelProps {
  organizationId: string;
  mou: OrganizationOverview["mou"];
  renewal: MouRenewal | null;
  openFindings: number;
  /** When the Process Owner said it will not be renewed, and whether a contact was told in the app. */
  lastBlockedNotice: { at: Date; toldInApp: boolean } | null;
  /** The Contract Manager's notice (10.1); null for everyone else. */
  notice: FormAction | null;
  /** The Process Owner's invitation to renew (10.2); null for everyone else. */
  invite: FormAction | null;
}

/** Section 10: the MOU's renewal, six months before its term ends, blocked while audit findings are open. */
export function RenewalPanel({ organizationId, mou, renewal, openFindings, lastBlockedNotice, notice, invite }: RenewalPanelProps) {
  if (!mou || !renewal) {
    return (
      <EmptyState title="Nothing to renew yet.">An MOU with a recorded term is renewed six months before it ends (Third Party Access Process 10.1).</EmptyState>
    );
  }
  const badge = BADGES[renewal.status];
  const renewing = mou.renewal;
  const noticeOpen = notice && !mou.renewalNoticeAt && renewal.status !== "expired";
  const inviteOpen = invite && mou.renewalNoticeAt && !renewing && (renewal.status === "blocked" || renewal.status === "good-standing");
  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <Badge tone={badge.tone}>{badge.label}</Badge>
        <p>{renewal.reason}</p>
        <p className="text-sm text-slate-600">
          The Contract Manager&apos;s notice is due on {formatDay(renewal.noticeOn)}, six months before the term ends.
          {mou.renewalNoticeAt ? ` It was recorded on ${formatDateTime(mou.renewalNoticeAt)}.` : ""}
        </p>
      </div>
      {renewal.status === "blocked" ? (
        <Alert tone="warning" title="The MOU will not be renewed until all audit findings are cleared (Third Party Access Process 10.1).">
          {countOf(openFindings, "audit finding")} {openFindings === 1 ? "is" : "are"} open: see{" "}
          <Link href={`/access/organizations/${organizationId}#findings`}>the findings</Link>.
          {!lastBlockedNotice
            ? " The Requestor has not been told yet."
            : lastBlockedNotice.toldInApp
              ? ` The Requestor was told on ${formatDateTime(lastBlockedNotice.at)}.`
              : ` The Requestor was told on ${formatDateTime(lastBlockedNotice.at)}; no contact of the organization has an account in the app, so send the notice by letter.`}
        </Alert>
      ) : null}
      {renewing ? (
        <p>
          <Link href={`/access/applications/${renewing.id}`}>{applicationNumber(renewing.number)}</Link> renews this MOU: {ACCESS_STATE_LABELS[renewing.state]}.
        </p>
      ) : null}
      {noticeOpen ? (
        <ConfirmAction
          action={notice}
          fields={{ [noticeField.organizationId]: organizationId }}
          variant="primary"
          label="Record the renewal notice"
          title="Notify the Process Manager that the MOU is due for renewal?"
          body={`The term ends on ${mou.termEndsOn ? formatDay(mou.termEndsOn) : "its last day"}. The Process Manager and the Process Owner are told, with whether any audit findings are open (Third Party Access Process 10.1).`}
          confirmLabel="Send the notice"
        />
      ) : null}
      {inviteOpen && renewal.status === "good-standing" ? (
        <ConfirmAction
          action={invite}
          fields={{ [inviteField.organizationId]: organizationId }}
          variant="primary"
          label="Invite to renew"
          title="Invite the organization to renew its MOU?"
          body="A renewal application is created with the LCSA Director's identification copied; the Process Manager then sends the invitation to renew, using the same steps as a first application (Third Party Access Process 10.2)."
          confirmLabel="Create the renewal"
        />
      ) : null}
      {inviteOpen && renewal.status === "blocked" ? (
        <ConfirmAction
          action={invite}
          fields={{ [inviteField.organizationId]: organizationId }}
          label="Tell the Requestor it will not be renewed yet"
          title="Tell the Requestor the MOU will not be renewed until all audit findings are cleared?"
          body="No renewal is created. The Requestor's contacts are notified why (Third Party Access Process 10.1); you can invite the organization to renew once every finding is cleared."
          confirmLabel="Notify the Requestor"
        />
      ) : null}
    </div>
  );
}
