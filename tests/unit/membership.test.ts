import { describe, expect, it } from "vitest";
import { membershipRole } from "@/domain/governance/membership";
import { DEMO_ACCOUNTS } from "@/domain/identity/demo-accounts";
import lcsas from "../../prisma/data/lcsas.json" with { type: "json" };

describe("committee membership from seats", () => {
  it("gives ESC seats voting roles and TAB seats an advisory role", () => {
    expect(membershipRole("ESC", "CHAIR")).toBe("ESC_CHAIR");
    expect(membershipRole("ESC", "VOTING")).toBe("ESC_MEMBER");
    expect(membershipRole("TAB", "ADVISORY")).toBe("TAB_MEMBER");
    expect(membershipRole("CCB", "VOTING")).toBe("CCB_MEMBER");
    expect(membershipRole("AD_HOC_WORKGROUP", "VOTING")).toBe("WORKGROUP_MEMBER");
  });
});

describe("demo CASES ESC members", () => {
  const members = DEMO_ACCOUNTS.filter((account) => account.seat?.committee === "CASES-ESC" && account.seat.seat > 0);

  it("fill all six caseload-category seats, one each", () => {
    expect(members.map((account) => account.seat!.seat).sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  // Governance plan 2.1: one member from each caseload size category.
  it("each direct an LCSA in their seat's category", () => {
    for (const account of members) {
      const lcsa = lcsas.find((row) => row.code === account.seat!.lcsa);
      expect(lcsa?.caseloadCategory, account.email).toBe(account.seat!.seat);
      expect(account.roles).toContainEqual({ role: "LCSA_DIRECTOR", scope: { type: "LCSA", code: lcsa!.code } });
    }
  });
});
