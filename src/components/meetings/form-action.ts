import type { ActionResult } from "@/lib/action";

/**
 * Any server action made with defineAction, whatever data it returns: these forms show only
 * its message and field errors. (A function type is contravariant in its parameter, so the
 * previous-state parameter must accept every action's own state type.)
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type FormAction = (state: any, data: FormData) => Promise<ActionResult<unknown>>;
