import { expect as baseExpect, signedInPage, test } from "./support/fixtures";

/**
 * Issue 12, items 3 and 7, as a person meets them: a meeting dated 9999-12-31 is refused
 * with a field message (it used to be stored and break the committee's page for everyone),
 * and a file over 10 MB gets the size message, from the browser before sending and from the
 * server when it is sent anyway (it used to answer 500 past the 11 MB body limit).
 */
const expect = baseExpect.configure({ timeout: 20_000 });
const COMMITTEE = "CASES Executive Steering Committee";
const MB = 1024 * 1024;

/** `yyyy-mm-ddThh:mm` in California `days` from now at 10:00, for the datetime-local field. */
function californiaInput(days: number): string {
  const day = new Date(Date.now() + days * 86_400_000).toLocaleDateString("en-CA", { timeZone: "America/Los_Angeles" });
  return `${day}T10:00`;
}

test("a meeting dated 9999-12-31 is refused with a field message, and the committee's page still renders", async ({ browser }) => {
  const chair = await signedInPage(browser, "CASES ESC chair");
  await chair.goto("/committees");
  await chair.getByRole("link", { name: COMMITTEE }).click();
  await expect(chair.getByRole("heading", { level: 1, name: COMMITTEE })).toBeVisible();
  const committeeUrl = chair.url();
  const title = `Far future ${Date.now()}`;
  await chair.getByLabel("Title").fill(title);
  await chair.getByLabel("Starts (California time)").fill("9999-12-31T23:59");
  await chair.getByRole("button", { name: "Schedule the meeting" }).click();
  // The message beside the field (the error summary repeats it as a link to the field).
  await expect(chair.locator("#meeting-starts-error")).toHaveText("Enter a date from January 1, 2000 through December 31, 2100.");

  const reloaded = await chair.goto(committeeUrl);
  expect(reloaded?.status()).toBe(200);
  await expect(chair.getByRole("heading", { level: 1, name: COMMITTEE })).toBeVisible();
  await expect(chair.getByText(title)).toHaveCount(0);
});

test("a file over 10 MB gets the size message, in the browser and from the server", async ({ browser }) => {
  const chair = await signedInPage(browser, "CASES ESC chair");
  await chair.goto("/committees");
  await chair.getByRole("link", { name: COMMITTEE }).click();
  const title = `Materials ${Date.now()}`;
  await chair.getByLabel("Title").fill(title);
  await chair.getByLabel("Starts (California time)").fill(californiaInput(21));
  await chair.getByRole("button", { name: "Schedule the meeting" }).click();
  await expect(chair.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const meetingUrl = chair.url();

  // In the browser: refused before it is sent.
  const material = chair.locator("form").filter({ has: chair.getByRole("button", { name: "Post the material" }) });
  await material.getByLabel("Title").fill("The big minutes");
  await material.getByLabel("File").setInputFiles({ name: "minutes.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(11 * MB) });
  await material.getByRole("button", { name: "Post the material" }).click();
  await expect(material.getByText("“minutes.pdf” is 11.0 MB; files can be at most 10 MB.")).toBeVisible();

  // Sent anyway (no script to check it first: the form posts as plain HTML): the server's answer is the same message, not a 500.
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await chair.context().storageState() });
  const plain = await context.newPage();
  await plain.goto(meetingUrl);
  const plainForm = plain.locator("form").filter({ has: plain.getByRole("button", { name: "Post the material" }) });
  await plainForm.getByLabel("Title").fill("The bigger minutes");
  await plainForm.getByLabel("File").setInputFiles({ name: "minutes.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(12 * MB) });
  const [answer] = await Promise.all([
    plain.waitForResponse((response) => response.request().method() === "POST"),
    plainForm.getByRole("button", { name: "Post the material" }).click(),
  ]);
  expect(answer.status()).toBe(200);
  await expect(plain.locator("#material-file-error")).toHaveText("“minutes.pdf” is 12.0 MB; files can be at most 10 MB.");
  await context.close();
});
