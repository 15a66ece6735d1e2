import "server-only";
import { randomUUID } from "node:crypto";
import { type z } from "zod";
import type { CommandContext } from "@/lib/context";
import { UserError } from "@/lib/errors";
import { requestId, requireUser } from "@/lib/session";

/**
 * The one path every write takes (after Dub's layered action clients): parse the form
 * with the action's zod schema → require a signed-in user → run the command, which checks
 * its permission, writes in one transaction and appends the audit event → return a result
 * the form can show. Errors meant for users keep their message; anything else is logged
 * with a reference and shown as a generic message, never a stack trace.
 */
export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; error: string; fieldErrors?: Record<string, string[]>; values?: Record<string, string> };

export function formValues(formData: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key).filter((value): value is string => typeof value === "string");
    values[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  return values;
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}

export function defineAction<Schema extends z.ZodType, T>(
  schema: Schema,
  run: (input: z.infer<Schema>, ctx: CommandContext) => Promise<T>,
  options: { successMessage?: string | ((data: T) => string) } = {},
) {
  return async (_previous: ActionResult<T> | null, formData: FormData): Promise<ActionResult<T>> => {
    const raw = formValues(formData);
    const echo = Object.fromEntries(Object.entries(raw).filter(([key]) => !/password/i.test(key)).map(([key, value]) => [key, String(value)]));
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      return { ok: false, error: "Some fields need attention.", fieldErrors: fieldErrorsOf(parsed.error), values: echo };
    }
    const actor = await requireUser();
    try {
      const data = await run(parsed.data, { actor, requestId: await requestId() });
      const message = typeof options.successMessage === "function" ? options.successMessage(data) : options.successMessage;
      return { ok: true, data, message };
    } catch (error) {
      return { ...failure(error), values: echo };
    }
  };
}

export function failure(error: unknown): { ok: false; error: string; fieldErrors?: Record<string, string[]> } {
  if (error instanceof UserError) {
    return { ok: false, error: error.message, fieldErrors: error.fieldErrors };
  }
  if (isRedirectOrNotFound(error)) throw error;
  const reference = randomUUID().slice(0, 8);
  console.error(`[error ${reference}]`, error);
  return { ok: false, error: `Something went wrong and nothing was saved. If it keeps happening, give this reference to support: ${reference}.` };
}

// Next.js signals redirect() and notFound() by throwing; they must pass through.
function isRedirectOrNotFound(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK"));
}
