import { ACCOUNT_STANDING_BADGES } from "@/components/access/account-labels";
import { AccountRenewForm } from "@/components/access/account-renew-form";
import type { FormAction } from "@/components/forms/form-action";
import { ConfirmAction } from "@/components/forms/confirm-action";
import { Badge, EmptyState } from "@/components/ui/card";
import { DataTable } from "@/components/ui/table";
import { accountSetupRefusal } from "@/domain/access/account-standing";
import { currentThrough, expiresOn } from "@/domain/access/accounts";
import type { Day } from "@/domain/calendar/day";
import { createAccessAccountSchema, suspendAccessAccountSchema } from "@/domain/access/organization-schemas";
import { fieldsOf } from "@/lib/form-fields";
import { formatDateTime, formatDay } from "@/lib/format";
import type { OrganizationOverview } from "@/server/access/organization-queries";

const createField = fieldsOf(createAccessAccountSchema);
const suspendField = fieldsOf(suspendAccessAccountSchema);

type Account = OrganizationOverview["accounts"][number];

/** What the LCSA System Administrator's buttons need: the MOU's facts, to say before the click whether a set-up would be refused. */
export interface AccountSetup {
  create: FormAction;
  suspend: FormAction;
  live: number;
  approvedAccounts: number;
  countersignedOn: Day | null;
  termStartsOn: Day | null;
  termEndsOn: Day | null;
  officeId: string | null;
}

interface AccountTableProps {
  accounts: Account[];
  today: Day;
  /** The LCSA System Administrator of this LCSA (7.3); null for everyone else. */
  setup: AccountSetup | null;
  /** The Requestor's form for renewed dates; null for everyone else. */
  renew: FormAction | null;
}

/** The organization's users, each with their yearly training and statement and where their CSE account stands. */
export function AccountTable({ accounts, today, setup, renew }: AccountTableProps) {
  if (accounts.length === 0) {
    return (
      <EmptyState title="No users are listed yet.">
        The Requestor&apos;s contact lists each user once they have completed security awareness training and signed the confidentiality statement.
      </EmptyState>
    );
  }
  const acts = setup !== null || renew !== null;
  return (
    <DataTable
      caption="Users and their CSE accounts"
      columns={["User", "Security awareness training", "Confidentiality statement", "Account", ...(acts ? ["What you can do"] : [])]}
    >
      {accounts.map((account) => (
        <tr key={account.id} className="align-top">
          <td className="py-3 pr-4">
            <p className="font-medium">{account.userName}</p>
            <p className="break-all text-slate-600">{account.userEmail}</p>
          </td>
          <td className="py-3 pr-4">
            <Yearly on={account.trainedOn} today={today} />
          </td>
          <td className="py-3 pr-4">
            <Yearly on={account.confidentialitySignedOn} today={today} />
          </td>
          <td className="py-3 pr-4">
            <Badge tone={ACCOUNT_STANDING_BADGES[account.standing.kind].tone}>{ACCOUNT_STANDING_BADGES[account.standing.kind].label}</Badge>
            {account.standing.reasons.map((reason) => (
              <p key={reason} className="mt-1 text-slate-700">
                {reason}
              </p>
            ))}
            {account.suspendedAt ? (
              <p className="mt-1 text-slate-600">Suspended {formatDateTime(account.suspendedAt)}</p>
            ) : account.createdAt ? (
              <p className="mt-1 text-slate-600">
                Set up {formatDateTime(account.createdAt)}
                {account.createdBy ? ` by ${account.createdBy}` : ""}
              </p>
            ) : null}
          </td>
          {acts ? (
            <td className="space-y-2 py-3">
              {setup ? <SetupActions account={account} setup={setup} today={today} /> : null}
              {renew ? (
                <AccountRenewForm
                  account={{
                    id: account.id,
                    userName: account.userName,
                    version: account.version,
                    trainedOn: account.trainedOn,
                    confidentialitySignedOn: account.confidentialitySignedOn,
                  }}
                  action={renew}
                  today={today}
                />
              ) : null}
            </td>
          ) : null}
        </tr>
      ))}
    </DataTable>
  );
}

/** A training or statement date, and until when it is good (criteria 5 and 6: "then annually"). */
function Yearly({ on, today }: { on: Day; today: Day }) {
  const expired = today >= expiresOn(on);
  return (
    <>
      <p>{formatDay(on)}</p>
      <p className={expired ? "font-medium text-red-800" : "text-slate-600"}>
        {expired ? `Expired ${formatDay(expiresOn(on))}` : `Current through ${formatDay(currentThrough(on))}`}
      </p>
    </>
  );
}

function SetupActions({ account, setup, today }: { account: Account; setup: AccountSetup; today: Day }) {
  const { kind } = account.standing;
  if (kind === "listed" || kind === "suspended") {
    const refusal = accountSetupRefusal({
      trainedOn: account.trainedOn,
      confidentialitySignedOn: account.confidentialitySignedOn,
      today,
      createdCount: setup.live,
      approvedAccounts: setup.approvedAccounts,
      mou: setup.countersignedOn || setup.termEndsOn ? { countersignedOn: setup.countersignedOn, termEndsOn: setup.termEndsOn } : null,
      termStartsOn: setup.termStartsOn,
      officeId: setup.officeId,
    });
    if (refusal) return <p className="max-w-xs text-slate-700">Not yet: {refusal}</p>;
    return (
      <ConfirmAction
        action={setup.create}
        fields={{ [createField.accountId]: account.id }}
        variant="primary"
        label={kind === "suspended" ? `Set up ${account.userName}'s account again` : `Mark ${account.userName}'s account set up`}
        title={`Set up ${account.userName}'s CSE account?`}
        body={`Confirm once the account is set up in CSE with the right security profile (CDL TM 080, Third Party Access Process 7.3). It counts as ${setup.live + 1} of the ${setup.approvedAccounts} approved.`}
        confirmLabel="Yes, it is set up"
      />
    );
  }
  return (
    <ConfirmAction
      action={setup.suspend}
      fields={{ [suspendField.accountId]: account.id }}
      label={`Confirm ${account.userName}'s suspension`}
      title={`Confirm that ${account.userName}'s CSE account is suspended?`}
      body="Suspend the account in CSE first, then confirm it here. The Requestor is told. The account can be set up again once the user's training and confidentiality statement are current."
      confirmLabel="Yes, it is suspended"
    />
  );
}
