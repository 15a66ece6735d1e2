import { z } from "zod";
import { dayField } from "@/domain/calendar/date-fields";
import { columnOfDay } from "@/domain/calendar/day";

/** The forms of the workgroups pages; the server actions parse with the same schemas. */

const text = (what: string, max = 4000) =>
  z
    .string({ error: `Write the ${what}.` })
    .trim()
    .min(3, `Write the ${what}.`)
    .max(max, `Keep the ${what} under ${max} characters.`);

/** A calendar day from <input type="date">, as the database's date columns hold it (midnight UTC). */
const day = (what: string) => dayField(`Choose the ${what}.`).transform((value) => columnOfDay(value));

const activityFields = {
  title: text("activity's title", 200),
  description: text("activity's description"),
  deadline: day("deadline"),
};

export const WORKGROUP_KINDS = ["AD_HOC_WORKGROUP", "STANDING_WORKGROUP"] as const;

/**
 * Governance plan 2.4: "Workgroup assignments will be made by the ESC or TAB, including
 * defining the scope of work, assumptions, communication expectations, and schedule for
 * completion." The first activity is the assignment itself, with its deadline.
 */
export const createWorkgroupSchema = z.object({
  parentCommitteeId: z.string({ error: "Choose the committee that creates it." }).uuid("Choose the committee that creates it."),
  name: text("workgroup's name", 120),
  kind: z.enum(WORKGROUP_KINDS, { error: "Choose ad hoc or standing." }).default("AD_HOC_WORKGROUP"),
  scope: text("scope of work"),
  assumptions: text("assumptions (or “None”)"),
  communication: text("communication expectations"),
  schedule: text("schedule for completion"),
  activityTitle: activityFields.title,
  activityDescription: activityFields.description,
  activityDeadline: activityFields.deadline,
});

/** The member picker's value is "userId:lcsaId": a person, and the LCSA they represent. */
export const addMemberSchema = z.object({
  workgroupId: z.string().uuid(),
  member: z
    .string({ error: "Choose a person." })
    .regex(/^[0-9a-f-]{36}:[0-9a-f-]{36}$/i, "Choose a person.")
    .transform((value) => {
      const [userId, lcsaId] = value.split(":") as [string, string];
      return { userId, lcsaId };
    }),
});

export const removeMemberSchema = z.object({ workgroupId: z.string().uuid(), userId: z.string().uuid() });

export const recordRecommendationSchema = z.object({
  activityId: z.string().uuid(),
  recommendation: text("consensus recommendation"),
});

export const proposeActivitySchema = z.object({ workgroupId: z.string().uuid(), ...activityFields });

export const completeActivitySchema = z.object({ activityId: z.string().uuid() });

export const dissolveWorkgroupSchema = z.object({ workgroupId: z.string().uuid(), confirm: z.literal("yes", { error: "Confirm the dissolution." }) });

export type CreateWorkgroupInput = z.infer<typeof createWorkgroupSchema>;
export type AddMemberInput = z.infer<typeof addMemberSchema>;
export type RemoveMemberInput = z.infer<typeof removeMemberSchema>;
export type RecordRecommendationInput = z.infer<typeof recordRecommendationSchema>;
export type ProposeActivityInput = z.infer<typeof proposeActivitySchema>;
