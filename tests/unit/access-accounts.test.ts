import { describe, expect, it } from "vitest";
import {
  accountCreationRefusal,
  attestationProgress,
  attestationRefusal,
  attestationStatus,
  currentThrough,
  expiresOn,
  monthsBefore,
  mouRenewal,
  RENEWAL_DUE_SOON_DAYS,
  renewalStatus,
  type AccountCreation,
} from "@/domain/access/accounts";
import { day } from "@/domain/calendar/day";

describe('a year of training or confidentiality (section 2, criteria 5 and 6: "then annually")', () => {
  it("is current through the day before its anniversary", () => {
    expect(expiresOn(day("2025-12-03"))).toBe("2026-12-03");
    expect(currentThrough(day("2025-12-03"))).toBe("2026-12-02");
  });

  it("crosses a year's end", () => {
    expect(currentThrough(day("2025-12-31"))).toBe("2026-12-30");
    expect(currentThrough(day("2026-01-01"))).toBe("2026-12-31");
  });

  it("ends a Feb 29 year with the whole of the next Feb 28", () => {
    expect(expiresOn(day("2024-02-29"))).toBe("2025-03-01");
    expect(currentThrough(day("2024-02-29"))).toBe("2025-02-28");
  });

  it("runs into a leap year's Feb 29 only from Mar 1", () => {
    expect(currentThrough(day("2027-02-28"))).toBe("2028-02-27");
    expect(currentThrough(day("2027-03-01"))).toBe("2028-02-29");
  });
});

describe("setting up a user account (7.3)", () => {
  const ready: AccountCreation = {
    trainedOn: day("2025-12-03"),
    confidentialitySignedOn: day("2026-01-10"),
    today: day("2026-06-15"),
    createdCount: 2,
    approvedAccounts: 5,
    mou: { countersignedOn: day("2025-07-01"), termEndsOn: day("2028-06-30") },
  };

  it("is allowed for a trained user with a signed statement, under a countersigned MOU, within the number approved", () => {
    expect(accountCreationRefusal(ready)).toBeNull();
    expect(accountCreationRefusal({ ...ready, trainedOn: ready.today, confidentialitySignedOn: ready.today })).toBeNull();
  });

  it("holds on the last day of the training's year and is refused on its anniversary", () => {
    expect(accountCreationRefusal({ ...ready, today: day("2026-12-02") })).toBeNull();
    expect(accountCreationRefusal({ ...ready, today: day("2026-12-03") })).toBe("Security awareness training expired on Dec 3, 2026 (completed Dec 3, 2025).");
  });

  it("reads a Feb 29 training as current through Feb 28 of the next year", () => {
    const leap = {
      ...ready,
      trainedOn: day("2024-02-29"),
      confidentialitySignedOn: day("2024-06-01"),
      mou: { countersignedOn: day("2024-01-15"), termEndsOn: day("2026-12-31") },
    };
    expect(accountCreationRefusal({ ...leap, today: day("2025-02-28") })).toBeNull();
    expect(accountCreationRefusal({ ...leap, today: day("2025-03-01") })).toBe("Security awareness training expired on Mar 1, 2025 (completed Feb 29, 2024).");
  });

  it("names everything the user lacks, with its dates", () => {
    expect(accountCreationRefusal({ ...ready, trainedOn: day("2025-01-05"), confidentialitySignedOn: day("2025-02-01"), today: day("2026-03-01") })).toBe(
      "Security awareness training expired on Jan 5, 2026 (completed Jan 5, 2025). The confidentiality statement expired on Feb 1, 2026 (signed Feb 1, 2025).",
    );
    expect(accountCreationRefusal({ ...ready, trainedOn: null, confidentialitySignedOn: null })).toBe(
      "No security awareness training is recorded for the user. No signed confidentiality statement is recorded for the user.",
    );
    expect(accountCreationRefusal({ ...ready, confidentialitySignedOn: day("2025-06-15") })).toBe(
      "The confidentiality statement expired on Jun 15, 2026 (signed Jun 15, 2025).",
    );
  });

  it("refuses a date in the future", () => {
    expect(accountCreationRefusal({ ...ready, trainedOn: day("2026-06-16") })).toBe("The security awareness training date, Jun 16, 2026, is in the future.");
    expect(accountCreationRefusal({ ...ready, confidentialitySignedOn: day("2027-01-01") })).toBe(
      "The confidentiality statement's date, Jan 1, 2027, is in the future.",
    );
  });

  it("never goes beyond the number approved", () => {
    expect(accountCreationRefusal({ ...ready, createdCount: 4 })).toBeNull();
    expect(accountCreationRefusal({ ...ready, createdCount: 5 })).toBe("All 5 approved user accounts are already set up.");
    expect(accountCreationRefusal({ ...ready, createdCount: 6 })).toBe("All 5 approved user accounts are already set up.");
    expect(accountCreationRefusal({ ...ready, createdCount: 1, approvedAccounts: 1 })).toBe("The one approved user account is already set up.");
    expect(accountCreationRefusal({ ...ready, createdCount: 0, approvedAccounts: 0 })).toBe("No user accounts are approved for the organization.");
  });

  it("needs the Process Owner's countersignature, and a term that has not ended", () => {
    const notCountersigned = "No account may be set up before the Process Owner countersigns the MOU.";
    expect(accountCreationRefusal({ ...ready, mou: null })).toBe(notCountersigned);
    expect(accountCreationRefusal({ ...ready, mou: { countersignedOn: null, termEndsOn: day("2028-06-30") } })).toBe(notCountersigned);
    expect(accountCreationRefusal({ ...ready, mou: { countersignedOn: day("2026-06-16"), termEndsOn: day("2028-06-30") } })).toBe(notCountersigned);
    expect(accountCreationRefusal({ ...ready, mou: { countersignedOn: day("2025-07-01"), termEndsOn: null } })).toBe(
      "The MOU's term is not recorded: record it before setting up accounts.",
    );
    const lastDay = { ...ready, trainedOn: day("2028-01-04"), confidentialitySignedOn: day("2028-01-04") };
    expect(accountCreationRefusal({ ...lastDay, today: day("2028-06-30") })).toBeNull();
    expect(accountCreationRefusal({ ...lastDay, today: day("2028-07-01") })).toBe("The MOU's term ended on Jun 30, 2028: no account may be set up under it.");
  });

  it("says what stops the organization alone, before what the user lacks", () => {
    expect(accountCreationRefusal({ ...ready, trainedOn: null, mou: null })).toBe("No account may be set up before the Process Owner countersigns the MOU.");
    expect(accountCreationRefusal({ ...ready, trainedOn: null, createdCount: 5 })).toBe("All 5 approved user accounts are already set up.");
  });
});

