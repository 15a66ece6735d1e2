import { describe, expect, it } from "vitest";
import { castElectionVoteSchema, nominateSchema, openElectionSchema } from "@/domain/governance/election-schemas";

const committeeId = "6f1c2a4e-0b7d-4c1e-9a55-3b2f1d0e9c8a";
const times = { nominationsCloseAt: "2027-06-07T17:00", votingOpensAt: "2027-06-08T09:00", votingClosesAt: "2027-06-22T17:00" };

describe("the election forms' schemas", () => {
  it("reads a regular election's year and its times as California time", () => {
    const parsed = openElectionSchema.parse({ committeeId, kind: "REGULAR", year: "2027", seatId: "", ...times });
    expect(parsed).toMatchObject({ kind: "REGULAR", year: 2027, seatId: undefined });
    expect(parsed.nominationsCloseAt.toISOString()).toBe("2027-06-08T00:00:00.000Z");
  });

  it("asks for what each kind needs", () => {
    const regular = openElectionSchema.safeParse({ committeeId, kind: "REGULAR", year: "", ...times });
    expect(regular.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["year", "Enter the year of the June election."]]);
    const special = openElectionSchema.safeParse({ committeeId, kind: "SPECIAL", ...times });
    expect(special.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["seatId", "Choose the vacant seat."]]);
  });

  it("says which time is missing", () => {
    const parsed = openElectionSchema.safeParse({ committeeId, kind: "REGULAR", year: "2027", ...times, votingClosesAt: "" });
    expect(parsed.error?.issues.map((issue) => issue.message)).toEqual(["Enter when voting closes."]);
  });

  it("splits a nomination's candidate into the person and the LCSA they stand for", () => {
    const candidateId = "0d6b6c1e-7a0f-4d52-8f0e-5d7c3b2a1f00";
    const lcsaId = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    expect(nominateSchema.parse({ contestId: committeeId, candidate: `${candidateId}:${lcsaId}` }).candidate).toEqual({ candidateId, lcsaId });
    expect(nominateSchema.safeParse({ contestId: committeeId, candidate: "" }).error?.issues[0]?.message).toBe("Choose a candidate.");
  });

  it("asks a voter to choose a candidate", () => {
    expect(castElectionVoteSchema.safeParse({ contestId: committeeId, lcsaId: committeeId }).error?.issues[0]).toMatchObject({
      path: ["nominationId"],
      message: "Choose a candidate.",
    });
  });
});
