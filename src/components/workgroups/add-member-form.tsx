"use client";

import { errorsFor } from "@/components/forms/form-message";
import { Field, Select } from "@/components/ui/field";
import { ActionForm, type FormAction } from "@/components/workgroups/action-form";
import { addMemberSchema } from "@/domain/workgroups/schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(addMemberSchema);

export interface CandidateChoice {
  /** "userId:lcsaId" */
  value: string;
  name: string;
  lcsaName: string;
  category: number;
  role: string;
}

interface AddMemberFormProps {
  workgroupId: string;
  candidates: CandidateChoice[];
  action: FormAction<{ name: string; lcsaName: string }>;
}

/**
 * People who work for an LCSA of the consortium, grouped by caseload category. Everyone is
 * offered; the server checks the rules and says why a choice is refused.
 */
export function AddMemberForm({ workgroupId, candidates, action }: AddMemberFormProps) {
  const categories = [...new Set(candidates.map((candidate) => candidate.category))];
  return (
    <ActionForm action={action} fields={{ [field.workgroupId]: workgroupId }} submitLabel="Add member" pendingLabel="Adding…">
      {(state, values) => (
        <Field
          id="member"
          label="Person, and the LCSA they represent"
          hint="Anyone who holds a role at an LCSA of this consortium."
          errors={errorsFor(state, field.member)}
        >
          {(aria) => (
            <Select {...aria} name={field.member} required defaultValue={values?.[field.member] ?? ""}>
              <option value="">Choose a person…</option>
              {categories.map((category) => (
                <optgroup key={category} label={`Caseload category ${category}`}>
                  {candidates
                    .filter((candidate) => candidate.category === category)
                    .map((candidate) => (
                      <option key={candidate.value} value={candidate.value}>
                        {`${candidate.name} — ${candidate.lcsaName} (${candidate.role})`}
                      </option>
                    ))}
                </optgroup>
              ))}
            </Select>
          )}
        </Field>
      )}
    </ActionForm>
  );
}
