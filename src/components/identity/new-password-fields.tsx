import { errorsFor } from "@/components/forms/form-message";
import { Field, Input } from "@/components/ui/field";
import { PASSWORD_MIN_LENGTH } from "@/domain/identity/schemas";
import type { ActionResult } from "@/lib/action";

/**
 * A new password and its confirmation, named `password` and `confirmPassword` as both
 * schemas that take one (accepting an invitation, changing one's own) name them.
 */
export function NewPasswordFields({ state, confirmLabel }: { state: ActionResult<unknown> | null; confirmLabel: string }) {
  return (
    <>
      <Field
        id="password"
        label="New password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. A short sentence is easy to remember.`}
        errors={errorsFor(state, "password")}
      >
        {(aria) => <Input {...aria} name="password" type="password" autoComplete="new-password" required minLength={PASSWORD_MIN_LENGTH} />}
      </Field>
      <Field id="confirmPassword" label={confirmLabel} errors={errorsFor(state, "confirmPassword")}>
        {(aria) => <Input {...aria} name="confirmPassword" type="password" autoComplete="new-password" required />}
      </Field>
    </>
  );
}
