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

interface Base {
  name: string;
  label: string;
  hint?: string;
  /** Shown as "(required to submit)" next to the label: a draft may still be saved without it. */
  neededToSubmit?: boolean;
}

export type FieldSpec =
  | (Base & { kind: "text" | "date" | "email"; value?: string | null; width?: "short" | "medium" })
  | (Base & { kind: "number"; value?: number | string | null; unit?: string; width?: "short" | "medium" })
  | (Base & { kind: "textarea"; value?: string | null; rows?: number })
  | (Base & { kind: "select"; value?: string | null; choices: Choice[]; placeholder?: string })
  | (Base & { kind: "radio"; value?: string | null; choices: Choice[] })
  | (Base & { kind: "checkboxes"; values?: readonly string[]; choices: Choice[] })
  | (Base & { kind: "checkbox"; checked?: boolean });

export interface FormSection {
  title?: string;
  description?: string;
  fields: FieldSpec[];
}

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
