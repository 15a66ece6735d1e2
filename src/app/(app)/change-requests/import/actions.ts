"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { IMPORT_MAX_BYTES } from "@/domain/change-requests/import-row";
import { failure } from "@/lib/action";
import { requestId, requireUser } from "@/lib/session";
import { importCsv, previewCsv, type ImportState } from "@/server/change-requests/csv-import";

/**
 * The import form's one action, in two steps: "preview" reads the uploaded file and checks
 * every row; "import" sends the checked text back and imports it, checking everything again
 * on the server (the browser's copy is never trusted). Written by hand rather than with
 * defineAction because the first step carries a file.
 */
const intentSchema = z.enum(["preview", "import"]);

export async function importCsvAction(_previous: ImportState | null, formData: FormData): Promise<ImportState> {
  const user = await requireUser();
  const intent = intentSchema.safeParse(formData.get("intent"));
  if (!intent.success) return { stage: "error", error: "Choose a file and press “Check the file”." };
  try {
    const ctx = { actor: user, requestId: await requestId() };
    if (intent.data === "preview") {
      const file = formData.get("file");
      if (!(file instanceof File) || file.size === 0) return { stage: "error", error: "Choose a CSV file first." };
      if (file.size > IMPORT_MAX_BYTES) return { stage: "error", error: `The file is larger than ${Math.round(IMPORT_MAX_BYTES / 1000)} KB; split it into smaller files.` };
      const csv = await file.text();
      return { stage: "preview", preview: await previewCsv(ctx, csv), csv, fileName: file.name };
    }
    const csv = z.string().max(IMPORT_MAX_BYTES * 2).parse(formData.get("csv") ?? "");
    const named = formData.get("fileName");
    const fileName = typeof named === "string" && named ? named : "the file";
    const result = await importCsv(ctx, csv);
    if (result.imported === 0) {
      return { stage: "preview", preview: result.preview, csv, fileName, error: "Nothing was imported: the file no longer passes every check (see the rows below)." };
    }
    revalidatePath("/change-requests");
    return { stage: "imported", imported: result.imported };
  } catch (error) {
    const { error: message } = failure(error);
    return { stage: "error", error: message };
  }
}
