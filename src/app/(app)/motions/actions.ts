"use server";

import { castBallotSchema, closeMotionSchema, nameDesigneeSchema, openMotionSchema } from "@/domain/voting/schemas";
import { defineAction } from "@/server/action";
import { closeMotionAndDecide } from "@/server/decisions/close-motion";
import { castBallot } from "@/server/voting/cast-ballot";
import { nameDesignee } from "@/server/voting/designee";
import { openMotion } from "@/server/voting/open-motion";

export const openMotionAction = defineAction(openMotionSchema, openMotion, { successMessage: "The motion is open: members can vote now." });

/**
 * A ballot is one statement and names no page of its own; the motion's page is rendered
 * afresh in the action's answer, so the voter's roll call row and count change with the
 * confirmation (a refused ballot, e.g. after the close, shows the closed motion).
 */
export const castBallotAction = defineAction(castBallotSchema, castBallot, {
  successMessage: (ballot) =>
    ballot.choice ? `Your vote is recorded: ${ballot.choice}. You can change it until the motion closes.` : "Your recusal is recorded.",
  refresh: (input) => [`/motions/${input.motionId}`],
  refreshOnFailure: (input) => [`/motions/${input.motionId}`],
});

export const closeMotionAction = defineAction(closeMotionSchema, closeMotionAndDecide, { successMessage: (result) => `Motion closed. ${result.explanation}` });

export const nameDesigneeAction = defineAction(nameDesigneeSchema, nameDesignee, {
  successMessage: (designee) => (designee ? `${designee.name} will vote in your place on this motion.` : "Designation withdrawn: you vote yourself."),
});
