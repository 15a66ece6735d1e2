"use client";

import { useEffect, useRef, type MouseEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { controlFor, errorSummaryItems, errorSummaryTitle } from "@/components/forms/error-summary";

/**
 * Shows an action's outcome and moves focus to it, so keyboard and screen reader users hear
 * it. A refusal that names fields is an error summary (the GOV.UK pattern): each problem is
 * listed, and each links to its field (href="#<the field's id>"), moving focus to it with its
 * label in view. The links are found from the form the summary sits in, so every form whose
 * fields carry ids (the Field component gives each one) links without being told how.
 */
export function FormMessage({ state }: { state: { ok: boolean; error?: string; message?: string; fieldErrors?: Record<string, string[]> } | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state) ref.current?.focus();
  }, [state]);
  if (!state) return null;
  const text = state.ok ? state.message : state.error;
  if (!text) return null;
  const items = state.ok ? [] : errorSummaryItems(state.fieldErrors);
  return (
    <div ref={ref} tabIndex={-1} className="outline-none">
      {items.length ? (
        <Alert tone="error" title={errorSummaryTitle(text, items)}>
          <ul ref={(list) => linkToFields(list)} className="list-disc space-y-1 pl-5">
            {items.map((item) => (
              <li key={`${item.name}:${item.message}`}>
                {/* The href is set once the form's fields are known (linkToFields); until then, and without a field, it is text. */}
                <a data-field={item.name} onClick={focusField} className="[&[href]]:font-medium [&[href]]:text-red-900 [&[href]]:underline">
                  {item.message}
                </a>
              </li>
            ))}
          </ul>
        </Alert>
      ) : (
        <Alert tone={state.ok ? "success" : "error"}>{text}</Alert>
      )}
    </div>
  );
}

/** Points each item at its field's id, in the form the summary belongs to. */
function linkToFields(list: HTMLUListElement | null) {
  if (!list) return;
  const form = list.closest("form") ?? list.closest("div:has(> form)")?.querySelector("form") ?? null;
  for (const link of list.querySelectorAll<HTMLAnchorElement>("a[data-field]")) {
    const control = controlFor(form, link.dataset.field!);
    if (control) link.setAttribute("href", `#${control.id}`);
    else link.removeAttribute("href");
  }
}

/** GOV.UK: focus the field, and scroll so that its label (or its group's legend) is in view above it. */
function focusField(event: MouseEvent<HTMLAnchorElement>) {
  const id = event.currentTarget.getAttribute("href")?.slice(1);
  const control = id ? document.getElementById(id) : null;
  if (!control) return;
  event.preventDefault();
  const label = document.querySelector(`label[for="${CSS.escape(control.id)}"]`) ?? control.closest("fieldset")?.querySelector("legend");
  (label ?? control).scrollIntoView({ block: "start" });
  control.focus({ preventScroll: true });
}

export function errorsFor(state: { ok: boolean; fieldErrors?: Record<string, string[]> } | null, field: string): string[] | undefined {
  return state && !state.ok ? state.fieldErrors?.[field] : undefined;
}
