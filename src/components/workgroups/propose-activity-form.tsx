"use client";

import { useRouter } from "next/navigation";
import { ActionForm, type FormAction } from "./action-form";
import { ActivityFields } from "./fields";

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
        <ActivityFields
          names={{ title: "title", deadline: "deadline", description: "description" }}
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
