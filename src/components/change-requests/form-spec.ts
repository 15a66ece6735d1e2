/**
 * A form described as data, so a server page can lay out any step's form and one client
 * component (step-form.tsx) renders it the same way everywhere: labels, hints, errors
 * wired for screen readers, the user's input kept after a refusal.
 */
export interface Choice {
  value: string;
  label: string;
  hint?: string;
  /** Checkboxes with the same group are shown together under it (e.g. a caseload category). */
  group?: string;
}

interface Base<Name extends string> {
  /** The input's name: a key of the schema the form's action parses (fieldsOf, or FieldName). */
  name: Name;
  label: string;
  hint?: string;
  /** Shown as "(required to submit)" next to the label: a draft may still be saved without it. */
  neededToSubmit?: boolean;
}

export type FieldSpec<Name extends string = string> =
  | (Base<Name> & { kind: "text" | "date" | "email"; value?: string | null; width?: "short" | "medium" })
  | (Base<Name> & { kind: "number"; value?: number | string | null; unit?: string; width?: "short" | "medium" })
  | (Base<Name> & { kind: "textarea"; value?: string | null; rows?: number })
  | (Base<Name> & { kind: "select"; value?: string | null; choices: Choice[]; placeholder?: string })
  | (Base<Name> & { kind: "radio"; value?: string | null; choices: Choice[] })
  | (Base<Name> & { kind: "checkboxes"; values?: readonly string[]; choices: Choice[] })
  | (Base<Name> & { kind: "checkbox"; checked?: boolean });

export interface FormSection<Name extends string = string> {
  title?: string;
  description?: string;
  fields: FieldSpec<Name>[];
}

/** The field names of a z.object schema, so a form described as data names only what its action reads. */
export type FieldName<Schema extends { shape: object }> = keyof Schema["shape"] & string;

export interface SubmitButton {
  label: string;
  pendingLabel: string;
  /** Sent as `intent` (e.g. "save" or "submit"). */
  intent?: string;
  variant?: "primary" | "secondary" | "danger";
}

/** "yes" / "no" / unset, for a radio pair. */
export const yesNoValue = (value: boolean | null | undefined): string | null => (value === true ? "yes" : value === false ? "no" : null);

export const YES_NO: Choice[] = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];
