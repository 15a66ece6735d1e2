import type { Metadata } from "next";
import { CaseloadCategoryForm } from "@/components/reference/caseload-category-form";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { DataTable } from "@/components/ui/table";
import { can } from "@/lib/permissions";
import { requirePermission } from "@/server/session";
import { referenceOverview } from "@/server/reference/queries";
import { setCaseloadCategoryAction } from "@/app/(app)/lcsas/actions";
import { referencePermissions } from "@/domain/reference/permissions";

export const metadata: Metadata = { title: "LCSAs and counties" };

export default async function LcsasPage() {
  const user = await requirePermission(referencePermissions.read);
  const { consortia, components } = await referenceOverview();
  const editable = can(user, referencePermissions.edit);

  return (
    <>
      <PageHeader
        title="LCSAs and counties"
        description="California's Local Child Support Agencies, the counties each serves, and the consortium it belongs to. Some LCSAs serve several counties."
      />
      <div className="mb-6">
        <Card title="About caseload size categories">
          <p className="text-sm text-slate-700">
            The CASES ESC seats one elected member from each of six caseload size categories (Governance plan 2.1). The source documents do not say which LCSA
            is in which category, so categories marked <Badge tone="amber">demo value</Badge> are placeholders
            {editable ? " until you set them here." : " until an administrator sets them."}
          </p>
        </Card>
      </div>
      <div className="space-y-6">
        {consortia.map((consortium) => (
          <Card
            key={consortium.id}
            title={`${consortium.code}: ${consortium.lcsas.length} LCSAs serving ${consortium.lcsas.reduce((sum, lcsa) => sum + lcsa.counties.length, 0)} counties`}
          >
            <DataTable caption={`LCSAs of the ${consortium.name}`} columns={["LCSA", "Counties served", "Caseload size category"]}>
              {consortium.lcsas.map((lcsa) => (
                <tr key={lcsa.id} className="align-top">
                  <th scope="row" className="py-2 pr-4 font-medium">
                    {lcsa.name}
                  </th>
                  <td className="py-2 pr-4">{lcsa.counties.map((county) => county.name).join(", ")}</td>
                  <td className="py-2">
                    <div className="flex flex-wrap items-start gap-2">
                      {editable ? <CaseloadCategoryForm lcsa={lcsa} action={setCaseloadCategoryAction} /> : <span>{lcsa.caseloadCategory}</span>}
                      {lcsa.caseloadCategoryIsDemo ? <Badge tone="amber">demo value</Badge> : null}
                    </div>
                  </td>
                </tr>
              ))}
            </DataTable>
          </Card>
        ))}
        <Card title="CCSAS components and their owners">
          <p className="mb-3 text-sm text-slate-700">Governance plan 3.1.3: a change that affects another component needs the CCSAS Change Control Board.</p>
          <DataTable caption="CCSAS components and the organization that owns each" columns={["Component", "Organization"]}>
            {components.map((component) => (
              <tr key={component.code}>
                <th scope="row" className="py-2 pr-4 font-medium">
                  {component.code}
                </th>
                <td className="py-2">{component.owner}</td>
              </tr>
            ))}
          </DataTable>
        </Card>
      </div>
    </>
  );
}
