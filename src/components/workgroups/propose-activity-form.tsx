"use client";

import { useRouter } from "next/navigation";
import { ActionForm, type FormAction } from "@/components/workgroups/action-form";
import { ActivityFields } from "@/components/workgroups/fields";
import { proposeActivitySchema } from "@/domain/workgroups/schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(proposeActivitySchema);

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
    <ActionForm
      action={action}
      fields={{ [field.workgroupId]: workgroupId }}
      submitLabel="Ask the ESC to approve it"
      pendingLabel="Opening the vote…"
      onSuccess={(data) => router.push(`/motions/${data.motionId}`)}
    >
      {(state, values) => (
        <ActivityFields
          names={{ title: field.title, deadline: field.deadline, description: field.description }}
          titleLabel="New activity"
          descriptionLabel="What to deliver, and why"
          earliestDeadline={earliestDeadline}
          state={state}
          values={values}
        />
      )}
    </ActionForm>
  );
}
