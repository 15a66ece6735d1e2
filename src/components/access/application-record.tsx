import type { ReactNode } from "react";
import { Badge } from "@/components/ui/card";
import { LEGAL_DELAYS, type LegalDelay } from "@/domain/access/clocks";
import { LEGAL_AUTHORITIES } from "@/domain/access/letters";
import { APPLICATION_FIELD_LABELS, type ApplicationFormField, type ApplicationFormValues } from "@/domain/access/schemas";
import { formatDateTime, formatDay } from "@/lib/format";
import type { ApplicationDetail } from "@/server/access/queries";

/** A label and its value, one row of a record; an empty value says so. */
export function Facts({ rows }: { rows: readonly (readonly [string, ReactNode])[] }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[minmax(10rem,16rem)_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-slate-600">{label}</dt>
          <dd className="whitespace-pre-line text-slate-900">{value === "" || value === null || value === undefined ? "—" : value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Process 6.2's five items, as the LCSA Director gave them. */
export function IdentificationRecord({ application }: { application: ApplicationDetail }) {
  return (
    <Facts
      rows={[
        [
          "Identified by",
          `${application.identifiedBy.name}${application.identifiedBy.title ? `, ${application.identifiedBy.title}` : ""}, ${formatDateTime(application.identifiedAt)}`,
        ],
        [
          "1. Person to invite",
          [application.inviteeName, application.inviteeTitle, application.inviteeAddress, application.inviteeEmail].filter(Boolean).join("\n"),
        ],
        ["2. LCSA Third Party Access Coordinator", [application.coordinatorName, application.coordinatorTitle, application.coordinatorContact].join("\n")],
        ["3. LCSA System Administrator", [application.sysadminName, application.sysadminTitle, application.sysadminContact].join("\n")],
        ["4. User accounts recommended", application.recommendedAccounts.toLocaleString("en-US")],
        ["5. Invitation letter to be sent on", formatDay(application.invitationOn)],
      ]}
    />
  );
}

const FIELDS = Object.keys(APPLICATION_FIELD_LABELS) as ApplicationFormField[];
const AUTHORITY_TEXT = new Map<string, string>(LEGAL_AUTHORITIES.map((authority) => [authority.key, authority.text]));

/** Appendix B as the Requestor completed it, every field under the appendix's own words. */
export function ApplicationRecord({ form }: { form: ApplicationFormValues }) {
  const shown = (field: ApplicationFormField): ReactNode => {
    const value = form[field];
    if (field === "authorities") return form.authorities.map((key) => AUTHORITY_TEXT.get(key) ?? key).join("\n");
    if (field === "signedOn") return form.signedOn ? formatDay(form.signedOn) : "";
    if (value === null) return "";
    return typeof value === "number" ? value.toLocaleString("en-US") : String(value);
  };
  return <Facts rows={FIELDS.map((field) => [APPLICATION_FIELD_LABELS[field], shown(field)] as const)} />;
}

type Review = NonNullable<ApplicationDetail["legal"]>;

/** One review of 6.5: asked when, answered when and by whom, favorable or not, and why. */
export function ReviewRecord({ review, what }: { review: Review | null; what: string }) {
  if (!review) return <p className="text-sm text-slate-700">The {what} has not been requested yet.</p>;
  if (!review.answeredAt) return <p className="text-sm text-slate-700">Requested on {formatDateTime(review.requestedAt)}; not answered yet.</p>;
  const delays = review.delays.flatMap((key) => (key in LEGAL_DELAYS ? [LEGAL_DELAYS[key as LegalDelay]] : []));
  return (
    <div className="space-y-2 text-sm">
      <p>
        {review.favorable ? <Badge tone="green">Favorable</Badge> : <Badge tone="red">Unfavorable</Badge>}{" "}
        <span className="text-slate-700">
          Answered {formatDateTime(review.answeredAt)}
          {review.answeredBy ? ` by ${review.answeredBy.name}` : ""} (requested {formatDateTime(review.requestedAt)}).
        </span>
      </p>
      {review.note ? <p className="whitespace-pre-line text-slate-900">{review.note}</p> : null}
      {delays.length ? <p className="text-slate-700">Delayed because: {delays.join("; ")}.</p> : null}
    </div>
  );
}
