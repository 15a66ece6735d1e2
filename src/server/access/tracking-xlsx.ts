import "server-only";
import ExcelJS from "exceljs";

/**
 * The tracking spreadsheet as an Excel workbook (exceljs: maintained, no native code, writes
 * real .xlsx with styles, frozen panes and filters). One sheet, "Applications": the header in
 * bold, frozen, with a filter on every column, then the rows as trackingExportRows writes them
 * (the same text as the CSV: times in California with their zone, so Excel never shifts them).
 * A note under the table says when it was made and what it was filtered by.
 */
export async function trackingWorkbook(rows: readonly (readonly string[])[], { madeAt, filters }: { madeAt: string; filters: string }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "CCSAS Governance";
  const sheet = workbook.addWorksheet("Applications", { views: [{ state: "frozen", ySplit: 1 }] });
  const [header = [], ...data] = rows;
  sheet.addRow([...header]).font = { bold: true };
  for (const row of data) sheet.addRow([...row]);
  const columns = header.length;
  if (columns > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, data.length + 1), column: columns } };
  sheet.columns.forEach((column, index) => {
    const widest = Math.max(...rows.map((row) => (row[index] ?? "").length));
    column.width = Math.min(48, Math.max(10, widest + 2));
  });
  sheet.addRow([]);
  sheet.addRow([`Made ${madeAt}. ${filters}`]).font = { italic: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
