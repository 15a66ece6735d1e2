import type { JadWork } from "@/domain/change-requests/readiness";
import type { FieldName, FormSection } from "@/components/change-requests/form-spec";
import type { jadSchema } from "@/domain/change-requests/step-schemas";

/** Plan 3.1.4: the detail design, the revised scope, approach and estimates, and the recommendation. */
export function jadSections(j: JadWork | null): FormSection<FieldName<typeof jadSchema>>[] {
  return [
    {
      title: "Detail design",
      fields: [
        { kind: "textarea", name: "specification", label: "Detailed specification and solution design", value: j?.specification, rows: 8 },
        {
          kind: "textarea",
          name: "businessRules",
          label: "Business rules",
          value: j?.businessRules,
          rows: 5,
          hint: "So the change causes no program compliance or certification issue, and no inconsistency between the consortia important for certification.",
        },
      ],
    },
    {
      title: "Revised scope and approach",
      description: "The Executive Overview compares them with the impact analysis's scope and recommended solution; say so if they are unchanged.",
      fields: [
        { kind: "textarea", name: "revisedScope", label: "Revised scope", value: j?.revisedScope, rows: 3 },
        { kind: "textarea", name: "revisedApproach", label: "Revised approach", value: j?.revisedApproach, rows: 3 },
      ],
    },
    {
      title: "Revised estimates",
      description: "Based on the detailed solution, schedule and costs; the Executive Overview compares them with the impact analysis.",
      fields: [
        { kind: "number", name: "revisedEffortHours", label: "Revised effort", unit: "hours", value: j?.revisedEffortHours },
        { kind: "number", name: "revisedElapsedWeeks", label: "Revised elapsed time", unit: "weeks", value: j?.revisedElapsedWeeks },
        { kind: "number", name: "revisedCost", label: "Revised cost", unit: "dollars", value: j?.revisedCost, width: "medium" },
      ],
    },
    {
      fields: [
        {
          kind: "radio",
          name: "recommendation",
          label: "The JAD team recommends to",
          value: j?.recommendation,
          choices: [
            { value: "approve", label: "Approve", hint: "Build it." },
            { value: "withdraw", label: "Withdraw", hint: "Stop: it no longer meets the criteria." },
            { value: "defer", label: "Defer", hint: "Reconsider it at a later date." },
          ],
        },
      ],
    },
  ];
}
