import { describe, expect, it } from "vitest";
import { openedOnStep } from "@/domain/change-requests/gate-attribution";

describe("a gate vote opened by the lifecycle is credited to the step that opened it", () => {
  it("the concept vote opens on the submission", () => {
    expect(openedOnStep("CONCEPT", { number: 2 }, "Pat Leader")).toBe("when Pat Leader submitted CR-0002");
  });

  it("later gates open when a step moves the change request to them", () => {
    expect(openedOnStep("PACKAGE", { number: 42 }, "Pat Leader")).toBe("when Pat Leader moved CR-0042 to the ESC vote on the impact analysis package");
    expect(openedOnStep("CCB", { number: 7 }, "Casey Chair")).toBe("when Casey Chair moved CR-0007 to the Change Control Board decision");
    expect(openedOnStep("AUTHORIZE", { number: 7 }, "Chris CSE")).toBe("when Chris CSE moved CR-0007 to the ESC authorization of development");
    expect(openedOnStep("JAD", { number: 1234 }, "Jo JAD")).toBe("when Jo JAD moved CR-1234 to the ESC vote on the JAD recommendation");
  });
});
