"use server";

import { revalidatePath } from "next/cache";
import {
  addMemberSchema,
  completeActivitySchema,
  createWorkgroupSchema,
  dissolveWorkgroupSchema,
  proposeActivitySchema,
  recordRecommendationSchema,
  removeMemberSchema,
} from "@/domain/workgroups/schemas";
import { defineAction } from "@/lib/action";
import { createWorkgroup } from "@/server/workgroups/create";
import { dissolveWorkgroup } from "@/server/workgroups/dissolve";
import { addMember, removeMember } from "@/server/workgroups/members";
import { proposeActivity } from "@/server/workgroups/proposals";
import { completeActivity, recordRecommendation } from "@/server/workgroups/recommendation";

/** Every workgroup page shows members and activities: refresh them all after a change. */
function refresh<T>(data: T): T {
  revalidatePath("/workgroups", "layout");
  return data;
}

export const createWorkgroupAction = defineAction(createWorkgroupSchema, async (input, ctx) => refresh(await createWorkgroup(ctx, input)));

export const addMemberAction = defineAction(addMemberSchema, async (input, ctx) => refresh(await addMember(ctx, input)), {
  successMessage: (added) => `${added.name} now represents ${added.lcsaName} LCSA on this workgroup.`,
});

export const removeMemberAction = defineAction(removeMemberSchema, async (input, ctx) => refresh(await removeMember(ctx, input)), {
  successMessage: (removed) => `${removed.name} is no longer a member.`,
});

export const recordRecommendationAction = defineAction(recordRecommendationSchema, async (input, ctx) => refresh(await recordRecommendation(ctx, input)), {
  successMessage: (sent) => `The recommendation on “${sent.title}” is on its way to the ${sent.escName}.`,
});

export const proposeActivityAction = defineAction(proposeActivitySchema, async (input, ctx) => refresh(await proposeActivity(ctx, input)), {
  successMessage: (proposed) => `The ${proposed.escName} now votes on the new activity.`,
});

export const completeActivityAction = defineAction(completeActivitySchema, async (input, ctx) => refresh(await completeActivity(ctx, input)), {
  successMessage: (done) => `“${done.title}” is done.`,
});

export const dissolveWorkgroupAction = defineAction(dissolveWorkgroupSchema, async (input, ctx) => refresh(await dissolveWorkgroup(ctx, input)), {
  successMessage: (dissolved) => `${dissolved.name} is dissolved.`,
});
