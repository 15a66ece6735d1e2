import { auditActions } from "@/lib/audit-names";

/**
 * The change request module's audit actions, `changeRequests.<verb>`. The lifecycle's moves
 * are audited under their event's name (`changeRequests.submit`, `changeRequests.gate_decided`);
 * the CPL's work (alerts, status reports, escalations, the ranking, the CSV import) under its own.
 */
export const changeRequestAudit = auditActions("changeRequests", [
  // The lifecycle's moves (lifecycle.ts CrEvent types).
  "submit",
  "gate_decided",
  "submit_package",
  "flag_impact",
  "clear_subcomponent_review",
  "submit_jad",
  "start_uat",
  "release_without_uat",
  "pass_uat",
  "close",
  "withdraw",
  "reconsider",
  // One change request's records.
  "create",
  "save_draft",
  "flag_note",
  "set_reconsider_date",
  "back_briefed",
  "open_gate_vote",
  "gate_vote_waiting",
  "gate_result_ignored",
  "gate_undecided",
  "back_brief_listed",
  "subcomponent_review_listed",
  "route_to_policy_branch",
  "name_team",
  "save_package",
  "save_jad",
  "save_developers_testing",
  "save_summary_test_report",
  "save_release_record",
  "add_scenario",
  "start_uat_pass",
  "complete_uat_pass",
  "report_defect",
  "resolve_defect",
  "sign_off_defect",
  "add_known_defect",
  "remove_known_defect",
  "attach_file",
  "comment",
  // The CPL's work.
  "raise_alert",
  "resolve_alert",
  "file_status_report",
  "file_staff_report",
  "raise_escalation",
  "escalate",
  "resolve_escalation",
  "note_escalation",
  "rank",
  "rank_by_criteria",
  "import",
  "import_file",
]);

export type ChangeRequestAuditAction = (typeof changeRequestAudit)[keyof typeof changeRequestAudit];
