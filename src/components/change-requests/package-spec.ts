import { IMPACT_COMPONENTS, type ImpactComponent, type ImpactPackage } from "@/domain/change-requests/readiness";
import { YES_NO, yesNoValue, type FieldName, type FieldSpec, type FormSection } from "@/components/change-requests/form-spec";
import type { impactPackageSchema } from "@/domain/change-requests/step-schemas";

/** Plan 3.1.3's table: who owns each CCSAS component. */
export const COMPONENT_NAMES: Record<ImpactComponent, string> = {
  CSE: "CSE (Business Partner, for FTB)",
  SDU: "SDU (State Disbursement Unit: Service Provider, for DCSS)",
  IDB: "IDB (DCSS)",
  CSR: "CSR (DCSS)",
  WAN: "WAN (HHS State Data Center)",
  OTHER_CONSORTIUM: "The other consortium",
};

/** Plan 3.1.2: every item of the Impact Analysis Package. */
type PackageField = FieldName<typeof impactPackageSchema>;

export function packageSections(p: ImpactPackage | null): FormSection<PackageField>[] {
  return [
    {
      title: "Size, alternatives and solution",
      fields: [
        {
          kind: "textarea",
          name: "complexity",
          label: "Complexity and size",
          value: p?.complexity,
          hint: "E.g. number of programs, lines of code; whether it touches financial or accounting functions.",
        },
        { kind: "textarea", name: "alternatives", label: "Alternatives explored", value: p?.alternatives, rows: 3 },
        { kind: "textarea", name: "recommendedSolution", label: "Recommended solution", value: p?.recommendedSolution, rows: 3 },
      ],
    },
    {
      title: "Estimates and benefit",
      fields: [
        { kind: "number", name: "effortHours", label: "Estimated effort", unit: "hours", value: p?.effortHours },
        { kind: "number", name: "elapsedWeeks", label: "Estimated elapsed time", unit: "weeks", value: p?.elapsedWeeks },
        { kind: "number", name: "cost", label: "Estimated cost", unit: "dollars", value: p?.cost, width: "medium" },
        { kind: "textarea", name: "expectedBenefit", label: "Expected outcome or benefit", value: p?.expectedBenefit, rows: 3 },
        { kind: "text", name: "benefitDuration", label: "How long will it be in place before the consortium system is retired?", value: p?.benefitDuration },
      ],
    },
    {
      title: "Impact to CCSAS design and implementation",
      description:
        "Any impact on another CCSAS component, or any change to data elements or file structures, sends the change request to the CCSAS Change Control Board after the ESC's vote; otherwise it is listed for the monthly Subcomponent Review.",
      fields: [
        ...IMPACT_COMPONENTS.flatMap((component): FieldSpec<PackageField>[] => [
          {
            kind: "radio" as const,
            name: `impact.${component}`,
            label: `Does it affect ${COMPONENT_NAMES[component]}?`,
            value: yesNoValue(p?.impacts[component].impacted),
            choices: YES_NO,
          },
          {
            kind: "textarea" as const,
            name: `impactDescription.${component}`,
            label: `How it affects ${component === "OTHER_CONSORTIUM" ? "the other consortium" : component} (if it does)`,
            value: p?.impacts[component].description,
            rows: 2,
          },
        ]),
        {
          kind: "radio",
          name: "changesDataElements",
          label: "Does it change any data element or file structure?",
          value: yesNoValue(p?.changesDataElements),
          choices: YES_NO,
          hint: "Plan 3.1.3: what looks minor in one system may have significant impacts on another.",
        },
      ],
    },
    {
      title: "Certification, issues and risks",
      fields: [
        { kind: "textarea", name: "certificationImpact", label: "Impact to certification", value: p?.certificationImpact, rows: 3 },
        { kind: "textarea", name: "issuesAndRisks", label: "Identified issues and risks", value: p?.issuesAndRisks, rows: 3 },
      ],
    },
  ];
}
