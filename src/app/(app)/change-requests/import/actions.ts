"use server";

import { importFormSchema } from "@/domain/change-requests/import-row";
import { defineAction } from "@/server/action";
import { importCsv, previewCsv, type ImportState } from "@/server/change-requests/csv-import";

/**
 * The import form's one action, in two steps (importFormSchema): "preview" reads the uploaded
 * file and checks every row; "import" imports the checked text, checking it all again.
 */
export const importCsvAction = defineAction(
  importFormSchema,
  async (input, ctx): Promise<ImportState> => {
    if (input.intent === "preview") {
      const file = input.file!;
      const csv = await file.text();
      return { stage: "preview", preview: await previewCsv(ctx, csv), csv, fileName: file.name };
    }
    const fileName = input.fileName || "the file";
    const result = await importCsv(ctx, input.csv);
    if (result.imported === 0) {
      return {
        stage: "preview",
        preview: result.preview,
        csv: input.csv,
        fileName,
        error: "Nothing was imported: the file no longer passes every check (see the rows below).",
      };
    }
    return { stage: "imported", imported: result.imported };
  },
  { refresh: (_input, state) => (state.stage === "imported" ? ["/change-requests"] : []) },
);
