import type { Metadata } from "next";
import { CountyConversionForm } from "@/components/access/county-conversion-form";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { DataTable } from "@/components/ui/table";
import { accessPermissions } from "@/domain/access/permissions";
import { californiaDayOf } from "@/domain/calendar/day";
import { formatDay } from "@/lib/format";
import { countyConversions } from "@/server/access/conversions";
import { requirePermission } from "@/server/session";
import { editConversionAction } from "@/app/(app)/admin/counties/actions";

export const metadata: Metadata = { title: "Counties' CSE conversions" };

/** Third Party Access Process 3: each county's CSE conversion, which the invitations of its Requestors wait on. */
export default async function CountyConversionsPage() {
  await requirePermission(accessPermissions.editConversions);
  const counties = await countyConversions();
  const today = californiaDayOf(new Date());
  const demo = counties.filter((county) => county.conversionIsDemo).length;

  return (
    <>
      <PageHeader
        title="Counties' CSE conversions"
        description="When each county's LCSA converts to CSE, and in which wave. The Process Manager sends invitations to a county's Requestors only from two months after its conversion (Third Party Access Process 3)."
      />
      <div className="mb-6">
        <Card title="About these dates">
          <p className="text-sm text-slate-700">
            The process document gives no conversion dates. Dates marked <Badge tone="amber">demo value</Badge> are placeholders until you save them here
            {demo > 0 ? ` (${demo} of ${counties.length} counties still have one).` : "; every county's date has been saved."}
          </p>
        </Card>
      </div>
      <Card title={`${counties.length} counties`}>
        <DataTable caption="Counties' CSE conversion dates and waves" columns={["County", "LCSA", "Invitations from", "Conversion"]}>
          {counties.map((county) => (
            <tr key={county.id} className="align-top">
              <th scope="row" className="py-2 pr-4 font-medium">
                {county.name}
                <span className="block text-xs font-normal text-slate-600">{county.consortium}</span>
              </th>
              <td className="py-2 pr-4">{county.lcsa}</td>
              <td className="py-2 pr-4">
                {county.invitationsFrom ? (
                  <>
                    {formatDay(county.invitationsFrom)}
                    {county.invitationsFrom <= today ? null : <span className="block text-xs text-slate-600">Not yet</span>}
                  </>
                ) : (
                  <span className="text-slate-600">Not scheduled</span>
                )}
              </td>
              <td className="py-2">
                <div className="flex flex-wrap items-start gap-2">
                  <CountyConversionForm county={county} action={editConversionAction} />
                  {county.conversionIsDemo ? <Badge tone="amber">demo value</Badge> : null}
                </div>
              </td>
            </tr>
          ))}
        </DataTable>
      </Card>
    </>
  );
}
