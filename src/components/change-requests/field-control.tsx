import { Field, Input, Select } from "@/components/ui/field";
import type { Choice, FieldSpec } from "@/components/change-requests/form-spec";

const TEXTAREA =
  "block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm aria-invalid:border-red-700 focus-visible:border-brand-600";
const WIDTHS = { short: "max-w-40", medium: "max-w-xs" } as const;

interface FieldControlProps {
  id: string;
  field: FieldSpec;
  /** The values the user posted, when the save was refused: shown instead of the stored ones. */
  kept?: Record<string, string>;
  errors?: string[];
}

/** One field of a StepForm. */
export function FieldControl({ id, field, kept, errors }: FieldControlProps) {
  const label = field.neededToSubmit ? `${field.label} (needed to submit)` : field.label;
  const keptValue = kept ? (kept[field.name] ?? "") : undefined;

  if (field.kind === "checkboxes" || field.kind === "radio") {
    const chosen = kept ? keptValue!.split(",").filter(Boolean) : field.kind === "checkboxes" ? [...(field.values ?? [])] : field.value ? [field.value] : [];
    return <ChoiceGroup id={id} field={field} label={label} chosen={chosen} errors={errors} />;
  }

  if (field.kind === "checkbox") {
    const checked = kept ? keptValue === "on" : Boolean(field.checked);
    return (
      <div className="space-y-1">
        <label className="flex items-start gap-2 text-sm text-slate-800">
          <input
            id={id}
            type="checkbox"
            name={field.name}
            defaultChecked={checked}
            className="mt-0.5 size-4"
            aria-describedby={errors?.length ? `${id}-error` : undefined}
          />
          <span>
            <span className="font-medium">{label}</span>
            {field.hint ? <span className="block text-slate-600">{field.hint}</span> : null}
          </span>
        </label>
        {errors?.length ? (
          <p id={`${id}-error`} className="text-sm font-medium text-red-700">
            {errors.join(" ")}
          </p>
        ) : null}
      </div>
    );
  }

  const stored = field.value === null || field.value === undefined ? "" : String(field.value);
  const value = keptValue ?? stored;
  return (
    <Field id={id} label={label} hint={field.hint} errors={errors}>
      {(aria) => {
        switch (field.kind) {
          case "textarea":
            return <textarea {...aria} name={field.name} defaultValue={value} rows={field.rows ?? 4} className={TEXTAREA} />;
          case "select":
            return (
              <Select {...aria} name={field.name} defaultValue={value} fit>
                <option value="">{field.placeholder ?? "Choose…"}</option>
                {field.choices.map((choice) => (
                  <option key={choice.value} value={choice.value}>
                    {choice.label}
                  </option>
                ))}
              </Select>
            );
          case "number":
            return (
              <span className="flex items-center gap-2">
                <Input {...aria} name={field.name} inputMode="decimal" defaultValue={value} className={WIDTHS[field.width ?? "short"]} />
                {field.unit ? <span className="text-sm text-slate-600">{field.unit}</span> : null}
              </span>
            );
          default:
            return <Input {...aria} name={field.name} type={field.kind} defaultValue={value} className={field.width ? WIDTHS[field.width] : ""} />;
        }
      }}
    </Field>
  );
}

function ChoiceGroup({
  id,
  field,
  label,
  chosen,
  errors,
}: {
  id: string;
  field: Extract<FieldSpec, { kind: "checkboxes" | "radio" }>;
  label: string;
  chosen: string[];
  errors?: string[];
}) {
  const type = field.kind === "radio" ? "radio" : "checkbox";
  const groups = new Map<string, Choice[]>();
  for (const choice of field.choices) groups.set(choice.group ?? "", [...(groups.get(choice.group ?? "") ?? []), choice]);
  const describedBy = [field.hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className="space-y-2" aria-describedby={describedBy} aria-invalid={errors?.length ? true : undefined}>
      <legend className="text-sm font-medium text-slate-800">{label}</legend>
      {field.hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {field.hint}
        </p>
      ) : null}
      {[...groups.entries()].map(([group, choices], groupIndex) => (
        <div key={group} className={group ? "rounded-md border border-slate-200 p-3" : ""}>
          {group ? <p className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-600">{group}</p> : null}
          <div className={field.kind === "radio" && !group ? "flex flex-wrap gap-x-6 gap-y-2" : "grid gap-2 sm:grid-cols-2"}>
            {choices.map((choice, index) => (
              <label key={choice.value} className="flex items-start gap-2 text-sm text-slate-800">
                {/* The first choice carries the group's id: the error summary links to it. */}
                <input
                  id={groupIndex === 0 && index === 0 ? id : undefined}
                  type={type}
                  name={field.name}
                  value={choice.value}
                  defaultChecked={chosen.includes(choice.value)}
                  className="mt-0.5 size-4 shrink-0"
                />
                <span>
                  {choice.label}
                  {choice.hint ? <span className="block text-xs text-slate-600">{choice.hint}</span> : null}
                </span>
              </label>
            ))}
          </div>
        </div>
      ))}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
