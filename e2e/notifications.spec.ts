import type { Locator, Page } from "@playwright/test";
import { expect, person, test } from "./support/fixtures";

/** The header's inbox link; its name ends with "N unread" while any are. */
const inboxLink = (page: Page): Locator => page.getByRole("banner").getByRole("link", { name: /^Notifications/ });

async function unreadShown(page: Page): Promise<number> {
  const name = (await inboxLink(page).textContent()) ?? "";
  return Number(/(\d+)\+? unread/.exec(name)?.[1] ?? 0);
}

// The reminder comes from the background worker's once-a-minute run: allow two of them.
test.setTimeout(240_000);

test("a vote closing within a day reminds each member in their inbox, they mark it read, and an administrator reads the held e-mail in the outbox", async ({
  browser,
}) => {
  const question = `Adopt the ARS reporting calendar ${Date.now()}?`;
  const admin = await person(browser, "Administrator");
  await admin.goto("/committees");
  await admin.getByRole("link", { name: "ARS Executive Steering Committee" }).click();
  await admin.getByLabel("Question").fill(question);
  await admin.getByLabel("Hours open").fill("3");
  await admin.getByRole("button", { name: "Open the motion" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: question })).toBeVisible();

  // An ARS member gets the "closes soon" reminder without doing anything.
  const member = await person(browser, "ARS ESC member, Orange");
  await expect(async () => {
    await member.goto("/notifications");
    await expect(member.getByRole("link", { name: new RegExp(`: ${question.replace(/[?.]/g, "\\$&")}$`) })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 150_000, intervals: [5_000] });

  const before = await unreadShown(member);
  expect(before).toBeGreaterThanOrEqual(1);
  await expect(inboxLink(member)).toHaveAccessibleName(`Notifications ${before} unread`);
  const reminder = member.getByRole("listitem").filter({ hasText: question });
  await expect(reminder.getByText("Unread")).toBeVisible();
  await expect(reminder).toContainText("your vote has not been cast yet");

  await reminder.getByRole("button", { name: /^Mark as read: / }).click();
  await expect(reminder.getByText("Marked as read.")).toBeVisible();
  await expect(reminder.getByText("Unread")).toHaveCount(0);
  // The header counts what the inbox shows unread. (Not simply one less than before: beside
  // the other journeys, the worker may remind this member of another vote meanwhile.)
  await expect.poll(async () => (await unreadShown(member)) - (await member.getByText("Unread", { exact: true }).count())).toBe(0);

  // The reminder links to the motion.
  await reminder.getByRole("link", { name: new RegExp(question.replace(/[?.]/g, "\\$&")) }).click();
  await expect(member.getByRole("heading", { level: 1, name: question })).toBeVisible();

  // Another member marks everything read at once.
  const other = await person(browser, "ARS ESC member, San Diego");
  await expect(async () => {
    await other.reload();
    expect(await unreadShown(other)).toBeGreaterThanOrEqual(1);
  }).toPass({ timeout: 60_000, intervals: [3_000] });
  await inboxLink(other).click();
  await expect(other.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  // No mail server is configured here: the inbox says so rather than promise an e-mail.
  await expect(other.getByText("E-mail delivery is not configured on this installation; notifications appear here.", { exact: false })).toBeVisible();
  await expect(other.getByText("Each is also e-mailed to you.")).toHaveCount(0);
  await other.getByRole("button", { name: /^Mark (all \d+|it) as read$/ }).click();
  await expect(other.getByText(/notifications? marked as read\./)).toBeVisible();
  await expect(inboxLink(other)).toHaveAccessibleName("Notifications");
  await expect(other.getByText("Unread", { exact: true })).toHaveCount(0);

  // No mail server is configured here, so the e-mail waits in the outbox for administrators.
  // Up to 15 s: beside the other journeys on a busy machine, CI once saw the link still loading at 5 s.
  await admin.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Outbox" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Outbox" })).toBeVisible({ timeout: 15_000 });
  await expect(admin.getByText("E-mail is not being sent")).toBeVisible();
  await admin.getByRole("link", { name: /^Held \(\d+\)$/ }).click();
  await expect(admin).toHaveURL(/status=HELD/);
  const email = admin.getByRole("row").filter({ hasText: "ars2@demo.local" }).filter({ hasText: question });
  await expect(email.getByText("Held", { exact: true })).toBeVisible();
  await email.getByText(`Vote by`).click();
  await expect(email.getByText(/Open it in CCSAS Governance: http:\/\/localhost:\d+\/motions\//)).toBeVisible();
  await admin.getByRole("link", { name: /^Sent \(\d+\)$/ }).click();
  await expect(admin.getByText("No e-mail has this status.")).toBeVisible();
});

test("someone with no notices sees an empty inbox, and only administrators see the outbox", async ({ page, signInAs }) => {
  // The DCSS ISO is told only when a finding it recorded is cleared, which no journey does
  // (the Requestor, once this test's account, now hears of its users' renewals).
  await signInAs("DCSS ISO");
  await expect(inboxLink(page)).toHaveAccessibleName("Notifications");
  await inboxLink(page).click();
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  await expect(page.getByText("You have no notifications.")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Mark (all|it)/ })).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Outbox" })).toHaveCount(0);
  const response = await page.goto("/admin/outbox");
  expect(response?.status()).toBe(403);
});
