"use server";

import { editConversionSchema } from "@/domain/access/conversion-schemas";
import { formatDay } from "@/lib/format";
import { defineAction } from "@/server/action";
import { editConversion } from "@/server/access/conversions";

export const editConversionAction = defineAction(editConversionSchema, editConversion, {
  successMessage: (result) =>
    `${result.name} is saved: ${result.cseConversionOn ? `converts on ${formatDay(result.cseConversionOn)}` : "no conversion date"}${
      result.conversionWave === null ? "" : `, wave ${result.conversionWave}`
    }.`,
  // A save that lost the race shows the other person's values.
  refreshOnFailure: () => ["/admin/counties"],
});
