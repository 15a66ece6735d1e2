import { errorsFor } from "@/components/forms/form-message";
import { Field, Input, Textarea } from "@/components/ui/field";

/** What a form's fields need from the last result: its field errors, and the values to keep. */
interface FormState {
  state: { ok: boolean; fieldErrors?: Record<string, string[]> } | null;
  values: Record<string, string> | undefined;
}

interface FieldProps extends FormState {
  name: string;
  label: string;
  hint?: string;
  /** Defaults to the name; set it where one page shows the form several times. */
  id?: string;
}

export function TextField({ name, label, hint, id = name, state, values, type = "text", min }: FieldProps & { type?: "text" | "date"; min?: string }) {
  return (
    <Field id={id} label={label} hint={hint} errors={errorsFor(state, name)}>
      {(aria) => <Input {...aria} name={name} type={type} min={min} required defaultValue={values?.[name]} />}
    </Field>
  );
}

export function LongTextField({ name, label, hint, id = name, state, values, rows }: FieldProps & { rows?: number }) {
  return (
    <Field id={id} label={label} hint={hint} errors={errorsFor(state, name)}>
      {(aria) => <Textarea {...aria} name={name} rows={rows} required defaultValue={values?.[name]} />}
    </Field>
  );
}

interface ActivityFieldsProps extends FormState {
  /** The form's field names for the activity's title, deadline and description. */
  names: { title: string; deadline: string; description: string };
  titleLabel: string;
  descriptionLabel: string;
  descriptionHint?: string;
  /** The earliest deadline allowed, as YYYY-MM-DD. */
  earliestDeadline: string;
}

/** An activity: what it is, when its recommendation is due, what to deliver. */
export function ActivityFields({ names, titleLabel, descriptionLabel, descriptionHint, earliestDeadline, ...form }: ActivityFieldsProps) {
  return (
    <>
      <div className="grid gap-4 md:grid-cols-[2fr_1fr]">
        <TextField name={names.title} label={titleLabel} {...form} />
        <TextField name={names.deadline} label="Deadline for the recommendation" type="date" min={earliestDeadline} {...form} />
      </div>
      <LongTextField name={names.description} label={descriptionLabel} hint={descriptionHint} rows={3} {...form} />
    </>
  );
}
