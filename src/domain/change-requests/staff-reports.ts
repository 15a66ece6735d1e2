import { z } from "zod";
import type { Role } from "@/domain/identity/roles";

/**
 * The duties of Governance plan 5.1.2 and 5.1.3 that the ESC needs to see, as reports the
 * role holders file (the ESC's members are told of each):
 * - 5.1.2: the CTM "is responsible for identifying as early as possible in the CR process
 *   potential issues and risks associated with the proposed change as well as potential
 *   impacts to other CCSAS project subcomponents";
 * - 5.1.3: the M&O Contract Manager's "review and approval of contract deliverables", and
 *   "Report to DCSS Executive Management regularly on the status of critical SRs in development".
 */
export const STAFF_REPORT_KINDS = ["EARLY_RISK", "CONTRACT_DELIVERABLE", "CRITICAL_SR_STATUS"] as const;
export type StaffReportKind = (typeof STAFF_REPORT_KINDS)[number];

export const STAFF_REPORTS: Record<StaffReportKind, { label: string; filedBy: Role; plan: string }> = {
  EARLY_RISK: { label: "Early risk or impact", filedBy: "CONSORTIUM_TECHNICAL_MANAGER", plan: "5.1.2" },
  CONTRACT_DELIVERABLE: { label: "Contract deliverable reviewed", filedBy: "MO_CONTRACT_MANAGER", plan: "5.1.3" },
  CRITICAL_SR_STATUS: { label: "Status of critical SRs", filedBy: "MO_CONTRACT_MANAGER", plan: "5.1.3" },
};

export const staffReportSchema = z.object({
  consortiumId: z.string().uuid(),
  kind: z.enum(STAFF_REPORT_KINDS, { error: "Choose what the report is." }),
  title: z.string().trim().min(3, "Give the report a title of at least 3 characters.").max(200, "Use at most 200 characters."),
  body: z.string().trim().min(10, "Write at least 10 characters.").max(20_000, "Use at most 20,000 characters."),
});
export type StaffReportInput = z.output<typeof staffReportSchema>;
