"use client";

import { useRouter } from "next/navigation";
import { errorsFor } from "@/components/forms/form-message";
import { Field, Select } from "@/components/ui/field";
import { ActionForm, type FormAction } from "@/components/workgroups/action-form";
import { ActivityFields, LongTextField, TextField } from "@/components/workgroups/fields";
import { createWorkgroupSchema, WORKGROUP_KINDS } from "@/domain/workgroups/schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(createWorkgroupSchema);
const KIND_LABELS: Record<(typeof WORKGROUP_KINDS)[number], string> = {
  AD_HOC_WORKGROUP: "Ad hoc: for one assignment, then dissolved",
  STANDING_WORKGROUP: "Standing: ongoing",
};

interface CreateWorkgroupFormProps {
  /** The ESCs and TABs this user may create workgroups for. */
  parents: { id: string; name: string }[];
  /** The earliest deadline allowed, as YYYY-MM-DD (tomorrow in California). */
  earliestDeadline: string;
  action: FormAction<{ id: string; name: string }>;
}

/** Governance plan 2.4: scope of work, assumptions, communication expectations, schedule, and the first assignment. */
export function CreateWorkgroupForm({ parents, earliestDeadline, action }: CreateWorkgroupFormProps) {
  const router = useRouter();
  return (
    <ActionForm action={action} submitLabel="Create the workgroup" pendingLabel="Creating…" onSuccess={(created) => router.push(`/workgroups/${created.id}`)}>
      {(state, values) => (
        <>
          <div className="grid gap-4 md:grid-cols-2">
            <Field id="parentCommitteeId" label="Created by" hint="The ESC or TAB giving the assignment." errors={errorsFor(state, field.parentCommitteeId)}>
              {(aria) => (
                <Select {...aria} name={field.parentCommitteeId} required defaultValue={values?.[field.parentCommitteeId] ?? parents[0]?.id}>
                  {parents.map((parent) => (
                    <option key={parent.id} value={parent.id}>
                      {parent.name}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <TextField name={field.name} label="Name" hint="E.g. “Bankruptcy legislation impacts”." state={state} values={values} />
          </div>
          <fieldset>
            <legend className="text-sm font-medium text-slate-800">Kind</legend>
            <div className="mt-2 flex flex-wrap gap-3">
              {WORKGROUP_KINDS.map((value) => ({ value, label: KIND_LABELS[value] })).map((kind, index) => (
                <label
                  key={kind.value}
                  className="flex min-h-10 cursor-pointer items-center gap-2 rounded-md border border-slate-300 bg-white px-4 text-sm has-checked:border-brand-700 has-checked:bg-brand-50"
                >
                  <input
                    id={index === 0 ? "kind" : undefined}
                    type="radio"
                    name={field.kind}
                    value={kind.value}
                    defaultChecked={(values?.[field.kind] ?? "AD_HOC_WORKGROUP") === kind.value}
                  />
                  {kind.label}
                </label>
              ))}
            </div>
          </fieldset>
          <LongTextField
            name={field.scope}
            label="Scope of work"
            hint="What the workgroup analyses and what it must bring back to the ESC."
            state={state}
            values={values}
          />
          <div className="grid gap-4 md:grid-cols-3">
            <LongTextField name={field.assumptions} label="Assumptions" hint="Write “None” if there are none." rows={3} state={state} values={values} />
            <LongTextField
              name={field.communication}
              label="Communication expectations"
              hint="How and how often it reports."
              rows={3}
              state={state}
              values={values}
            />
            <LongTextField name={field.schedule} label="Schedule for completion" hint="Milestones and meetings." rows={3} state={state} values={values} />
          </div>
          <fieldset className="space-y-4 rounded-md border border-slate-200 p-4">
            <legend className="px-1 text-sm font-medium text-slate-800">First activity</legend>
            <ActivityFields
              names={{ title: field.activityTitle, deadline: field.activityDeadline, description: field.activityDescription }}
              titleLabel="Activity"
              descriptionLabel="What to deliver"
              descriptionHint="Without a consensus recommendation by the deadline, the issue goes back to the ESC by itself."
              earliestDeadline={earliestDeadline}
              state={state}
              values={values}
            />
          </fieldset>
        </>
      )}
    </ActionForm>
  );
}
