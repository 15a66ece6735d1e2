"use server";

import { castBallotSchema, closeMotionSchema, nameDesigneeSchema, openMotionSchema } from "@/domain/voting/schemas";
import { defineAction } from "@/server/action";
import { closeMotionAndDecide } from "@/server/decisions/close-motion";
import { castBallot } from "@/server/voting/cast-ballot";
import { nameDesignee } from "@/server/voting/designee";
import { openMotion } from "@/server/voting/open-motion";

export const openMotionAction = defineAction(openMotionSchema, openMotion, { successMessage: "The motion is open: members can vote now." });

/**
 * A ballot is one statement and renders no page in its answer: when a whole committee votes
 * at once, fifty renders of the motion's page would cost more than the fifty ballots. The
 * ballot form refreshes the page itself and shows the answer with the fresh roll call.
 */
export const castBallotAction = defineAction(castBallotSchema, castBallot, {
  successMessage: (ballot) =>
    ballot.choice ? `Your vote is recorded: ${ballot.choice}. You can change it until the motion closes.` : "Your recusal is recorded.",
});

export const closeMotionAction = defineAction(closeMotionSchema, closeMotionAndDecide, { successMessage: (result) => `Motion closed. ${result.explanation}` });

export const nameDesigneeAction = defineAction(nameDesigneeSchema, nameDesignee, {
  successMessage: (designee) => (designee ? `${designee.name} will vote in your place on this motion.` : "Designation withdrawn: you vote yourself."),
});
