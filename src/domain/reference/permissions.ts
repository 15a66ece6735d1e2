import { definePermissions, type ResourceScope } from "@/lib/permissions";
import { administrators, signedIn } from "@/domain/governance/committee-rules";

/** Counties, LCSAs, consortia and CCSAS components: everyone reads them, an administrator corrects them. */
export const referencePermissions = definePermissions("reference", {
  read: (principal, _resource?: ResourceScope) => signedIn(principal),
  edit: (principal, _resource?: ResourceScope) => administrators(principal),
});
