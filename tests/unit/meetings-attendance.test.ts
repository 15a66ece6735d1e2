import { describe, expect, it } from "vitest";
import { meetingQuorum } from "@/domain/meetings/attendance";
import { currentAgendaItem, nextAgendaItem } from "@/domain/meetings/current-item";
import { recordAttendanceSchema } from "@/domain/meetings/schemas";

// Issue 13, item 5: the chair's form showed every member "Present" before anything was recorded.
describe("the attendance form starts with nothing chosen and needs a choice for each member", () => {
  const meetingId = crypto.randomUUID();
  const [ana, ben, cy] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];

  it("refuses a save that leaves a member not recorded, naming the row", () => {
    const parsed = recordAttendanceSchema.safeParse({ meetingId, memberId: [ana, ben, cy], status: ["PRESENT", "", ""], designeeEmail: ["", "", ""] });
    expect(parsed.success).toBe(false);
    const paths = parsed.error!.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(paths).toEqual([
      [`status-${ben}`, "Choose present, absent or represented by a designee."],
      [`status-${cy}`, "Choose present, absent or represented by a designee."],
    ]);
  });

  it("takes a choice for every member", () => {
    const parsed = recordAttendanceSchema.parse({ meetingId, memberId: [ana, ben], status: ["ABSENT", "PRESENT"], designeeEmail: ["", ""] });
    expect(parsed.entries).toEqual([
      { userId: ana, status: "ABSENT", designeeEmail: null },
      { userId: ben, status: "PRESENT", designeeEmail: null },
    ]);
  });
});

describe("the quorum at a meeting counts those who can vote there", () => {
  const holder = (votes: boolean, status: "PRESENT" | "ABSENT" | "DESIGNEE" | null) => ({ userId: crypto.randomUUID(), name: "X", votes, status });

  it("reads 5 of 7 present against a quorum of 4, a designee counting for the member and an adviser not at all", () => {
    const rows = [
      ...Array.from({ length: 4 }, () => holder(true, "PRESENT")),
      holder(true, "DESIGNEE"),
      holder(true, "ABSENT"),
      holder(true, "ABSENT"),
      holder(false, "PRESENT"),
    ];
    expect(meetingQuorum(rows, "MAJORITY_OF_VOTING_SEATS")).toEqual({ recorded: true, present: 5, voting: 7, quorum: 4, met: true });
    expect(meetingQuorum(rows, "ALL_VOTING_SEATS")).toEqual({ recorded: true, present: 5, voting: 7, quorum: 7, met: false });
  });

  it("counts nobody present before the attendance is saved", () => {
    const rows = Array.from({ length: 3 }, () => holder(true, null));
    expect(meetingQuorum(rows, "MAJORITY_OF_VOTING_SEATS")).toEqual({ recorded: false, present: 0, voting: 3, quorum: 2, met: false });
  });
});

describe("the item the meeting is on: the agenda in order", () => {
  const items = ["a", "b", "c", "d"].map((id) => ({ id, policyRoutedAt: id === "b" ? new Date() : null }));
  const closed = (id: string) => ({ agendaItemId: id, status: "CLOSED" as const });
  const open = (id: string) => ({ agendaItemId: id, status: "OPEN" as const });

  it("is the first item not done: decided, or routed to the Policy Branch", () => {
    expect(currentAgendaItem(items, [])).toBe("a");
    expect(currentAgendaItem(items, [closed("a")])).toBe("c"); // b went to the Policy Branch
    // A gate's vote opened ahead on d does not jump the queue.
    expect(currentAgendaItem(items, [closed("a"), open("d")])).toBe("c");
    // A motion reopened on a: not done while one is open.
    expect(currentAgendaItem(items, [closed("a"), open("a")])).toBe("a");
    expect(currentAgendaItem(items, [closed("a"), closed("c"), closed("d")])).toBeNull();
  });

  it("is the item the chair takes up, and moves on from it in order once it is done", () => {
    expect(currentAgendaItem(items, [], "c")).toBe("c");
    expect(currentAgendaItem(items, [closed("c")], "c")).toBe("d");
    // Nothing left after it: back to the first item passed over.
    expect(currentAgendaItem(items, [closed("c"), closed("d")], "c")).toBe("a");
    expect(currentAgendaItem(items, [], "b")).toBe("c");
    expect(currentAgendaItem(items, [], "elsewhere")).toBe("a");
  });

  it("names the next item still to take up", () => {
    expect(nextAgendaItem(items, [], "a")).toBe("c");
    expect(nextAgendaItem(items, [closed("c")], "a")).toBe("d");
    expect(nextAgendaItem(items, [], "d")).toBeNull();
  });
});
