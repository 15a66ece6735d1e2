"use client";

import { useActionState } from "react";
import type { FormReducer } from "@/components/forms/form-action";
import { errorsFor, FormMessage } from "@/components/forms/form-message";
import { MAJORITY_RULE_LABELS, QUORUM_RULE_LABELS } from "@/components/governance/labels";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { votingRulesSchema } from "@/domain/governance/schemas";
import { MAJORITY_RULES, QUORUM_RULES, type MajorityRule, type QuorumRule } from "@/domain/voting/tally";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(votingRulesSchema);

/** An administrator chooses a committee's quorum and majority (the plan names neither). */
export function VotingRulesForm({
  committeeId,
  quorumRule,
  majorityRule,
  action,
}: {
  committeeId: string;
  quorumRule: QuorumRule;
  majorityRule: MajorityRule;
  action: FormReducer;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="mt-4 space-y-4 border-t border-slate-200 pt-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name={field.committeeId} value={committeeId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="quorumRule" label="A quorum is" errors={errorsFor(state, field.quorumRule)}>
          {(aria) => (
            <Select {...aria} name={field.quorumRule} defaultValue={quorumRule}>
              {QUORUM_RULES.map((rule) => (
                <option key={rule} value={rule}>
                  {QUORUM_RULE_LABELS[rule]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="majorityRule" label="A motion passes with" errors={errorsFor(state, field.majorityRule)}>
          {(aria) => (
            <Select {...aria} name={field.majorityRule} defaultValue={majorityRule}>
              {MAJORITY_RULES.map((rule) => (
                <option key={rule} value={rule}>
                  {MAJORITY_RULE_LABELS[rule]}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save the voting rules"}
      </Button>
    </form>
  );
}
