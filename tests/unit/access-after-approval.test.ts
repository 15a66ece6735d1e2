import { describe, expect, it } from "vitest";
import { accountSetupRefusal, accountStanding, type AccountStandingFacts } from "@/domain/access/account-standing";
import { clockNoticesDue } from "@/domain/access/clock-notices";
import { applicationClocks, type ApplicationFacts } from "@/domain/access/clocks";
import { day } from "@/domain/calendar/day";

/*
 * Days counted by hand: identified Fri May 1, 2026; its 15th working day is Fri May 22;
 * Memorial Day, Mon May 25, is a California state holiday, so the fifth working day after
 * May 22 is Mon Jun 1.
 */
const IDENTIFIED: ApplicationFacts = {
  identifiedOn: day("2026-05-01"),
  conversionOn: day("2025-01-15"),
  invitationSentOn: null,
  submittedOn: null,
  legalAnsweredOn: null,
  legalAuthorized: null,
  decidedOn: null,
  mouReceivedOn: null,
  countersignedOn: null,
  accessEstablishedOn: null,
};

const noticesOn = (today: string, facts: ApplicationFacts = IDENTIFIED) =>
  clockNoticesDue(applicationClocks(facts, day(today)), day(today)).map((notice) => [notice.clock.key, notice.level, notice.to]);

describe("a late clock's notices (the product's rule on process 4)", () => {
  it("owes nothing through the goal's day", () => {
    expect(noticesOn("2026-05-22")).toEqual([]);
  });

  it("tells the role that owes the step from the day after, and the Process Owner from the fifth working day after", () => {
    expect(noticesOn("2026-05-23")).toEqual([["invitation", "owed", "PROCESS_MANAGER"]]);
    expect(noticesOn("2026-05-29")).toEqual([["invitation", "owed", "PROCESS_MANAGER"]]);
    expect(noticesOn("2026-06-01")).toEqual([
      ["invitation", "owed", "PROCESS_MANAGER"],
      ["invitation", "escalated", "PROCESS_OWNER"],
    ]);
  });

  it("owes nothing for a step done, even late", () => {
    expect(noticesOn("2026-06-10", { ...IDENTIFIED, invitationSentOn: day("2026-06-05") })).toEqual([]);
  });

  it("waits for access's far end (45 working days), not its 30", () => {
    // Countersigned Fri May 1, 2026: the 30th working day is Mon Jun 15; the 45th is Wed Jul 8, the
    // calendar (src/domain/calendar/working-days.ts) taking Juneteenth, Fri Jun 19, and Independence
    // Day observed, Fri Jul 3, as holidays.
    const countersigned = { ...IDENTIFIED, invitationSentOn: day("2026-01-10"), countersignedOn: day("2026-05-01"), mouReceivedOn: day("2026-04-20") };
    expect(noticesOn("2026-06-16", countersigned)).toEqual([]);
    expect(noticesOn("2026-07-08", countersigned)).toEqual([]);
    expect(noticesOn("2026-07-09", countersigned)).toEqual([["accessEstablished", "owed", "INFRASTRUCTURE_MANAGER"]]);
  });
});

describe("an account's standing", () => {
  const base: AccountStandingFacts = {
    trainedOn: day("2026-01-10"),
    confidentialitySignedOn: day("2026-02-01"),
    created: true,
    suspended: false,
    overdueAttestation: null,
  };
  const on = (facts: Partial<AccountStandingFacts>, today = "2026-06-16") => accountStanding({ ...base, ...facts }, day(today));

  it("is set up while both are current, due soon within 30 days of the first expiry", () => {
    expect(on({}).kind).toBe("active");
    expect(on({}, "2025-12-11").kind).toBe("active");
    expect(on({}, "2026-12-11")).toMatchObject({
      kind: "due-soon",
      reasons: ["The yearly training and confidentiality statement are due for renewal before Jan 10, 2027."],
    });
  });

  it("is flagged for suspension once either has expired, saying which", () => {
    expect(on({}, "2027-01-10")).toMatchObject({ kind: "flagged", reasons: ["The security awareness training expired on Jan 10, 2027."] });
    expect(on({}, "2027-02-01")).toMatchObject({
      kind: "flagged",
      reasons: ["The security awareness training and the confidentiality statement expired on Jan 10, 2027."],
    });
  });

  it("is flagged when a campaign's deadline passed without its confirmation", () => {
    expect(on({ overdueAttestation: { year: 2026, deadlineOn: day("2026-05-31") } })).toMatchObject({
      kind: "flagged",
      reasons: ["Not confirmed in the 2026 re-attestation by its deadline, May 31, 2026."],
    });
  });

  it("is waiting before its account, and suspended once the administrator says so", () => {
    expect(on({ created: false }).kind).toBe("listed");
    expect(on({ created: false }, "2027-02-01").kind).toBe("listed");
    expect(on({ suspended: true }, "2027-02-01").kind).toBe("suspended");
  });
});

describe("setting up an account, as the product reads 7.1", () => {
  const ready = {
    trainedOn: day("2026-03-02"),
    confidentialitySignedOn: day("2026-03-05"),
    today: day("2026-06-16"),
    createdCount: 0,
    approvedAccounts: 2,
    mou: { countersignedOn: day("2025-12-15"), termEndsOn: day("2028-12-31") },
    termStartsOn: day("2026-01-01"),
    officeId: "OFC-1",
  };

  it("is allowed once the office ID is recorded, within the MOU's term", () => {
    expect(accountSetupRefusal(ready)).toBeNull();
    expect(accountSetupRefusal({ ...ready, termStartsOn: day("2026-06-16") })).toBeNull();
  });

  it("waits for the office ID and for the term to begin", () => {
    expect(accountSetupRefusal({ ...ready, officeId: null })).toBe(
      "The office ID is not recorded yet: the Infrastructure Manager creates it first, then the Requestor's contact and the LCSA System Administrator set up the accounts (Third Party Access Process 7.1).",
    );
    expect(accountSetupRefusal({ ...ready, termStartsOn: day("2026-06-17") })).toBe(
      "The MOU's term starts on Jun 17, 2026: accounts are set up from that day.",
    );
  });

  it("says first that the MOU is not countersigned, before any office ID", () => {
    expect(accountSetupRefusal({ ...ready, officeId: null, mou: null })).toBe("No account may be set up before the Process Owner countersigns the MOU.");
  });
});
