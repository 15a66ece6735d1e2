import { definePermissions, type ResourceScope } from "@/lib/permissions";
import { signedIn } from "@/domain/governance/committee-rules";

export const homePermissions = definePermissions("home", {
  view: (principal, _resource?: ResourceScope) => signedIn(principal),
});
