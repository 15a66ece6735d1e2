"use client";

import { useRouter } from "next/navigation";
import { errorsFor } from "@/components/forms/form-message";
import { Field, Select } from "@/components/ui/field";
import { ActionForm, type FormAction } from "./action-form";
import { ActivityFields, LongTextField, TextField } from "./fields";

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
            <Field id="parentCommitteeId" label="Created by" hint="The ESC or TAB giving the assignment." errors={errorsFor(state, "parentCommitteeId")}>
              {(aria) => (
                <Select {...aria} name="parentCommitteeId" required defaultValue={values?.parentCommitteeId ?? parents[0]?.id}>
                  {parents.map((parent) => (
                    <option key={parent.id} value={parent.id}>
                      {parent.name}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <TextField name="name" label="Name" hint="E.g. “Bankruptcy legislation impacts”." state={state} values={values} />
          </div>
          <fieldset>
            <legend className="text-sm font-medium text-slate-800">Kind</legend>
            <div className="mt-2 flex flex-wrap gap-3">
              {[
                { value: "AD_HOC_WORKGROUP", label: "Ad hoc: for one assignment, then dissolved" },
                { value: "STANDING_WORKGROUP", label: "Standing: ongoing" },
              ].map((kind) => (
                <label key={kind.value} className="flex min-h-10 cursor-pointer items-center gap-2 rounded-md border border-slate-300 bg-white px-4 text-sm has-checked:border-brand-700 has-checked:bg-brand-50">
                  <input type="radio" name="kind" value={kind.value} defaultChecked={(values?.kind ?? "AD_HOC_WORKGROUP") === kind.value} />
                  {kind.label}
                </label>
              ))}
            </div>
          </fieldset>
          <LongTextField name="scope" label="Scope of work" hint="What the workgroup analyses and what it must bring back to the ESC." state={state} values={values} />
          <div className="grid gap-4 md:grid-cols-3">
            <LongTextField name="assumptions" label="Assumptions" hint="Write “None” if there are none." rows={3} state={state} values={values} />
            <LongTextField name="communication" label="Communication expectations" hint="How and how often it reports." rows={3} state={state} values={values} />
            <LongTextField name="schedule" label="Schedule for completion" hint="Milestones and meetings." rows={3} state={state} values={values} />
          </div>
          <fieldset className="space-y-4 rounded-md border border-slate-200 p-4">
            <legend className="px-1 text-sm font-medium text-slate-800">First activity</legend>
            <ActivityFields
              names={{ title: "activityTitle", deadline: "activityDeadline", description: "activityDescription" }}
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
