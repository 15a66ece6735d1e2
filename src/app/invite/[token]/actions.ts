"use server";

import { acceptInvitationSchema } from "@/domain/identity/schemas";
import { failure, fieldErrorsOf, formValues, type ActionResult } from "@/lib/action";
import { requestId } from "@/lib/session";
import { acceptInvitation } from "@/server/identity/commands";

/** Public by nature (the person has no password yet): the one-time token is the credential. */
export async function acceptInvitationAction(_previous: ActionResult<{ email: string }> | null, formData: FormData): Promise<ActionResult<{ email: string }>> {
  const parsed = acceptInvitationSchema.safeParse(formValues(formData));
  if (!parsed.success) return { ok: false, error: "Some fields need attention.", fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    return { ok: true, data: await acceptInvitation(parsed.data, await requestId()) };
  } catch (error) {
    return failure(error);
  }
}
