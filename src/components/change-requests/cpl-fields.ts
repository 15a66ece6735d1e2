import type { FieldSpec } from "@/components/change-requests/spec-form";
import type { FieldName } from "@/components/change-requests/form-spec";
import type { raiseAlertSchema, raiseEscalationSchema } from "@/domain/change-requests/cpl-work-schemas";

/** A field named alike in both forms these serve: raising an alert, and raising an escalation. */
type CplField = FieldName<typeof raiseAlertSchema> & FieldName<typeof raiseEscalationSchema>;
const consortiumId = "consortiumId" satisfies CplField;
const changeRequest = "changeRequest" satisfies CplField;

/**
 * The consortium a CPL form is for: a choice only when the user leads more than one (an
 * administrator); otherwise the form carries it as a hidden field.
 */
export function consortiumChoice(mine: { id: string; code: string }[]): { fields: FieldSpec[]; hidden: Record<string, string> } {
  if (mine.length === 1) return { fields: [], hidden: { [consortiumId]: mine[0]!.id } };
  return {
    fields: [
      { kind: "select", name: consortiumId, label: "Consortium", options: mine.map((consortium) => ({ value: consortium.id, label: consortium.code })) },
    ],
    hidden: {},
  };
}

/** The change request an alert or an issue is about, by its number (the server finds it in the consortium). */
export function changeRequestField(moreHint?: string): FieldSpec {
  const hint = moreHint ? `Its number, e.g. CR-0042. ${moreHint}` : "Its number, e.g. CR-0042.";
  return { kind: "text", name: changeRequest, label: "Change request (optional)", hint, width: "max-w-48" };
}
