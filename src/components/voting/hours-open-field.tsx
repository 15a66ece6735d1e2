import { Field, Input } from "@/components/ui/field";
import { HOURS_OPEN } from "@/domain/voting/schemas";

interface HoursOpenFieldProps {
  id: string;
  /** What happens when the time is up, as this form's chair needs to know it. */
  hint: string;
  errors?: string[];
  /** What the chair typed, after a refusal. */
  kept?: string;
  /** The hours offered at first; a motion at a meeting usually needs only the meeting's. */
  usual?: number;
}

/** How many hours a new motion stays open before it closes by itself. */
export function HoursOpenField({ id, hint, errors, kept, usual = HOURS_OPEN.usual }: HoursOpenFieldProps) {
  return (
    <Field id={id} label="Hours open" hint={hint} errors={errors}>
      {(aria) => (
        <Input
          {...aria}
          name="hoursOpen"
          type="number"
          min={HOURS_OPEN.min}
          max={HOURS_OPEN.max}
          required
          defaultValue={kept ?? String(usual)}
          className="w-28"
        />
      )}
    </Field>
  );
}
