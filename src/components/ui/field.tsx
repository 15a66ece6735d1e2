import type { ComponentProps, ReactNode } from "react";

/** A labelled form control with its hint and error, wired for screen readers. */
interface FieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
  children: (aria: { id: string; "aria-describedby"?: string; "aria-invalid"?: boolean }) => ReactNode;
}

export function Field({ id, label, hint, errors, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {children({ id, "aria-describedby": describedBy, "aria-invalid": errorId ? true : undefined })}
      {errorId ? (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {errors!.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

const BOX =
  "block rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm aria-invalid:border-red-700 focus-visible:border-brand-600";
const CONTROL = `${BOX} w-full`;

export function Input(props: ComponentProps<"input">) {
  return <input {...props} className={`${CONTROL} ${props.className ?? ""}`} />;
}

/**
 * A choice. `fit` sizes it to its longest option (never wider than its container), so a
 * long name such as a consortium's is never cut off; otherwise it fills its container.
 */
export function Select({ fit = false, ...props }: ComponentProps<"select"> & { fit?: boolean }) {
  return <select {...props} className={`${fit ? `${BOX} w-auto max-w-full` : CONTROL} ${props.className ?? ""}`} />;
}

export function Textarea(props: ComponentProps<"textarea">) {
  return <textarea rows={4} {...props} className={`${CONTROL} ${props.className ?? ""}`} />;
}
