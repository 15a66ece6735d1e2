import type { FieldSpec } from "@/components/change-requests/spec-form";

/**
 * The consortium a CPL form is for: a choice only when the user leads more than one (an
 * administrator); otherwise the form carries it as a hidden field.
 */
export function consortiumChoice(mine: { id: string; code: string }[]): { fields: FieldSpec[]; hidden: Record<string, string> } {
  if (mine.length === 1) return { fields: [], hidden: { consortiumId: mine[0]!.id } };
  return { fields: [{ kind: "select", name: "consortiumId", label: "Consortium", options: mine.map((consortium) => ({ value: consortium.id, label: consortium.code })) }], hidden: {} };
}
