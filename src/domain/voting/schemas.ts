import { z } from "zod";
import { ABSTAIN } from "@/domain/voting/tally";

/** The options a change request gate offers (Governance plan 3); the first is the affirmative. */
export const DEFAULT_OPTIONS = ["approve", "reject", "defer"] as const;

/** How long a motion may stay open: at least an hour, at most 30 days. */
export const HOURS_OPEN = { min: 1, max: 24 * 30, usual: 2 } as const;

/** Hours until a motion closes by itself, bounded: the deadline is always in the future, and near. */
const hoursOpen = z.coerce.number().int().min(HOURS_OPEN.min, "Keep it open at least an hour.").max(HOURS_OPEN.max, "At most 30 days.");

export const openMotionSchema = z.object({
  committeeId: z.string().uuid(),
  question: z.string().trim().min(5, "Write the question the committee votes on.").max(500),
  /** Hours until the motion closes by itself. */
  hoursOpen,
  /** Moved at this meeting (and agenda item); omitted for a vote between meetings. */
  meetingId: z.string().uuid().optional(),
  agendaItemId: z.string().uuid().optional(),
});

export const castBallotSchema = z
  .object({
    motionId: z.string().uuid(),
    choice: z.string().trim().optional(),
    recusalReason: z
      .string()
      .trim()
      .max(500)
      .optional()
      .transform((value) => value || undefined),
  })
  .refine((value) => Boolean(value.choice) !== Boolean(value.recusalReason), {
    message: "Choose an option, or recuse with a reason.",
    path: ["choice"],
  });

export const nameDesigneeSchema = z.object({
  motionId: z.string().uuid(),
  /** Empty withdraws the designation. */
  designeeEmail: z.union([z.literal(""), z.string().trim().toLowerCase().email("Enter the designee's email address.")]),
});

export const closeMotionSchema = z.object({ motionId: z.string().uuid() });

/**
 * Putting a question to the vote again after a vote that decided nothing: confirmed, and
 * with its own deadline (a module adds the id of what is voted on, e.g. the change request).
 */
export const voteAgainFields = {
  hoursOpen,
  confirm: z.literal("yes", { message: "Confirm that a new vote opens." }),
};

export function ballotOptions(options: readonly string[]): string[] {
  return [...options, ABSTAIN];
}

export type OpenMotionInput = z.infer<typeof openMotionSchema>;
export interface CastBallotInput {
  motionId: string;
  choice?: string;
  recusalReason?: string;
}
