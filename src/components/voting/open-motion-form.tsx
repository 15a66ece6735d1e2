"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { errorsFor, FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action";
import { HoursOpenField } from "@/components/voting/hours-open-field";

type Result = ActionResult<{ id: string }>;

/** The chair puts a question to the committee; the motion page opens once it exists. */
export function OpenMotionForm({ committeeId, action }: { committeeId: string; action: (state: Result | null, data: FormData) => Promise<Result> }) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(action, null);
  useEffect(() => {
    if (state?.ok) router.push(`/motions/${state.data.id}`);
  }, [state, router]);
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state && !state.ok ? state : null} />
      <input type="hidden" name="committeeId" value={committeeId} />
      <Field
        id="question"
        label="Question"
        hint="What the members vote on, e.g. “Approve CR 2026-014 for impact analysis?”"
        errors={errorsFor(state, "question")}
      >
        {(aria) => <Input {...aria} name="question" required defaultValue={values?.question} />}
      </Field>
      <HoursOpenField
        id="hoursOpen"
        hint="The motion closes by itself after this, or when you close it."
        errors={errorsFor(state, "hoursOpen")}
        kept={values?.hoursOpen}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Opening…" : "Open the motion"}
      </Button>
    </form>
  );
}
