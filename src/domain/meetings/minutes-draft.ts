import { ATTENDANCE_LABELS, type AttendanceStatus } from "@/domain/meetings/attendance";
import type { MeetingKind } from "@/domain/meetings/meeting-status";

/**
 * Governance plan 2.10: "Meeting minutes will document attendees, decisions made and action
 * items." The first draft is written from the meeting record; the chair then edits it. The
 * text uses a small outline (src/domain/meetings/minutes-text.ts): `#` the title, `##` a
 * section, `###` a decision, `- ` a list item.
 */
export interface MinutesRecord {
  committeeName: string;
  title: string;
  kind: MeetingKind;
  startsAt: Date;
  location: string | null;
  attendance: {
    name: string;
    seat: string;
    /** Null when nothing was recorded for the seat. */
    status: AttendanceStatus | null;
    designeeName: string | null;
  }[];
  agenda: {
    title: string;
    presenter: string | null;
    description: string | null;
    /** Why the item was routed to the Policy Branch (Governance plan 2.1); null when it was not. */
    policyNote: string | null;
  }[];
  decisions: {
    question: string;
    agendaItemTitle: string | null;
    /** The tally's own sentence ("Passed: 5 of 6 votes cast approve; quorum of 4 met."). */
    explanation: string;
    rollCall: { member: string; designee: string | null; vote: string | null; recusalReason: string | null }[];
  }[];
  /** Motions moved at the meeting that are still open (e.g. left for an e-mail vote). */
  openMotions: { question: string; deadline: Date }[];
  actionItems: { title: string; owner: string; dueOn: Date; status: "OPEN" | "DONE" | "CANCELLED" }[];
}

export const KIND_LABELS: Record<MeetingKind, string> = { REGULAR: "Regular meeting", EMERGENCY: "Emergency meeting", VIRTUAL: "Virtual meeting" };
const ACTION_STATUS: Record<MinutesRecord["actionItems"][number]["status"], string> = { OPEN: "Open", DONE: "Done", CANCELLED: "Cancelled" };

const WHEN = new Intl.DateTimeFormat("en-US", { dateStyle: "full", timeStyle: "short", timeZone: "America/Los_Angeles" });
const DAY = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export function draftMinutes(record: MinutesRecord): string {
  const lines: string[] = [
    `# ${record.committeeName}: minutes`,
    "",
    `${KIND_LABELS[record.kind]}: ${record.title}`,
    `Date: ${WHEN.format(record.startsAt)} (Pacific time)`,
    ...(record.location ? [`Location: ${record.location}`] : []),
    "",
    ...attendanceSection(record.attendance),
    "## Agenda",
    ...(record.agenda.length ? record.agenda.map((item, index) => `- ${index + 1}. ${item.title}${agendaNote(item)}`) : ["No agenda items were recorded."]),
    "",
    "## Decisions",
    ...(record.decisions.length ? record.decisions.flatMap(decisionLines) : ["No motions were decided at this meeting.", ""]),
    ...(record.openMotions.length
      ? ["Still open for voting:", ...record.openMotions.map((motion) => `- ${motion.question} (closes ${WHEN.format(motion.deadline)})`), ""]
      : []),
    ...policySection(record.agenda),
    "## Action items",
    ...(record.actionItems.length
      ? record.actionItems.map((item) => `- ${item.title}. Owner: ${item.owner}. Due: ${DAY.format(item.dueOn)}. Status: ${ACTION_STATUS[item.status]}.`)
      : ["No action items were recorded."]),
  ];
  return `${lines.join("\n").trimEnd()}\n`;
}

function agendaNote(item: MinutesRecord["agenda"][number]): string {
  const notes = [...(item.presenter ? [`presented by ${item.presenter}`] : []), ...(item.policyNote !== null ? ["routed to the Policy Branch"] : [])];
  return notes.length ? ` (${notes.join("; ")})` : "";
}

/**
 * Governance plan 2.1: the ESCs "address automation or technical issues only; policy
 * discussions are routed to the Policy Branch for research and resolution". The minutes say
 * which items went there instead of to a vote, and why.
 */
function policySection(agenda: MinutesRecord["agenda"]): string[] {
  const routed = agenda.filter((item) => item.policyNote !== null);
  if (!routed.length) return [];
  return [
    "## Routed to the Policy Branch",
    "Not put to a vote: policy questions go to the Policy Branch for research and resolution.",
    ...routed.map((item) => `- ${item.title}: ${item.policyNote}`),
    "",
  ];
}

function attendanceSection(attendance: MinutesRecord["attendance"]): string[] {
  const group = (status: AttendanceStatus | null) => attendance.filter((row) => row.status === status);
  const present = group("PRESENT").map((row) => `- ${row.name}, ${row.seat}`);
  const represented = group("DESIGNEE").map((row) => `- ${row.name}, ${row.seat}: represented by ${row.designeeName ?? "a designee"}`);
  const absent = group("ABSENT").map((row) => `- ${row.name}, ${row.seat}`);
  const unrecorded = group(null).map((row) => `- ${row.name}, ${row.seat}`);
  const part = (title: string, rows: string[]) => (rows.length ? [`${title}:`, ...rows] : []);
  return [
    "## Attendance",
    ...part(ATTENDANCE_LABELS.PRESENT, present),
    ...part(ATTENDANCE_LABELS.DESIGNEE, represented),
    ...part(ATTENDANCE_LABELS.ABSENT, absent),
    ...part("Attendance not recorded", unrecorded),
    ...(attendance.length ? [] : ["No attendance was recorded."]),
    "",
  ];
}

function decisionLines(decision: MinutesRecord["decisions"][number], index: number): string[] {
  return [
    `### Motion ${index + 1}: ${decision.question}`,
    ...(decision.agendaItemTitle ? [`Agenda item: ${decision.agendaItemTitle}`] : []),
    `Result: ${decision.explanation}`,
    "Roll call:",
    ...decision.rollCall.map((row) => {
      const who = row.designee ? `${row.member} (by designee ${row.designee})` : row.member;
      const vote = row.vote ?? (row.recusalReason ? `recused (${row.recusalReason})` : "did not vote");
      return `- ${who}: ${vote}`;
    }),
    "",
  ];
}
