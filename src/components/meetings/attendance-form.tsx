"use client";

import { useActionState } from "react";
import type { FormAction, FormReducer } from "@/components/forms/form-action";
import { errorsFor, FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { ATTENDANCE_LABELS, ATTENDANCE_STATUSES } from "@/domain/meetings/attendance";
import type { AttendanceRow } from "@/components/meetings/attendance";
import { attendanceFormSchema } from "@/domain/meetings/schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(attendanceFormSchema);

/**
 * The chair records everyone at once. Each row submits its member, a status and a designee's
 * email (empty unless represented); a refused save keeps what the chair chose.
 */
export function AttendanceForm({ meetingId, rows, action }: { meetingId: string; rows: AttendanceRow[]; action: FormAction }) {
  const [state, formAction, pending] = useActionState(action as FormReducer, null);
  const values = state && !state.ok ? state.values : undefined;
  // Repeated fields come back joined by commas (neither statuses nor emails contain one).
  const statuses = values?.[field.status]?.split(",");
  const emails = values?.[field.designeeEmail]?.split(",");
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name={field.meetingId} value={meetingId} />
      <ul className="space-y-4">
        {rows.map((row, index) => {
          const errors = [...(errorsFor(state, `status-${row.userId}`) ?? []), ...(errorsFor(state, `designee-${row.userId}`) ?? [])];
          const errorId = `attendance-error-${row.userId}`;
          return (
            <li key={row.userId} className="space-y-2">
              <input type="hidden" name={field.memberId} value={row.userId} />
              <p className="text-sm font-medium">
                {row.name}
                <span className="block text-xs font-normal text-slate-600">{row.seat}</span>
              </p>
              <div className="grid gap-2">
                <Select name={field.status} aria-label={`Attendance of ${row.name}`} defaultValue={statuses?.[index] ?? row.record?.status ?? "PRESENT"}>
                  {ATTENDANCE_STATUSES.map((status) => (
                    <option key={status} value={status}>
                      {ATTENDANCE_LABELS[status]}
                    </option>
                  ))}
                </Select>
                <Input
                  name={field.designeeEmail}
                  type="email"
                  aria-label={`Designee's email for ${row.name}`}
                  placeholder="Designee's email, if represented"
                  defaultValue={emails?.[index] ?? row.record?.designee?.email ?? ""}
                  aria-invalid={errors.length ? true : undefined}
                  aria-describedby={errors.length ? errorId : undefined}
                />
              </div>
              {errors.length ? (
                <p id={errorId} className="text-sm font-medium text-red-700">
                  {errors.join(" ")}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
      <p className="text-sm text-slate-600">A designee must have an account. They vote in the member&apos;s place on motions opened after you save.</p>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Saving…" : "Save attendance"}
      </Button>
    </form>
  );
}
