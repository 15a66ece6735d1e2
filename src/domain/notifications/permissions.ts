import { definePermissions, type ResourceScope } from "@/lib/permissions";
import { administrators } from "@/domain/governance/committee-rules";

export const notificationPermissions = definePermissions("notifications", {
  /** The outgoing e-mail: held, queued, failed and sent (it carries every notice's text). */
  readOutbox: (principal, _resource?: ResourceScope) => administrators(principal),
});
