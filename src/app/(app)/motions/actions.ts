"use server";

import { revalidatePath } from "next/cache";
import { castBallotSchema, closeMotionSchema, openMotionSchema } from "@/domain/voting/schemas";
import { defineAction } from "@/lib/action";
import { castBallot, closeMotion, openMotion } from "@/server/voting/commands";

export const openMotionAction = defineAction(openMotionSchema, async (input, ctx) => {
  const motion = await openMotion(ctx, input);
  revalidatePath(`/committees/${input.committeeId}`);
  return { motionId: motion.id };
});

export const castBallotAction = defineAction(
  castBallotSchema,
  async (input, ctx) => {
    const ballot = await castBallot(ctx, input);
    revalidatePath(`/motions/${input.motionId}`);
    return ballot;
  },
  { successMessage: (ballot) => (ballot.choice ? `Your vote is recorded: ${ballot.choice}. You can change it until the motion closes.` : "Your recusal is recorded.") },
);

export const closeMotionAction = defineAction(
  closeMotionSchema,
  async (input, ctx) => {
    const result = await closeMotion(ctx, input.motionId);
    revalidatePath(`/motions/${input.motionId}`);
    return result.explanation;
  },
  { successMessage: (explanation) => `Motion closed. ${explanation}` },
);
