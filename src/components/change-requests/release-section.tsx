import { formatDay } from "@/lib/format";
import { EmptyState } from "@/components/ui/card";
import { componentLabel, IMPACT_COMPONENTS, OPERATIONS_AREA_LABELS, OPERATIONS_AREAS, type OperationsArea } from "@/domain/change-requests/readiness";
import type { FieldSpec } from "@/components/change-requests/form-spec";
import type { ChangeRequestDetail } from "@/server/change-requests/detail";
import type { CrActions } from "@/components/change-requests/actions";
import { DetailList, StepSection, SubSection } from "@/components/change-requests/detail-list";
import { Disclosure } from "@/components/change-requests/disclosure";
import { StepForm } from "@/components/change-requests/step-form";
import { knownDefectOnlySchema, knownDefectSchema, releaseSchema } from "@/domain/change-requests/step-schemas";
import { fieldsOf } from "@/lib/form-fields";

const releaseField = fieldsOf(releaseSchema);
const knownDefectField = fieldsOf(knownDefectSchema);
const removeKnownDefectField = fieldsOf(knownDefectOnlySchema);

const AREAS = OPERATIONS_AREAS.map((area) => ({ value: area, label: capitalize(OPERATIONS_AREA_LABELS[area]) }));
const SUBCOMPONENTS = IMPACT_COMPONENTS.map((component) => ({ value: component, label: capitalize(componentLabel(component)) }));
function capitalize(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Plan 3.1.6 and 3.1.5 item 5: release notes, each known defect shipped with its impact,
 * expected fix date and workaround, CCSAS Operations informed for each affected area, and
 * the release date. Plan 3.1.6: "CCSAS level changes require special coordination so each
 * subcomponent system is prepared to release modifications into production at the same
 * time": for such a change, the subcomponents that release it, which are ready, and the one
 * release date they share.
 */
export function ReleaseSection({ cr, actions }: { cr: ChangeRequestDetail; actions: CrActions }) {
  const t = cr.testing;
  const affected = (t?.operationsAffected ?? []) as OperationsArea[];
  const notified = (t?.operationsNotified ?? []) as OperationsArea[];
  const { ccsasLevel, subcomponents, ready } = cr.release;
  const names = (list: readonly string[]) => list.map((component) => componentLabel(component as (typeof IMPACT_COMPONENTS)[number])).join(", ");
  const coordination: FieldSpec[] = ccsasLevel
    ? [
        {
          kind: "checkboxes",
          name: releaseField.releaseSubcomponents,
          label: "CCSAS subcomponents releasing it together",
          values: subcomponents,
          choices: SUBCOMPONENTS,
          hint: "A CCSAS-level change: every subcomponent it affects releases it on the same date. Those its impact analysis package names are always included.",
        },
        {
          kind: "checkboxes",
          name: releaseField.subcomponentsReady,
          label: "Subcomponents ready to release on the shared date",
          values: ready,
          choices: SUBCOMPONENTS,
          hint: "Each one releasing it must be ready before it can close.",
        },
      ]
    : [];
  return (
    <StepSection id="release" title="Production release" status={t?.releasedOn ? `Released ${formatDay(t.releasedOn)}` : "Not released"}>
      {cr.may.editRelease ? (
        <StepForm
          action={actions.saveRelease}
          label="Release record"
          hidden={{ [releaseField.crId]: cr.id, [releaseField.version]: t?.version ?? 0 }}
          resetKey={t?.version ?? 0}
          fields={[
            { kind: "textarea", name: releaseField.releaseNotes, label: "Release notes", value: t?.releaseNotes, rows: 5 },
            {
              kind: "date",
              name: releaseField.releasedOn,
              label: ccsasLevel ? "Shared release date (every subcomponent)" : "Release date",
              value: t?.releasedOn,
              width: "medium",
            },
            ...coordination,
            {
              kind: "checkboxes",
              name: releaseField.operationsAffected,
              label: "CCSAS Operations areas this release affects",
              values: affected,
              choices: AREAS,
            },
            {
              kind: "checkboxes",
              name: releaseField.operationsNotified,
              label: "Areas CCSAS Operations has been informed of",
              values: notified,
              choices: AREAS,
              hint: "Every affected area must be informed before it can close.",
            },
          ]}
          buttons={[{ label: "Save the release record", pendingLabel: "Saving…" }]}
        />
      ) : (
        <DetailList
          items={[
            { label: "Release notes", value: t?.releaseNotes },
            { label: "Release date", value: t?.releasedOn ? formatDay(t.releasedOn) : "" },
            { label: "Operations areas affected", value: affected.map((area) => OPERATIONS_AREA_LABELS[area]).join(", ") || "None" },
            { label: "Operations informed of", value: notified.map((area) => OPERATIONS_AREA_LABELS[area]).join(", ") || "None" },
            ...(ccsasLevel
              ? [
                  { label: "Subcomponents releasing it together", value: names(subcomponents) || "None named yet" },
                  { label: "Ready for the shared date", value: names(ready) || "None yet" },
                ]
              : []),
          ]}
        />
      )}
      <SubSection title="Known defects shipped">
        {cr.knownDefects.length ? (
          <ul className="space-y-2 text-sm">
            {cr.knownDefects.map((defect) => (
              <li key={defect.id} className="rounded-md border border-slate-200 p-3">
                <p className="font-medium">{defect.description}</p>
                <p>Impact: {defect.impact}</p>
                <p>Fix expected: {formatDay(defect.expectedFixOn)}</p>
                <p>Workaround: {defect.workaround}</p>
                {cr.may.editRelease ? (
                  <div className="mt-2">
                    <StepForm
                      action={actions.removeKnownDefect}
                      hidden={{ [removeKnownDefectField.crId]: cr.id, [removeKnownDefectField.knownDefectId]: defect.id }}
                      buttons={[{ label: "Remove", pendingLabel: "Removing…", variant: "secondary" }]}
                      compact
                    />
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState title="No known defects" />
        )}
        {cr.may.editRelease ? (
          <Disclosure summary="Add a known defect">
            <StepForm
              action={actions.addKnownDefect}
              label="Add a known defect"
              hidden={{ [knownDefectField.crId]: cr.id }}
              fields={[
                { kind: "text", name: knownDefectField.description, label: "The defect" },
                { kind: "textarea", name: knownDefectField.impact, label: "Its impact on users", rows: 2 },
                { kind: "date", name: knownDefectField.expectedFixOn, label: "Expected fix date", width: "medium" },
                { kind: "textarea", name: knownDefectField.workaround, label: "Workaround until it is fixed", rows: 2 },
              ]}
              buttons={[{ label: "Add the known defect", pendingLabel: "Adding…", variant: "secondary" }]}
              compact
            />
          </Disclosure>
        ) : null}
      </SubSection>
    </StepSection>
  );
}
