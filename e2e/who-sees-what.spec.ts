import { expect, person, test } from "./support/fixtures";

// Issue 12, item 9: a third-party requestor is an outside organization. Committees, their
// meetings, motions and roll calls, elections, workgroups and background materials are the
// program's; the requestor sees the access pages and the public ones only.
test("a third-party requestor cannot open committees, meetings, motions or workgroups", async ({ browser }) => {
  const member = await person(browser, "CASES ESC voting member");
  const meetingHref = await member
    .locator("section")
    .filter({ has: member.getByRole("heading", { name: "Next meeting", exact: true }) })
    .getByRole("link")
    .first()
    .getAttribute("href");
  await member.goto("/committees");
  const committeeHref = await member.getByRole("link", { name: "CASES Executive Steering Committee" }).first().getAttribute("href");
  await member.context().close();

  const requestor = await person(browser, "Requestor, Los Angeles IV-A");
  const nav = requestor.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "My work" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Committees" })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "Workgroups" })).toHaveCount(0);
  for (const path of ["/committees", committeeHref!, meetingHref!, "/workgroups"]) {
    const response = await requestor.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(requestor.getByRole("heading", { level: 1, name: "Your roles do not include this page" })).toBeVisible();
  }
  await requestor.context().close();
});
