"use client";

import { useActionState } from "react";
import { useFlashingAction } from "@/components/forms/flash";
import type { FormAction } from "@/components/forms/form-action";
import { errorsFor, FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { ATTENDANCE_LABELS, ATTENDANCE_STATUSES } from "@/domain/meetings/attendance";
import type { AttendanceRow } from "@/components/meetings/attendance";
import { attendanceFormSchema } from "@/domain/meetings/schemas";
import type { ActionResult } from "@/lib/action";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(attendanceFormSchema);

/** The select of a member's row, for the error summary's links and the focus after a save. */
export const attendanceStatusId = (userId: string) => `attendance-status-${userId}`;

interface AttendanceFormProps {
  meetingId: string;
  rows: AttendanceRow[];
  action: FormAction;
  /** The element that takes the focus once the attendance is saved (the form may leave the page). */
  focusAfterSave?: string;
}

/**
 * The chair records everyone at once. Each row submits its member, a status and a designee's
 * email (empty unless represented). Nothing is chosen until the chair chooses: a member not
 * yet recorded reads "Not recorded", as everyone else sees them, and a save needs a choice for
 * every row. A refused save keeps what the chair chose and lists the rows to fix, each linked.
 */
export function AttendanceForm({ meetingId, rows, action, focusAfterSave }: AttendanceFormProps) {
  const flashing = useFlashingAction(action);
  const [state, formAction, pending] = useActionState<ActionResult<unknown> | null, FormData>(async (previous, data) => {
    const result = await flashing.action(previous, data);
    // The page re-renders with the saved attendance: the summary takes the focus, not the body.
    if (result.ok && focusAfterSave) setTimeout(() => document.getElementById(focusAfterSave)?.focus(), 0);
    return result;
  }, null);
  const values = state && !state.ok ? state.values : undefined;
  // Repeated fields come back joined by commas (neither statuses nor emails contain one).
  const statuses = values?.[field.status]?.split(",");
  const emails = values?.[field.designeeEmail]?.split(",");
  const rowErrors = rows.flatMap((row) => {
    const errors = [...(errorsFor(state, `status-${row.userId}`) ?? []), ...(errorsFor(state, `designee-${row.userId}`) ?? [])];
    return errors.length ? [{ row, errors }] : [];
  });
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormMessage state={flashing.flashes && state?.ok ? null : state} />
      {rowErrors.length ? (
        <ul className="list-disc space-y-1 pl-5 text-sm text-red-800" aria-label="Rows to fix">
          {rowErrors.map(({ row, errors }) => (
            <li key={row.userId}>
              <a href={`#${attendanceStatusId(row.userId)}`} className="font-medium text-red-800 underline">
                {row.name}
              </a>
              : {errors.join(" ")}
            </li>
          ))}
        </ul>
      ) : null}
      <input type="hidden" name={field.meetingId} value={meetingId} />
      <ul className="space-y-4">
        {rows.map((row, index) => {
          const statusErrors = errorsFor(state, `status-${row.userId}`) ?? [];
          const designeeErrors = errorsFor(state, `designee-${row.userId}`) ?? [];
          const statusErrorId = `attendance-status-error-${row.userId}`;
          const designeeErrorId = `attendance-designee-error-${row.userId}`;
          return (
            <li key={row.userId} className="space-y-2">
              <input type="hidden" name={field.memberId} value={row.userId} />
              <p className="text-sm font-medium">
                {row.name}
                <span className="block text-xs font-normal text-slate-600">{row.seat}</span>
              </p>
              <div className="grid gap-2">
                <Select
                  id={attendanceStatusId(row.userId)}
                  name={field.status}
                  aria-label={`Attendance of ${row.name}`}
                  defaultValue={statuses?.[index] ?? row.record?.status ?? ""}
                  aria-invalid={statusErrors.length ? true : undefined}
                  aria-describedby={statusErrors.length ? statusErrorId : undefined}
                >
                  <option value="">Not recorded</option>
                  {ATTENDANCE_STATUSES.map((status) => (
                    <option key={status} value={status}>
                      {ATTENDANCE_LABELS[status]}
                    </option>
                  ))}
                </Select>
                {statusErrors.length ? (
                  <p id={statusErrorId} className="text-sm font-medium text-red-700">
                    {statusErrors.join(" ")}
                  </p>
                ) : null}
                <Input
                  name={field.designeeEmail}
                  type="email"
                  aria-label={`Designee's email for ${row.name}`}
                  placeholder="Designee's email, if represented"
                  defaultValue={emails?.[index] ?? row.record?.designee?.email ?? ""}
                  aria-invalid={designeeErrors.length ? true : undefined}
                  aria-describedby={designeeErrors.length ? designeeErrorId : undefined}
                />
              </div>
              {designeeErrors.length ? (
                <p id={designeeErrorId} className="text-sm font-medium text-red-700">
                  {designeeErrors.join(" ")}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
      <p className="text-sm text-slate-600">A designee must have an account. They vote in the member&apos;s place on motions opened after you save.</p>
      <Button type="submit" variant="primary" disabled={pending}>
        {pending ? "Saving…" : "Save attendance"}
      </Button>
    </form>
  );
}
