"use client";

import { ConfirmAction } from "@/components/forms/confirm-action";
import type { FormAction } from "@/components/forms/form-action";
import { errorsFor } from "@/components/forms/form-message";
import { HoursOpenField } from "@/components/voting/hours-open-field";

interface VoteAgainButtonProps {
  action: FormAction;
  /** Hidden fields the action needs (ids). */
  fields: Record<string, string>;
  label: string;
  title: string;
  /** Why a new vote, and what the last one recorded. */
  body: string;
  /** The hours offered at first. */
  usualHours: number;
}

/**
 * Opens a new vote after one that decided nothing: a confirmed step (ConfirmAction) that also
 * asks the new vote's deadline (hours open, bounded by the schema on the server too). The
 * dialog sends `confirm=yes`, which voteAgainFields requires.
 */
export function VoteAgainButton({ action, fields, label, title, body, usualHours }: VoteAgainButtonProps) {
  return (
    <ConfirmAction
      action={action}
      fields={fields}
      label={label}
      title={title}
      body={body}
      confirmLabel="Open the new vote"
      variant="primary"
      extraFields={(refused) => (
        <HoursOpenField
          id="vote-again-hours"
          hint="The new vote closes by itself after this, unless the chair closes it first."
          errors={errorsFor(refused, "hoursOpen")}
          kept={refused?.values?.hoursOpen}
          usual={usualHours}
        />
      )}
    />
  );
}