describe("an active account's yearly renewal", () => {
  const account = { trainedOn: day("2025-12-03"), confidentialitySignedOn: day("2026-01-10") };
  const expiries = { trainingExpiresOn: "2026-12-03", confidentialityExpiresOn: "2027-01-10", expiresOn: "2026-12-03" };

  it("is due soon within 30 days of the first expiry, and expired on it", () => {
    expect(RENEWAL_DUE_SOON_DAYS).toBe(30);
    expect(renewalStatus(account, day("2026-06-15"))).toEqual({ status: "current", ...expiries });
    expect(renewalStatus(account, day("2026-11-02"))).toEqual({ status: "current", ...expiries });
    expect(renewalStatus(account, day("2026-11-03"))).toEqual({ status: "due-soon", ...expiries });
    expect(renewalStatus(account, day("2026-12-02"))).toEqual({ status: "due-soon", ...expiries });
    expect(renewalStatus(account, day("2026-12-03"))).toEqual({ status: "expired", ...expiries });
  });

  it("follows whichever expires first", () => {
    const statementFirst = { trainedOn: day("2026-03-01"), confidentialitySignedOn: day("2025-09-15") };
    expect(renewalStatus(statementFirst, day("2026-09-14"))).toEqual({
      status: "due-soon",
      trainingExpiresOn: "2027-03-01",
      confidentialityExpiresOn: "2026-09-15",
      expiresOn: "2026-09-15",
    });
    expect(renewalStatus(statementFirst, day("2026-09-15")).status).toBe("expired");
  });

  it("counts the 30 days across a year's end and a short February", () => {
    const yearEnd = { trainedOn: day("2025-12-31"), confidentialitySignedOn: day("2025-12-31") };
    expect(renewalStatus(yearEnd, day("2026-11-30")).status).toBe("current");
    expect(renewalStatus(yearEnd, day("2026-12-01")).status).toBe("due-soon");
    expect(renewalStatus(yearEnd, day("2026-12-31")).status).toBe("expired");
    const leap = { trainedOn: day("2024-02-29"), confidentialitySignedOn: day("2024-02-29") };
    expect(renewalStatus(leap, day("2025-01-29")).status).toBe("current");
    expect(renewalStatus(leap, day("2025-01-30")).status).toBe("due-soon");
    expect(renewalStatus(leap, day("2025-02-28")).status).toBe("due-soon");
    expect(renewalStatus(leap, day("2025-03-01")).status).toBe("expired");
  });
});

