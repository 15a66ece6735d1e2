import { describe, expect, it } from "vitest";
import {
  ACTIVITY_STATUSES,
  dayLabel,
  deadlineProblem,
  dissolutionRefusal,
  isOverdue,
  nextStatus,
  recommendationRefusal,
  transitionRefusal,
  type ActivityEvent,
  type ActivityStatus,
} from "@/domain/workgroups/activities";
import {
  DISSOLVED,
  list,
  MAX_MEMBERS,
  membershipRefusal,
  missingCategories,
  representation,
  type MembershipCandidate,
  type SeatedMember,
  type WorkgroupForMembership,
} from "@/domain/workgroups/membership";
import { addMemberSchema, createWorkgroupSchema, dissolveWorkgroupSchema } from "@/domain/workgroups/schemas";
import { columnOfDay } from "@/domain/calendar/day";

const CASES = [1, 2, 3, 4, 5, 6];

function seated(category: number, index = category): SeatedMember {
  return { userId: `user-${index}`, name: `Member ${index}`, lcsaId: `lcsa-${index}`, lcsaName: `LCSA ${index}`, category };
}

function candidate(overrides: Partial<MembershipCandidate> = {}): MembershipCandidate {
  return {
    userId: "new",
    name: "Nia New",
    active: true,
    lcsaId: "lcsa-new",
    lcsaName: "Newtown",
    worksForLcsa: true,
    consortiumCode: "CASES",
    category: 1,
    ...overrides,
  };
}

function workgroup(members: SeatedMember[], overrides: Partial<WorkgroupForMembership> = {}): WorkgroupForMembership {
  return { dissolved: false, consortiumCode: "CASES", consortiumCategories: CASES, members, ...overrides };
}

describe("membershipRefusal", () => {
  it("lets anyone of the consortium be the first member", () => {
    for (const category of CASES) expect(membershipRefusal(workgroup([]), candidate({ category }))).toBeNull();
  });

  it("refuses a dissolved workgroup, an inactive account, and a second membership of one person", () => {
    expect(membershipRefusal(workgroup([], { dissolved: true }), candidate())).toBe(DISSOLVED);
    expect(membershipRefusal(workgroup([]), candidate({ active: false }))).toBe("Nia New's account is not active, so they cannot join a workgroup.");
    expect(membershipRefusal(workgroup([seated(1)]), candidate({ userId: "user-1", category: 2 }))).toBe("Nia New is already a member of this workgroup.");
  });

  it("refuses an LCSA of the other consortium, and someone who does not work for the LCSA", () => {
    expect(membershipRefusal(workgroup([]), candidate({ consortiumCode: "ARS", lcsaName: "Orange" }))).toBe(
      "Orange LCSA belongs to the ARS consortium; this workgroup represents CASES.",
    );
    expect(membershipRefusal(workgroup([]), candidate({ worksForLcsa: false }))).toBe("Nia New holds no role at Newtown LCSA, so they cannot represent it.");
  });

  it("refuses a second representative of one LCSA in CASES", () => {
    expect(membershipRefusal(workgroup([seated(1)]), candidate({ lcsaId: "lcsa-1", lcsaName: "LCSA 1", category: 1 }))).toBe(
      "LCSA 1 LCSA is already represented by Member 1. In the CASES consortium a workgroup has one representative per LCSA (Governance plan 2.4).",
    );
  });

  // Issue 12, fidelity 8. Plan 2.4: "In the CASES consortium, Ad Hoc Workgroups will generally
  // only have one representative per LCSA": ARS has three LCSAs and may seat up to seven.
  it("lets an ARS workgroup seat several people of one LCSA, up to seven", () => {
    const ars = (count: number) =>
      workgroup(
        Array.from({ length: count }, (_, index) => ({ ...seated(6, index + 1), lcsaId: `lcsa-${(index % 3) + 1}`, lcsaName: `LCSA ${(index % 3) + 1}` })),
        { consortiumCode: "ARS", consortiumCategories: [6] },
      );
    const fromLosAngeles = candidate({ consortiumCode: "ARS", category: 6, lcsaId: "lcsa-1", lcsaName: "LCSA 1" });
    expect(membershipRefusal(ars(3), fromLosAngeles)).toBeNull();
    expect(membershipRefusal(ars(6), fromLosAngeles)).toBeNull();
    expect(membershipRefusal(ars(7), fromLosAngeles)).toMatch(/already has 7 members/);
  });

  it("refuses an eighth member, whatever their category", () => {
    const seven = [...CASES.map((category) => seated(category)), seated(6, 7)];
    expect(seven).toHaveLength(MAX_MEMBERS);
    for (const category of CASES) {
      expect(membershipRefusal(workgroup(seven), candidate({ category }))).toBe(
        'This workgroup already has 7 members, the most allowed ("no more than seven members", Governance plan 2.4). Remove someone first.',
      );
    }
  });

  it("makes the workgroup span the categories: a second member of a category only once every category has one", () => {
    const refusal = membershipRefusal(workgroup([seated(4)]), candidate({ category: 4 }));
    expect(refusal).toBe(
      "Caseload category 4 already has 1 member while categories 1, 2, 3, 5 and 6 have nobody. " +
        'A workgroup must span the caseload size categories ("representative of the caseload size stratification of the consortium", Governance plan 2.4), ' +
        "so add someone from category 1, 2, 3, 5 or 6 first.",
    );
    const five = [1, 2, 3, 4, 5].map((category) => seated(category));
    expect(membershipRefusal(workgroup(five), candidate({ category: 3 }))).toMatch(
      /^Caseload category 3 already has 1 member while category 6 has nobody\. .* add someone from category 6 first\.$/,
    );
    expect(membershipRefusal(workgroup(five), candidate({ category: 6 }))).toBeNull();
    const six = CASES.map((category) => seated(category));
    for (const category of CASES) expect(membershipRefusal(workgroup(six), candidate({ category }))).toBeNull();
  });

  it("after a removal, the next member must fill the category that was left empty", () => {
    const gap = [seated(1), seated(2), seated(2, 8), seated(4), seated(5), seated(6)];
    expect(membershipRefusal(workgroup(gap), candidate({ category: 1 }))).toMatch(/^Caseload category 1 already has 1 member while category 3 has nobody/);
    expect(membershipRefusal(workgroup(gap), candidate({ category: 2 }))).toMatch(/^Caseload category 2 already has 2 members while category 3 has nobody/);
    expect(membershipRefusal(workgroup(gap), candidate({ category: 3 }))).toBeNull();
  });

  it("balances beyond one each when there are fewer categories than places (ARS: one category)", () => {
    const ars = (members: SeatedMember[]) => workgroup(members, { consortiumCode: "ARS", consortiumCategories: [6] });
    expect(membershipRefusal(ars([seated(6, 1), seated(6, 2)]), candidate({ consortiumCode: "ARS", category: 6 }))).toBeNull();
    const uneven = workgroup([seated(1, 1), seated(1, 2), seated(2, 3)], { consortiumCategories: [1, 2] });
    expect(membershipRefusal(uneven, candidate({ category: 1 }))).toBe(
      "Caseload category 1 already has 2 members while category 2 has 1 member. " +
        'A workgroup must span the caseload size categories ("representative of the caseload size stratification of the consortium", Governance plan 2.4), ' +
        "so add someone from category 2 first.",
    );
  });
});

