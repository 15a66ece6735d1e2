import { describe, expect, it } from "vitest";
import { STATE_LABELS } from "@/domain/change-requests/states";
import { inSentence } from "@/lib/format";

describe("a label inside a sentence", () => {
  it("lowers its first ordinary word only", () => {
    expect(inSentence("Submitted: ESC concept vote")).toBe("submitted: ESC concept vote");
    expect(inSentence("Impact analysis package: ESC vote")).toBe("impact analysis package: ESC vote");
    expect(inSentence("User acceptance testing")).toBe("user acceptance testing");
    expect(inSentence("Routed to the Policy Branch")).toBe("routed to the Policy Branch");
    expect(inSentence("Closed")).toBe("closed");
    expect(inSentence("Emergency fix")).toBe("emergency fix");
    expect(inSentence("Back-brief")).toBe("back-brief");
  });

  it("keeps acronyms and the plan's names as they are written", () => {
    expect(inSentence("JAD detail design")).toBe("JAD detail design");
    expect(inSentence("CCB approved: ESC authorization of development")).toBe("CCB approved: ESC authorization of development");
    expect(inSentence("CCSAS implementation")).toBe("CCSAS implementation");
    expect(inSentence("LCSA Director")).toBe("LCSA Director");
    expect(inSentence("M&O Contract Manager")).toBe("M&O Contract Manager");
    expect(inSentence("Change Control Board review")).toBe("Change Control Board review");
    expect(inSentence("Consortium Project Leader (release)")).toBe("Consortium Project Leader (release)");
    expect(inSentence("eCourt filing")).toBe("eCourt filing");
    expect(inSentence("")).toBe("");
  });

  it("reads every change request state as the plan writes it", () => {
    expect(Object.values(STATE_LABELS).map(inSentence)).toEqual([
      "draft",
      "submitted: ESC concept vote",
      "impact analysis",
      "impact analysis package: ESC vote",
      "Change Control Board review",
      "CCB approved: ESC authorization of development",
      "listed for the Subcomponent Review",
      "JAD detail design",
      "JAD recommendation: ESC vote",
      "build and test",
      "user acceptance testing",
      "production release",
      "closed",
      "withdrawn",
      "vetoed",
      "rejected",
      "routed to the Policy Branch",
      "deferred",
    ]);
  });
});
