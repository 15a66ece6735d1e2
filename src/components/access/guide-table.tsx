import { guideRowName } from "@/domain/access/allocation";

export interface GuideTableRow {
  sortOrder: number;
  label: string;
  organization: string | null;
  preConversionUsers: number | null;
  reserved: number;
}

const number = (value: number) => value.toLocaleString("en-US");

/** Section 1.6's table, as a version of the guide has it, with its totals. */
export function GuideTable({ rows, totals, caption }: { rows: GuideTableRow[]; totals: { preConversionUsers: number; reserved: number }; caption: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-slate-600">
            <th scope="col" className="py-2 pr-4 font-medium">
              County
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              User organization
            </th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">
              Pre-conversion users
            </th>
            <th scope="col" className="py-2 text-right font-medium">
              Reserved for initial allocation
            </th>
          </tr>
        </thead>
        <tbody className="[&>tr]:border-b [&>tr]:border-slate-100">
          {rows.map((row) => (
            <tr key={row.sortOrder}>
              <th scope="row" className="py-1.5 pr-4 font-medium">
                {row.label}
              </th>
              <td className="py-1.5 pr-4">{row.organization ?? <span className="text-slate-600">Other third party users</span>}</td>
              <td className="py-1.5 pr-4 text-right tabular-nums">{row.preConversionUsers === null ? "—" : number(row.preConversionUsers)}</td>
              <td className="py-1.5 text-right tabular-nums" aria-label={`${guideRowName(row.label, row.organization)}: ${number(row.reserved)} reserved`}>
                {number(row.reserved)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-slate-300 font-semibold">
            <th scope="row" colSpan={2} className="py-2 pr-4">
              Total
            </th>
            <td className="py-2 pr-4 text-right tabular-nums">{number(totals.preConversionUsers)}</td>
            <td className="py-2 text-right tabular-nums">{number(totals.reserved)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