describe("an MOU's renewal (10.1)", () => {
  it("is noticed six calendar months before the term ends, on the month's last day when it is shorter", () => {
    expect(monthsBefore(day("2027-06-30"), 6)).toBe("2026-12-30");
    expect(monthsBefore(day("2027-08-31"), 6)).toBe("2027-02-28");
    expect(monthsBefore(day("2028-08-31"), 6)).toBe("2028-02-29");
    expect(monthsBefore(day("2027-03-31"), 6)).toBe("2026-09-30");
    expect(monthsBefore(day("2027-01-15"), 6)).toBe("2026-07-15");
    expect(monthsBefore(day("2027-12-31"), 6)).toBe("2027-06-30");
  });

  const term = { termEndsOn: day("2027-06-30"), notifiedOn: null, openFindings: 0 };

  it("is not yet due the day before the notice, and due from it until the Contract Manager gives it", () => {
    expect(mouRenewal(term, day("2026-12-29"))).toEqual({
      noticeOn: "2026-12-30",
      status: "not-yet",
      reason: "The Contract Manager's renewal notice is due on Dec 30, 2026, six months before the term ends on Jun 30, 2027.",
    });
    expect(mouRenewal(term, day("2026-12-30"))).toEqual({
      noticeOn: "2026-12-30",
      status: "notice-due",
      reason: "The MOU is due for renewal: its term ends on Jun 30, 2027, and the Contract Manager's notice to the Process Manager was due on Dec 30, 2026.",
    });
    expect(mouRenewal({ ...term, openFindings: 3 }, day("2027-03-01")).status).toBe("notice-due");
  });

  it("once noticed, is blocked while audit findings are open and in good standing when none are", () => {
    const noticed = { ...term, notifiedOn: day("2027-01-04") };
    expect(mouRenewal({ ...noticed, openFindings: 2 }, day("2027-01-05"))).toEqual({
      noticeOn: "2026-12-30",
      status: "blocked",
      reason: "The MOU will not be renewed until all audit findings are cleared (2 open).",
    });
    expect(mouRenewal({ ...noticed, openFindings: 1 }, day("2027-06-30")).reason).toBe(
      "The MOU will not be renewed until all audit findings are cleared (1 open).",
    );
    expect(mouRenewal(noticed, day("2027-01-05"))).toEqual({
      noticeOn: "2026-12-30",
      status: "good-standing",
      reason: "The organization is in good standing for renewal: no audit findings are open.",
    });
    // A notice given early is read as given.
    expect(mouRenewal({ ...term, notifiedOn: day("2026-12-01") }, day("2026-12-02")).status).toBe("good-standing");
  });

  it("has expired after the term's last day, findings or not", () => {
    expect(mouRenewal({ ...term, notifiedOn: day("2027-01-04"), openFindings: 2 }, day("2027-07-01"))).toEqual({
      noticeOn: "2026-12-30",
      status: "expired",
      reason: "The MOU's term ended on Jun 30, 2027.",
    });
  });

  it("refuses a count of findings that is not one", () => {
    expect(() => mouRenewal({ ...term, openFindings: -1 }, day("2027-01-05"))).toThrow("Not a count of open findings: -1");
  });
});

describe("the yearly re-attestation (the product's campaign)", () => {
  const campaign = { deadlineOn: day("2026-03-31") };

  it("is pending through the deadline's day and overdue after it", () => {
    expect(attestationStatus({ confirmedOn: null }, campaign, day("2026-03-01"))).toBe("pending");
    expect(attestationStatus({ confirmedOn: null }, campaign, day("2026-03-31"))).toBe("pending");
    expect(attestationStatus({ confirmedOn: null }, campaign, day("2026-04-01"))).toBe("overdue");
  });

  it("is confirmed once the organization confirms, even late; a confirmation dated ahead is not yet one", () => {
    expect(attestationStatus({ confirmedOn: day("2026-03-15") }, campaign, day("2026-04-10"))).toBe("confirmed");
    expect(attestationStatus({ confirmedOn: day("2026-04-05") }, campaign, day("2026-04-05"))).toBe("confirmed");
    expect(attestationStatus({ confirmedOn: day("2026-03-20") }, campaign, day("2026-03-10"))).toBe("pending");
  });

  it("confirms only a user with current training and statement who still needs access", () => {
    const user = { trainedOn: day("2025-12-03"), confidentialitySignedOn: day("2026-01-10"), stillNeeded: true };
    expect(attestationRefusal(user, day("2026-03-15"))).toBeNull();
    expect(attestationRefusal({ ...user, stillNeeded: false }, day("2026-03-15"))).toBe(
      "A user who no longer needs access is not confirmed: ask the LCSA System Administrator to suspend the account.",
    );
    expect(attestationRefusal({ ...user, trainedOn: day("2025-03-14") }, day("2026-03-15"))).toBe(
      "Security awareness training expired on Mar 14, 2026 (completed Mar 14, 2025).",
    );
  });

  it("sums an organization's progress", () => {
    expect(attestationProgress(["confirmed", "pending", "confirmed", "overdue"])).toEqual({ confirmed: 2, pending: 1, overdue: 1, total: 4 });
    expect(attestationProgress([])).toEqual({ confirmed: 0, pending: 0, overdue: 0, total: 0 });
  });
});
