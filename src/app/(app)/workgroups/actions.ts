"use server";

import {
  addMemberSchema,
  completeActivitySchema,
  createWorkgroupSchema,
  dissolveWorkgroupSchema,
  proposeActivitySchema,
  recordRecommendationSchema,
  removeMemberSchema,
} from "@/domain/workgroups/schemas";
import { defineAction } from "@/server/action";
import { createWorkgroup } from "@/server/workgroups/create";
import { dissolveWorkgroup } from "@/server/workgroups/dissolve";
import { addMember, removeMember } from "@/server/workgroups/members";
import { proposeActivity } from "@/server/workgroups/proposals";
import { completeActivity, recordRecommendation } from "@/server/workgroups/recommendation";

export const createWorkgroupAction = defineAction(createWorkgroupSchema, createWorkgroup);

export const addMemberAction = defineAction(addMemberSchema, addMember, {
  successMessage: (added) => `${added.name} now represents ${added.lcsaName} LCSA on this workgroup.`,
});

export const removeMemberAction = defineAction(removeMemberSchema, removeMember, {
  successMessage: (removed) => `${removed.name} is no longer a member.`,
});

export const recordRecommendationAction = defineAction(recordRecommendationSchema, recordRecommendation, {
  successMessage: (sent) => `The recommendation on “${sent.title}” is on its way to the ${sent.escName}.`,
});

export const proposeActivityAction = defineAction(proposeActivitySchema, proposeActivity, {
  successMessage: (proposed) => `The ${proposed.escName} now votes on the new activity.`,
});

export const completeActivityAction = defineAction(completeActivitySchema, completeActivity, {
  successMessage: (done) => `“${done.title}” is done.`,
});

export const dissolveWorkgroupAction = defineAction(dissolveWorkgroupSchema, dissolveWorkgroup, {
  successMessage: (dissolved) => `${dissolved.name} is dissolved.`,
});
