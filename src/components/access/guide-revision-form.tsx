"use client";

import type { GuideTableRow } from "@/components/access/guide-table";
import { errorsFor } from "@/components/forms/form-message";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { ActionForm, type FormAction } from "@/components/workgroups/action-form";
import { guideRowName } from "@/domain/access/allocation";
import { MAX_GUIDE_NOTE, reviseGuideSchema } from "@/domain/access/guide-schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(reviseGuideSchema);

interface GuideRevisionFormProps {
  version: { number: number; rows: GuideTableRow[] };
  /** The counties and LCSAs the guide lists, where a row may be added. */
  labels: string[];
  action: FormAction<{ number: number }>;
}

function resetForm() {
  (document.getElementById("note") as HTMLTextAreaElement | null)?.form?.reset();
}

/**
 * Section 9: the Process Owner publishes the guide's next version: new reserved numbers, a row
 * for an organization the guide does not name yet, and the note that says why. The base version
 * travels with the form, so publishing over someone else's newer version is refused.
 */
export function GuideRevisionForm({ version, labels, action }: GuideRevisionFormProps) {
  return (
    <ActionForm
      action={action}
      fields={{ [field.baseVersion]: String(version.number) }}
      submitLabel={`Publish version ${version.number + 1}`}
      pendingLabel="Publishing…"
      // Published: the fields go back to the new version's numbers (their defaults once the page has refreshed), the add-row fields to blank.
      onSuccess={resetForm}
    >
      {(state, values) => {
        // Kept values come back as one comma-joined text per repeated field.
        const kept = values?.[field.reserved]?.split(",");
        return (
          <>
            <fieldset>
              <legend className="text-sm font-medium text-slate-800">Reserved user accounts</legend>
              <p className="mt-1 text-sm text-slate-600">Change the numbers that change; the others stay as they are in version {version.number}.</p>
              {errorsFor(state, field.reserved) ? (
                <p id="reserved-error" className="mt-1 text-sm font-medium text-red-700">
                  {errorsFor(state, field.reserved)!.join(" ")}
                </p>
              ) : null}
              <div className="mt-2 max-h-[32rem] overflow-y-auto rounded-md border border-slate-200">
                <table className="w-full text-left text-sm">
                  <caption className="sr-only">Reserved user accounts for version {version.number + 1}</caption>
                  <thead className="sticky top-0 bg-white">
                    <tr className="border-b border-slate-200 text-slate-600">
                      <th scope="col" className="px-3 py-2 font-medium">
                        County and organization
                      </th>
                      <th scope="col" className="px-3 py-2 text-right font-medium">
                        Now
                      </th>
                      <th scope="col" className="px-3 py-2 font-medium">
                        New number
                      </th>
                    </tr>
                  </thead>
                  <tbody className="[&>tr]:border-b [&>tr]:border-slate-100">
                    {version.rows.map((row, index) => {
                      const id = index === 0 ? "reserved" : `reserved-${row.sortOrder}`;
                      const name = guideRowName(row.label, row.organization);
                      return (
                        <tr key={row.sortOrder}>
                          <th scope="row" className="px-3 py-1.5 font-medium">
                            <label htmlFor={id}>{name}</label>
                          </th>
                          <td className="px-3 py-1.5 text-right tabular-nums">{row.reserved}</td>
                          <td className="px-3 py-1.5">
                            <input type="hidden" name={field.row} value={row.sortOrder} />
                            <Input
                              id={id}
                              name={field.reserved}
                              type="number"
                              inputMode="numeric"
                              min={0}
                              step={1}
                              required
                              defaultValue={kept?.[index] ?? String(row.reserved)}
                              className="w-28"
                            />
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            </fieldset>
            <fieldset className="space-y-4 rounded-md border border-slate-200 p-4">
              <legend className="px-1 text-sm font-medium text-slate-800">Add a row (optional)</legend>
              <div className="grid gap-4 md:grid-cols-2">
                <Field id="addLabel" label="County or LCSA" errors={errorsFor(state, field.addLabel)}>
                  {(aria) => (
                    <Select {...aria} name={field.addLabel} defaultValue={values?.[field.addLabel] ?? ""}>
                      <option value="">No new row</option>
                      {labels.map((label) => (
                        <option key={label} value={label}>
                          {label}
                        </option>
                      ))}
                    </Select>
                  )}
                </Field>
                <Field
                  id="addOrganization"
                  label="User organization"
                  hint="As the guide names it (IV-A, DA…). Leave blank for the county's other third party users."
                  errors={errorsFor(state, field.addOrganization)}
                >
                  {(aria) => <Input {...aria} name={field.addOrganization} maxLength={120} defaultValue={values?.[field.addOrganization] ?? ""} />}
                </Field>
                <Field id="addPreConversionUsers" label="Pre-conversion users (optional)" errors={errorsFor(state, field.addPreConversionUsers)}>
                  {(aria) => (
                    <Input
                      {...aria}
                      name={field.addPreConversionUsers}
                      type="number"
                      inputMode="numeric"
                      min={0}
                      step={1}
                      defaultValue={values?.[field.addPreConversionUsers] ?? ""}
                      className="w-28"
                    />
                  )}
                </Field>
                <Field id="addReserved" label="Reserved user accounts" errors={errorsFor(state, field.addReserved)}>
                  {(aria) => (
                    <Input
                      {...aria}
                      name={field.addReserved}
                      type="number"
                      inputMode="numeric"
                      min={0}
                      step={1}
                      defaultValue={values?.[field.addReserved] ?? ""}
                      className="w-28"
                    />
                  )}
                </Field>
              </div>
            </fieldset>
            <Field
              id="note"
              label="Note"
              hint="Why the guide changes, for example what the section 9 survey found. It is published with the version."
              errors={errorsFor(state, field.note)}
            >
              {(aria) => <Textarea {...aria} name={field.note} required maxLength={MAX_GUIDE_NOTE} rows={3} defaultValue={values?.[field.note] ?? ""} />}
            </Field>
          </>
        );
      }}
    </ActionForm>
  );
}
