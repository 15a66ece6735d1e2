"use client";

import { useRouter } from "next/navigation";
import { errorsFor } from "@/components/forms/form-message";
import { Field, Input, Textarea } from "@/components/ui/field";
import { ActionForm, type FormAction } from "./action-form";

interface ProposeActivityFormProps {
  workgroupId: string;
  /** The earliest deadline allowed (the day after the ESC's vote closes), as YYYY-MM-DD. */
  earliestDeadline: string;
  action: FormAction<{ activityId: string; motionId: string; escName: string }>;
}

/** Governance plan 2.3: no new activities "without ESC prior approval": this opens the ESC's vote. */
export function ProposeActivityForm({ workgroupId, earliestDeadline, action }: ProposeActivityFormProps) {
  const router = useRouter();
  return (
    <ActionForm action={action} fields={{ workgroupId }} submitLabel="Ask the ESC to approve it" pendingLabel="Opening the vote…" onSuccess={(data) => router.push(`/motions/${data.motionId}`)}>
      {(state, values) => (
        <>
          <div className="grid gap-4 md:grid-cols-[2fr_1fr]">
            <Field id="title" label="New activity" errors={errorsFor(state, "title")}>
              {(aria) => <Input {...aria} name="title" required defaultValue={values?.title} />}
            </Field>
            <Field id="deadline" label="Deadline for the recommendation" errors={errorsFor(state, "deadline")}>
              {(aria) => <Input {...aria} name="deadline" type="date" min={earliestDeadline} required defaultValue={values?.deadline} />}
            </Field>
          </div>
          <Field id="description" label="What to deliver, and why" errors={errorsFor(state, "description")}>
            {(aria) => <Textarea {...aria} name="description" rows={3} required defaultValue={values?.description} />}
          </Field>
        </>
      )}
    </ActionForm>
  );
}
