"use server";

import { revalidatePath } from "next/cache";
import { castBallotSchema, closeMotionSchema, nameDesigneeSchema, openMotionSchema } from "@/domain/voting/schemas";
import { defineAction } from "@/lib/action";
import { castBallot, closeMotion, nameDesignee, openMotion } from "@/server/voting/commands";

export const openMotionAction = defineAction(openMotionSchema, async (input, ctx) => {
  const motion = await openMotion(ctx, input);
  revalidatePath(`/committees/${input.committeeId}`);
  return { motionId: motion.id };
});

// No revalidatePath: an open motion's page refreshes itself every two seconds (LiveRefresh),
// so re-rendering the whole page into every vote's answer only doubled the work while a
// committee votes at once. The voter sees the answer's confirmation at once.
export const castBallotAction = defineAction(
  castBallotSchema,
  (input, ctx) => castBallot(ctx, input),
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

export const nameDesigneeAction = defineAction(
  nameDesigneeSchema,
  async (input, ctx) => {
    const designee = await nameDesignee(ctx, input);
    revalidatePath(`/motions/${input.motionId}`);
    return designee?.name ?? null;
  },
  { successMessage: (name) => (name ? `${name} will vote in your place on this motion.` : "Designation withdrawn: you vote yourself.") },
);
