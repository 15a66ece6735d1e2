import { describe, expect, it } from "vitest";
import { errorSummaryItems, errorSummaryTitle } from "@/components/forms/error-summary";

describe("a refused form's error summary", () => {
  it("lists each message once, in the order of the fields, with the field it is about", () => {
    const items = errorSummaryItems({
      title: ["Enter the title."],
      scope: ["Describe the scope.", "Keep the scope under 4,000 characters."],
      form: ["Someone else saved this form first."],
      // One sentence given for two fields is one problem.
      startsAt: ["The end must come after the start."],
      endsAt: ["The end must come after the start."],
    });
    expect(items).toEqual([
      { name: "title", message: "Enter the title." },
      { name: "scope", message: "Describe the scope." },
      { name: "scope", message: "Keep the scope under 4,000 characters." },
      { name: "form", message: "Someone else saved this form first." },
      { name: "startsAt", message: "The end must come after the start." },
    ]);
    expect(errorSummaryItems(undefined)).toEqual([]);
    expect(errorSummaryItems({})).toEqual([]);
  });

  it("is headed by the refusal, or by 'There is a problem' when the refusal only repeats its one item", () => {
    const two = [
      { name: "title", message: "Enter the title." },
      { name: "scope", message: "Describe the scope." },
    ];
    expect(errorSummaryTitle("Some fields need attention.", two)).toBe("Some fields need attention.");
    expect(errorSummaryTitle("Choose the consortium.", [{ name: "consortiumId", message: "Choose the consortium." }])).toBe("There is a problem");
    expect(errorSummaryTitle("Some fields need attention.", [{ name: "title", message: "Enter the title." }])).toBe("Some fields need attention.");
    // A refusal that lists what is missing is headed by its lead; the list is the summary's.
    const missing = [
      { name: "scope", message: "Needed before it can move on: a short description of the scope." },
      { name: "benefits", message: "Needed before it can move on: the expected benefit." },
    ];
    expect(errorSummaryTitle("Complete the form first: a short description of the scope; the expected benefit.", missing)).toBe("Complete the form first.");
    expect(errorSummaryTitle("Complete the form first: a short description of the scope.", missing)).toBe(
      "Complete the form first: a short description of the scope.",
    );
  });
});
