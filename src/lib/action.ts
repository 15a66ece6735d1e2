import "server-only";
import { randomUUID } from "node:crypto";
import { type z } from "zod";
import type { Command, PagePath } from "@/lib/command";
import type { CommandContext, CurrentUser } from "@/lib/context";
import { UserError } from "@/lib/errors";
import { acceptedRequestId } from "@/lib/session";

/** What a form action answers; the form shows the message, the field errors and the kept values. */
export type ActionResult<T = undefined> =
  { ok: true; data: T; message?: string } | { ok: false; error: string; fieldErrors?: Record<string, string[]>; values?: Record<string, string> };

/** A form's values: text fields as strings (several under one name as a list), files as File. */
export type FormValues = Record<string, string | string[] | File>;

export function formValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key);
    const file = all.find((value): value is File => typeof value !== "string");
    if (file) {
      // An empty file input posts a nameless, empty File: the field was left blank.
      if (file.size > 0 || file.name) values[key] = file;
      continue;
    }
    const texts = all as string[];
    values[key] = texts.length > 1 ? texts : (texts[0] ?? "");
  }
  return values;
}

/** What the form shows again after a refusal: the text the person typed (never passwords, never files). */
function echoOf(values: FormValues): Record<string, string> {
  return Object.fromEntries(Object.entries(values).flatMap(([key, value]) => (/password/i.test(key) || value instanceof File ? [] : [[key, String(value)]])));
}

/**
 * C0 control characters other than tab, line feed and carriage return (which a textarea
 * posts), and DEL: nobody types them, PostgreSQL refuses NUL in text (error 22021), and the
 * others hide in what is shown. Refused for every text field, before any schema or command.
 */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
export const CONTROL_CHARACTER_MESSAGE = "Remove the control characters (such as a NUL byte) from this field.";

function controlCharacterErrors(values: FormValues): Record<string, string[]> | null {
  const fieldErrors: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(values)) {
    const texts = value instanceof File ? [] : Array.isArray(value) ? value : [value];
    if (CONTROL_CHARACTERS.test(key) || texts.some((text) => CONTROL_CHARACTERS.test(text))) fieldErrors[key] = [CONTROL_CHARACTER_MESSAGE];
  }
  return Object.keys(fieldErrors).length ? fieldErrors : null;
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}

/** What an action runs: a command (which says which pages to refresh), or a function of the input. */
type Runner<Input, T> = Pick<Command<Input, T>, "execute"> | ((input: Input, ctx: CommandContext) => Promise<T>);

export interface ActionOptions<Input, T> {
  successMessage?: string | ((data: T) => string);
  /** Pages to refresh that the command does not know of; for a function runner, every page to refresh. */
  refresh?: (input: Input, data: T) => readonly PagePath[];
  /**
   * Pages to refresh even when the command is refused, so that a save that lost a race shows
   * the other person's version beside the kept input.
   */
  refreshOnFailure?: (input: Input) => readonly PagePath[];
}

/** What the action builder needs from the framework and the session; src/server/action.ts supplies them. */
export interface ActionDeps {
  requireUser: () => Promise<CurrentUser>;
  requestId: () => Promise<string | null>;
  /** Next's revalidatePath: the pages (or everything under a layout) to render afresh. */
  revalidate: (path: string, type?: "layout") => void;
}

/**
 * The one path every write takes (after Dub's layered action clients): require a signed-in
 * user (first, so a request without a session never reaches a parser) → refuse control
 * characters → parse the form with the action's zod schema → run the command, which checks
 * its permission, writes in one transaction and appends the audit event → refresh the pages
 * that show what changed → return a result the form can show. Errors meant for users keep
 * their message; anything else is logged with a reference and shown as a generic message,
 * never a stack trace. Files travel in the form like any field; the schema checks them.
 */
export function createActionBuilder(deps: ActionDeps) {
  const refresh = (paths: readonly PagePath[]) => {
    for (const path of new Set(paths.map((path) => (typeof path === "string" ? path : `layout:${path.layout}`)))) {
      if (path.startsWith("layout:")) deps.revalidate(path.slice("layout:".length), "layout");
      else deps.revalidate(path);
    }
  };
  return function defineAction<Schema extends z.ZodType, T>(
    schema: Schema,
    runner: Runner<z.infer<Schema>, T>,
    options: ActionOptions<z.infer<Schema>, T> = {},
  ) {
    // The previous state is not read: typed unknown so any form's useActionState can take the action.
    return async (_previous: unknown, formData: FormData): Promise<ActionResult<T>> => {
      const actor = await deps.requireUser();
      const raw = formValues(formData);
      const refused = controlCharacterErrors(raw);
      if (refused) return { ok: false, error: "Some fields need attention.", fieldErrors: refused, values: echoOf(raw) };
      let parsed: z.ZodSafeParseResult<z.infer<Schema>>;
      try {
        parsed = schema.safeParse(raw);
      } catch (error) {
        // A schema that throws is a defect: a reference, never a 500.
        return { ...failure(error), values: echoOf(raw) };
      }
      if (!parsed.success) {
        return { ok: false, error: "Some fields need attention.", fieldErrors: fieldErrorsOf(parsed.error), values: echoOf(raw) };
      }
      const input: z.infer<Schema> = parsed.data;
      // The proxy passes the client's x-request-id on; only a short safe token is kept.
      const ctx: CommandContext = { actor, requestId: acceptedRequestId(await deps.requestId()) };
      try {
        // A command is callable too: tell it by its execute.
        const { result, paths } = "execute" in runner ? await runner.execute(ctx, input) : { result: await runner(input, ctx), paths: [] };
        refresh([...paths, ...(options.refresh?.(input, result) ?? [])]);
        const message = typeof options.successMessage === "function" ? options.successMessage(result) : options.successMessage;
        return { ok: true, data: result, message };
      } catch (error) {
        if (options.refreshOnFailure) refresh(options.refreshOnFailure(input));
        return { ...failure(error), values: echoOf(raw) };
      }
    };
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
