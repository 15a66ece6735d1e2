import type { AuditActionName } from "@/lib/audit";

/**
 * A module's audit actions, named `<module>.<verb>` (the one scheme of src/lib/audit.ts):
 * `const meetingAudit = auditActions("meetings", ["schedule", "edit"])` gives
 * `meetingAudit.schedule === "meetings.schedule"`, typed, and the list for the audit log's filter.
 */
export function auditActions<const Module extends string, const Verb extends Lowercase<string>>(
  module: Module,
  verbs: readonly Verb[],
): { readonly [V in Verb]: `${Module}.${V}` & AuditActionName } {
  return Object.fromEntries(verbs.map((verb) => [verb, `${module}.${verb}`])) as never;
}
