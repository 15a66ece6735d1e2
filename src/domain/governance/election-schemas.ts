import { z } from "zod";
import { dateTimeField } from "@/domain/calendar/date-fields";

/** The election forms' schemas, shared by the browser (instant feedback) and the actions (the check that counts). */
const id = z.string().uuid();

/** A datetime-local field, read as California time (src/domain/calendar/date-fields.ts). */
const californiaTime = (label: string) => dateTimeField(`Enter when ${label}.`);

const blankIsMissing = (value: unknown) => (value === "" ? undefined : value);

export const openElectionSchema = z
  .object({
    committeeId: id,
    kind: z.enum(["REGULAR", "SPECIAL"], "Choose a regular or a special election."),
    /** REGULAR: the June of the election. */
    year: z.preprocess(blankIsMissing, z.coerce.number().int("Enter a year.").min(2000, "Enter a year.").max(2100, "Enter a year.").optional()),
    /** SPECIAL: the vacant seat. */
    seatId: z.preprocess(blankIsMissing, id.optional()),
    nominationsCloseAt: californiaTime("nominations close"),
    votingOpensAt: californiaTime("voting opens"),
    votingClosesAt: californiaTime("voting closes"),
  })
  .superRefine((value, context) => {
    if (value.kind === "REGULAR" && value.year === undefined)
      context.addIssue({ code: "custom", path: ["year"], message: "Enter the year of the June election." });
    if (value.kind === "SPECIAL" && !value.seatId) context.addIssue({ code: "custom", path: ["seatId"], message: "Choose the vacant seat." });
  });

export const nominateSchema = z.object({
  contestId: id,
  /** `candidateId:lcsaId`: a person stands as the representative of one LCSA. */
  candidate: z
    .string()
    .regex(/^[0-9a-f-]{36}:[0-9a-f-]{36}$/i, "Choose a candidate.")
    .transform((value) => {
      const [candidateId, lcsaId] = value.split(":") as [string, string];
      return { candidateId, lcsaId };
    }),
});

export const withdrawNominationSchema = z.object({ nominationId: id });

export const setElectorateSchema = z.object({
  contestId: id,
  electorate: z.enum(["CATEGORY", "CONSORTIUM"], "Choose who votes for this seat."),
});

export const castElectionVoteSchema = z.object({
  contestId: id,
  lcsaId: id,
  nominationId: z.string({ error: "Choose a candidate." }).uuid("Choose a candidate."),
});

export const electionIdSchema = z.object({ electionId: id });

export type OpenElectionInput = z.infer<typeof openElectionSchema>;
export type NominateInput = z.infer<typeof nominateSchema>;
export type CastElectionVoteInput = z.infer<typeof castElectionVoteSchema>;
export type SetElectorateInput = z.infer<typeof setElectorateSchema>;
