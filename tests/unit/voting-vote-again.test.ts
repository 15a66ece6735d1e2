import { describe, expect, it } from "vitest";
import { z } from "zod";
import { voteAgainFields } from "@/domain/voting/schemas";

const schema = z.object({ crId: z.string().uuid(), ...voteAgainFields });
const crId = "6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b";
const problems = (input: Record<string, unknown>) => {
  const parsed = schema.safeParse(input);
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
};

describe("a new vote after one that decided nothing: confirmed, with a bounded deadline", () => {
  it("takes the hours the chair gives, as the form posts them", () => {
    expect(schema.parse({ crId, hoursOpen: "48", confirm: "yes" })).toEqual({ crId, hoursOpen: 48, confirm: "yes" });
  });

  it("refuses a vote that is not confirmed", () => {
    expect(problems({ crId, hoursOpen: "48" })).toEqual({ confirm: ["Confirm that a new vote opens."] });
  });

  it("refuses a deadline now or past, and one more than 30 days away", () => {
    expect(problems({ crId, hoursOpen: "0", confirm: "yes" })).toEqual({ hoursOpen: ["Keep it open at least an hour."] });
    expect(problems({ crId, hoursOpen: "-5", confirm: "yes" })).toEqual({ hoursOpen: ["Keep it open at least an hour."] });
    expect(problems({ crId, hoursOpen: String(24 * 30 + 1), confirm: "yes" })).toEqual({ hoursOpen: ["At most 30 days."] });
    expect(problems({ crId, hoursOpen: "1.5", confirm: "yes" }).hoursOpen).toHaveLength(1);
  });
});
