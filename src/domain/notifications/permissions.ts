import { definePermissions, type ResourceScope } from "@/lib/permissions";
import { administrators, signedIn } from "@/domain/governance/committee-rules";

export const notificationPermissions = definePermissions("notifications", {
  /** The outgoing e-mail: held, queued, failed and sent (it carries every notice's text). */
  /** One's own inbox: every query and write is scoped to the reader's notices, so anyone signed in may. */
  readInbox: (principal, _resource?: ResourceScope) => signedIn(principal),
  readOutbox: (principal, _resource?: ResourceScope) => administrators(principal),
});