describe("representation", () => {
  it("lists every category of the consortium in order with its members, and the missing ones", () => {
    const members = [seated(5), seated(2), seated(2, 9)];
    expect(representation([3, 1, 2], members).map((entry) => [entry.category, entry.members.map((member) => member.userId)])).toEqual([
      [1, []],
      [2, ["user-2", "user-9"]],
      [3, []],
      [5, ["user-5"]],
    ]);
    expect(missingCategories(CASES, members)).toEqual([1, 3, 4, 6]);
    expect(missingCategories(CASES, [])).toEqual(CASES);
  });

  it("joins lists the way people write them", () => {
    expect(list([], "and")).toBe("");
    expect(list([3], "or")).toBe("3");
    expect(list([1, 2], "and")).toBe("1 and 2");
    expect(list([1, 2, 5], "or")).toBe("1, 2 or 5");
  });
});

describe("activity transitions", () => {
  const allowed: [ActivityStatus, ActivityEvent, ActivityStatus][] = [
    ["PROPOSED", "approve", "ACTIVE"],
    ["PROPOSED", "reject", "REJECTED"],
    ["ACTIVE", "recommend", "RECOMMENDED"],
    ["ACTIVE", "elevate", "ELEVATED"],
    ["RECOMMENDED", "complete", "DONE"],
    ["ELEVATED", "complete", "DONE"],
  ];
  const events: ActivityEvent[] = ["approve", "reject", "recommend", "elevate", "complete"];

  it("allows exactly the transitions of the plan, and refuses every other with a reason", () => {
    for (const status of ACTIVITY_STATUSES) {
      for (const event of events) {
        const expected = allowed.find(([from, on]) => from === status && on === event)?.[2] ?? null;
        expect(nextStatus(status, event), `${status} --${event}-->`).toBe(expected);
        if (expected) expect(transitionRefusal(status, event)).toBeNull();
        else expect(transitionRefusal(status, event)).toMatch(/\.$/);
      }
    }
  });

  it("explains the refusal by the state the activity is in", () => {
    expect(transitionRefusal("PROPOSED", "recommend")).toBe(
      "This activity is waiting for the ESC to approve it; nothing can be recorded for it until the ESC's vote passes.",
    );
    expect(transitionRefusal("ELEVATED", "recommend")).toBe("This activity passed its deadline without a recommendation and has been elevated to the ESC.");
    expect(transitionRefusal("DONE", "complete")).toBe("This activity is done.");
    expect(transitionRefusal("ACTIVE", "complete")).toBe("This activity is still under way: the workgroup has not brought a recommendation to the ESC yet.");
  });
});

