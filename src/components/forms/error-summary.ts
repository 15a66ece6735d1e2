/**
 * The items of a refused form's error summary (the GOV.UK Design System's pattern): one per
 * message, in the order the fields were reported, each naming the field it is about so the
 * summary can link to it. A message given for several fields at once is listed once.
 */
export interface ErrorSummaryItem {
  /** The field's name in the form, or "form" for what concerns the form as a whole. */
  name: string;
  message: string;
}

export function errorSummaryItems(fieldErrors: Record<string, string[]> | undefined): ErrorSummaryItem[] {
  const seen = new Set<string>();
  const items: ErrorSummaryItem[] = [];
  for (const [name, messages] of Object.entries(fieldErrors ?? {})) {
    for (const message of messages) {
      if (seen.has(message)) continue;
      seen.add(message);
      items.push({ name, message });
    }
  }
  return items;
}

/**
 * The summary's heading: the refusal's own sentence, unless it only repeats its items. Then
 * its lead is said ("Complete the form first: the scope; the benefit." is headed "Complete
 * the form first."), or GOV.UK's "There is a problem" when it has none ("Choose the
 * consortium." for the consortium alone).
 */
export function errorSummaryTitle(error: string, items: readonly ErrorSummaryItem[]): string {
  const core = (message: string) => message.replace(/^.*: /, "").replace(/\.$/, "");
  const repeats = items.length > 0 && items.every((item) => error.includes(core(item.message)));
  if (!repeats) return error;
  const lead = /^([^:]+):/.exec(error)?.[1];
  return lead ? `${lead}.` : "There is a problem";
}

/**
 * The control a summary item links to: the form's field of that name that a person can
 * focus (the first of a group of radios or checkboxes), if it has an id to link to. Hidden
 * inputs (ids the form carries) have none: their messages are listed without a link.
 */
export function controlFor(form: HTMLFormElement | null, name: string): HTMLElement | null {
  const found = form?.elements.namedItem(name);
  if (!found) return null;
  const controls = found instanceof RadioNodeList ? Array.from(found) : [found];
  const control = controls.find((element): element is HTMLElement => (element as HTMLInputElement).type !== "hidden") ?? null;
  return control?.id ? control : null;
}
