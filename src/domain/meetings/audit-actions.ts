import { auditActions } from "@/lib/audit-names";

export const meetingAudit = auditActions("meetings", [
  "schedule",
  "edit",
  "start",
  "adjourn",
  "cancel",
  "add_agenda_item",
  "edit_agenda_item",
  "remove_agenda_item",
  "move_agenda_item",
  "route_to_policy_branch",
  "post_material",
  "record_attendance",
  "add_action_item",
  "update_action_item",
  "draft_minutes",
  "redraft_minutes",
  "edit_minutes",
  "publish_minutes",
]);
