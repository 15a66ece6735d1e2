import { BENEFIT_LABELS, KIND_HINTS, KIND_LABELS, LEVEL_OF_EFFORT_LABELS } from "@/domain/change-requests/labels";
import { CR_KINDS } from "@/domain/change-requests/lifecycle";
import { BENEFITS, LEVELS_OF_EFFORT } from "@/domain/change-requests/readiness";
import type { FieldName, FormSection } from "@/components/change-requests/form-spec";
import type { createChangeRequestSchema, saveInitiationSchema } from "@/domain/change-requests/schemas";

export interface InitiationValues {
  title: string;
  scope: string;
  benefits: readonly string[];
  urgencyDrivers: string;
  otherConsortiumAlignment: string;
  ccsasAlignment: string;
  levelOfEffort: string | null;
  jadParticipants: string;
  assumptions: string;
  knownProblems: string;
  policy: boolean;
}

export const EMPTY_INITIATION: InitiationValues = {
  title: "",
  scope: "",
  benefits: [],
  urgencyDrivers: "",
  otherConsortiumAlignment: "",
  ccsasAlignment: "",
  levelOfEffort: null,
  jadParticipants: "",
  assumptions: "",
  knownProblems: "",
  policy: false,
};

/**
 * Governance plan 3.1.1: the initiation form "must, at a minimum, document" the first six
 * items; "Additional information, such as recommended JAD team participants, assumptions,
 * known software problems, etc. should be documented."
 */
export function initiationSections(values: InitiationValues): FormSection<FieldName<typeof saveInitiationSchema>>[] {
  return [
    {
      title: "The change",
      fields: [
        { kind: "text", name: "title", label: "Title", value: values.title, hint: "A short name people will recognise, e.g. “Nightly arrears notices”." },
        {
          kind: "textarea",
          name: "scope",
          label: "Short description of the scope",
          value: values.scope,
          neededToSubmit: true,
          hint: "What would change in the consortium's application, and for whom.",
        },
        {
          kind: "checkboxes",
          name: "benefits",
          label: "Expected benefit or outcome",
          values: values.benefits,
          neededToSubmit: true,
          hint: "Choose every one that applies.",
          choices: BENEFITS.map((benefit) => ({ value: benefit, label: BENEFIT_LABELS[benefit] })),
        },
        {
          kind: "textarea",
          name: "urgencyDrivers",
          label: "Urgency drivers",
          value: values.urgencyDrivers,
          neededToSubmit: true,
          hint: "Why not wait for CCSAS?",
        },
      ],
    },
    {
      title: "Alignment and effort",
      fields: [
        {
          kind: "textarea",
          name: "otherConsortiumAlignment",
          label: "Alignment with, and impact on, the other consortium",
          value: values.otherConsortiumAlignment,
          neededToSubmit: true,
          rows: 3,
        },
        {
          kind: "textarea",
          name: "ccsasAlignment",
          label: "Alignment with, and impact on, the CCSAS solution",
          value: values.ccsasAlignment,
          neededToSubmit: true,
          rows: 3,
        },
        {
          kind: "radio",
          name: "levelOfEffort",
          label: "First estimate of the level of effort",
          value: values.levelOfEffort,
          neededToSubmit: true,
          choices: LEVELS_OF_EFFORT.map((level) => ({ value: level, label: LEVEL_OF_EFFORT_LABELS[level] })),
        },
      ],
    },
    {
      title: "Additional information",
      description: "The more complete and accurate, the better informed the ESC will be.",
      fields: [
        { kind: "textarea", name: "jadParticipants", label: "Recommended JAD team participants", value: values.jadParticipants, rows: 2 },
        { kind: "textarea", name: "assumptions", label: "Assumptions", value: values.assumptions, rows: 3 },
        { kind: "textarea", name: "knownProblems", label: "Known software problems", value: values.knownProblems, rows: 3 },
      ],
    },
    {
      title: "Policy",
      fields: [
        {
          kind: "checkbox",
          name: "policy",
          label: "This is a policy question, not an automation one",
          checked: values.policy,
          hint: "Governance plan 2.1: the ESC addresses automation and technical issues only; policy discussions go to the Policy Branch for research and resolution. Submitted, it goes to the Policy Branch, not to an ESC vote.",
        },
      ],
    },
  ];
}

/** The new change request's kind and consortium, before the form itself. */
export function kindSection(
  consortia: { id: string; code: string; name: string }[],
  consortiumId: string | null,
): FormSection<FieldName<typeof createChangeRequestSchema>> {
  return {
    title: "Kind and consortium",
    fields: [
      {
        kind: "radio",
        name: "kind",
        label: "What kind of change is it?",
        value: "ENHANCEMENT",
        choices: CR_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind], hint: KIND_HINTS[kind] })),
      },
      {
        kind: "select",
        name: "consortiumId",
        label: "Consortium",
        value: consortiumId,
        hint: "The consortium whose application would change; its ESC decides.",
        choices: consortia.map((consortium) => ({ value: consortium.id, label: `${consortium.code}: ${consortium.name}` })),
      },
    ],
  };
}