describe("deadlines", () => {
  const deadline = columnOfDay("2027-03-03");
  // 23:30 in California on the deadline day is 07:30 UTC the next day.
  const lastMinute = new Date("2027-03-04T07:30:00Z");
  const nextMorning = new Date("2027-03-04T16:00:00Z");

  it("an ACTIVE activity without a recommendation is overdue from the California day after its deadline", () => {
    const active = { status: "ACTIVE" as const, deadline, recommendation: null };
    expect(isOverdue(active, new Date("2027-03-02T20:00:00Z"))).toBe(false);
    expect(isOverdue(active, lastMinute)).toBe(false);
    expect(isOverdue(active, nextMorning)).toBe(true);
    expect(isOverdue({ ...active, recommendation: "Adopt option B." }, nextMorning)).toBe(false);
    for (const status of ACTIVITY_STATUSES.filter((value) => value !== "ACTIVE")) expect(isOverdue({ ...active, status }, nextMorning)).toBe(false);
  });

  it("a recommendation may be recorded until the deadline day ends, then the issue goes to the ESC", () => {
    const active = { status: "ACTIVE" as const, deadline, recommendation: null };
    expect(recommendationRefusal(active, lastMinute)).toBeNull();
    expect(recommendationRefusal(active, nextMorning)).toBe(
      "The deadline, March 3, 2027, has passed without a recommendation, so the issue goes back to the ESC for action (Governance plan 2.4).",
    );
    expect(recommendationRefusal({ ...active, status: "RECOMMENDED" }, lastMinute)).toBe(
      "The workgroup's recommendation for this activity has already gone to the ESC.",
    );
  });

  it("a deadline must come after the earliest allowed day", () => {
    const today = columnOfDay("2027-03-03");
    expect(deadlineProblem(columnOfDay("2027-03-04"), today)).toBeNull();
    expect(deadlineProblem(today, today)).toBe("Choose a deadline after March 3, 2027.");
    expect(deadlineProblem(columnOfDay("2027-01-01"), today)).toBe("Choose a deadline after March 3, 2027.");
    expect(deadlineProblem(new Date("nonsense"), today)).toBe("Enter the deadline as a date.");
    expect(dayLabel(today)).toBe("March 3, 2027");
  });
});

describe("dissolutionRefusal", () => {
  const deadline = columnOfDay("2027-03-03");
  it("allows dissolving once nothing is proposed or under way", () => {
    expect(dissolutionRefusal([])).toBeNull();
    const closed = (["RECOMMENDED", "ELEVATED", "REJECTED", "DONE"] as const).map((status) => ({ title: status, status, deadline }));
    expect(dissolutionRefusal(closed)).toBeNull();
  });

  it("names the open activities", () => {
    expect(dissolutionRefusal([{ title: "Impacts", status: "ACTIVE", deadline }])).toBe(
      "A workgroup is dissolved once its assignment is complete (Governance plan 2.4), and “Impacts” (due March 3, 2027) is still open. Bring the recommendation to the ESC, or wait for its vote, first.",
    );
    expect(
      dissolutionRefusal([
        { title: "A", status: "ACTIVE", deadline },
        { title: "B", status: "PROPOSED", deadline },
      ]),
    ).toMatch(/“A” \(due March 3, 2027\), “B” \(waiting for the ESC's vote\) are still open\./);
  });
});

describe("form schemas", () => {
  const form = {
    parentCommitteeId: crypto.randomUUID(),
    name: "Bankruptcy impacts",
    scope: "Report impacts of the new federal bankruptcy law.",
    assumptions: "None",
    communication: "Monthly report to the ESC.",
    schedule: "Three months.",
    activityTitle: "Impact analysis",
    activityDescription: "Analyse the system and business impacts.",
    activityDeadline: "2027-03-03",
  };

  it("reads a new workgroup, ad hoc unless standing is chosen, with its deadline as a calendar day", () => {
    const parsed = createWorkgroupSchema.parse(form);
    expect(parsed.kind).toBe("AD_HOC_WORKGROUP");
    expect(parsed.activityDeadline).toEqual(columnOfDay("2027-03-03"));
    expect(createWorkgroupSchema.parse({ ...form, kind: "STANDING_WORKGROUP" }).kind).toBe("STANDING_WORKGROUP");
  });

  it("says which field needs attention, in words", () => {
    const result = createWorkgroupSchema.safeParse({ ...form, scope: " ", activityDeadline: "", kind: "ESC" });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(messages).toEqual({ scope: "Write the scope of work.", activityDeadline: "Choose the deadline.", kind: "Choose ad hoc or standing." });
  });

  it("reads the member picker's person and LCSA, and refuses anything else", () => {
    const [userId, lcsaId] = [crypto.randomUUID(), crypto.randomUUID()];
    expect(addMemberSchema.parse({ workgroupId: lcsaId, member: `${userId}:${lcsaId}` }).member).toEqual({ userId, lcsaId });
    expect(addMemberSchema.safeParse({ workgroupId: lcsaId, member: "" }).error?.issues[0]?.message).toBe("Choose a person.");
  });

  it("dissolves only with the confirmation", () => {
    const workgroupId = crypto.randomUUID();
    expect(dissolveWorkgroupSchema.safeParse({ workgroupId }).success).toBe(false);
    expect(dissolveWorkgroupSchema.safeParse({ workgroupId, confirm: "yes" }).success).toBe(true);
  });
});
