import { quorumFor, type QuorumRule } from "@/domain/voting/tally";

/**
 * Who attended a meeting: each seat holder present, absent, or represented by a designee.
 * Governance plan 5.1.5: "The ESC members are responsible for attending all ESC meetings or
 * naming a voting designee in their absence." A designee votes in the member's place on the
 * motions opened at that meeting (src/server/voting/commands.ts), so one person holds at
 * most one vote: a designee cannot hold a vote of their own, nor stand in for two members.
 */
export const ATTENDANCE_STATUSES = ["PRESENT", "ABSENT", "DESIGNEE"] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const ATTENDANCE_LABELS: Record<AttendanceStatus, string> = {
  PRESENT: "Present",
  ABSENT: "Absent",
  DESIGNEE: "Represented by a designee",
};

export interface SeatHolder {
  userId: string;
  name: string;
  /** Holds a chair or voting seat. */
  votes: boolean;
}

export interface AttendanceChoice {
  userId: string;
  status: AttendanceStatus;
  /** The person named to stand in, already found among active users; null when none named. */
  designee: { id: string; name: string } | null;
}

export interface AttendanceRow {
  userId: string;
  status: AttendanceStatus;
  designeeId: string | null;
}

export type AttendanceCheck = { ok: true; rows: AttendanceRow[] } | { ok: false; fieldErrors: Record<string, string[]> };

/** Field errors are keyed `designee-<userId>` or `status-<userId>`, for the form's rows. */
export function checkAttendance(choices: readonly AttendanceChoice[], seatHolders: readonly SeatHolder[]): AttendanceCheck {
  const holders = new Map(seatHolders.map((holder) => [holder.userId, holder]));
  const errors: Record<string, string[]> = {};
  const fail = (key: string, message: string) => (errors[key] ??= []).push(message);
  const representing = new Map<string, string>();

  for (const choice of choices) {
    const holder = holders.get(choice.userId);
    if (!holder) {
      fail(`status-${choice.userId}`, "This person does not hold a seat on the committee on the meeting day.");
      continue;
    }
    if (choice.status !== "DESIGNEE") continue;
    const key = `designee-${choice.userId}`;
    const designee = choice.designee;
    if (!designee) {
      fail(key, `Name the designee who represents ${holder.name}.`);
      continue;
    }
    if (designee.id === holder.userId) {
      fail(key, `${holder.name} cannot be their own designee.`);
      continue;
    }
    if (holder.votes && holders.get(designee.id)?.votes) {
      fail(key, `${designee.name} holds a vote of their own on this committee and cannot also vote for ${holder.name}.`);
      continue;
    }
    const other = representing.get(designee.id);
    if (other) {
      fail(key, `${designee.name} already represents ${other}; a designee stands in for one member.`);
      continue;
    }
    representing.set(designee.id, holder.name);
  }

  if (Object.keys(errors).length) return { ok: false, fieldErrors: errors };
  return {
    ok: true,
    rows: choices.map((choice) => ({
      userId: choice.userId,
      status: choice.status,
      designeeId: choice.status === "DESIGNEE" ? choice.designee!.id : null,
    })),
  };
}

/** Who of the voting members is there, against the quorum the voting module would count. */
export interface MeetingQuorum {
  /** The chair has saved the attendance (until then nobody counts as present). */
  recorded: boolean;
  /** Voting members present, or represented by a designee who votes in their place. */
  present: number;
  /** Voting seats held on the meeting day. */
  voting: number;
  quorum: number;
  met: boolean;
}

/**
 * The quorum is the voting module's (src/domain/voting/tally.ts quorumFor, the committee's rule),
 * counted against those who can vote at the meeting: a member absent without a designee cannot.
 */
export function meetingQuorum(holders: readonly (SeatHolder & { status: AttendanceStatus | null })[], rule: QuorumRule): MeetingQuorum {
  const voting = holders.filter((holder) => holder.votes);
  const present = voting.filter((holder) => holder.status === "PRESENT" || holder.status === "DESIGNEE").length;
  const quorum = quorumFor(voting.length, rule);
  return { recorded: holders.some((holder) => holder.status !== null), present, voting: voting.length, quorum, met: voting.length > 0 && present >= quorum };
}
