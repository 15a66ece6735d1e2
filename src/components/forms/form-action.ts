import type { ActionResult } from "@/lib/action";

/**
 * Any server action made with defineAction, whatever it returns, for a form that shows only
 * its message and field errors. (A function type is contravariant in its parameter: `never`
 * lets every action's own previous-state type through.)
 */
export type FormAction = (state: never, data: FormData) => Promise<ActionResult<unknown>>;

/** The same action as useActionState runs it. */
export type FormReducer = (state: ActionResult<unknown> | null, data: FormData) => Promise<ActionResult<unknown>>;
