import { z } from "zod";
import { optionalDayField } from "@/domain/calendar/date-fields";

/** The product's bound on a conversion wave's number (the document numbers none; the demo values use 1 to 4). */
export const MAX_CONVERSION_WAVE = 20;
const WAVE_MESSAGE = `Choose a wave from 1 to ${MAX_CONVERSION_WAVE}, or none.`;

/**
 * Third Party Access Process 3: a county's CSE conversion date and wave, which the invitation
 * waits on ("a minimum of two months after conversion"). Either may be left blank (not yet
 * scheduled). The version the administrator saw travels with the form: a save over someone
 * else's newer one is refused.
 */
export const editConversionSchema = z.object({
  countyId: z.string().uuid(),
  version: z.coerce.number().int().positive(),
  cseConversionOn: optionalDayField("Enter the conversion date, or leave it blank if it is not scheduled."),
  conversionWave: z.preprocess(
    (value) => (value === "" || value === undefined ? null : value),
    z.coerce.number({ error: WAVE_MESSAGE }).int(WAVE_MESSAGE).min(1, WAVE_MESSAGE).max(MAX_CONVERSION_WAVE, WAVE_MESSAGE).nullable(),
  ),
});

export type EditConversionInput = z.infer<typeof editConversionSchema>;
