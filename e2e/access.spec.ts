import type { Page } from "@playwright/test";
import { expect, person, submitSignInForm, test } from "./support/fixtures";

// Nine people at nine desks on a two-core machine, through every step of the process: given time.
test.setTimeout(300_000);
// A step that does not appear fails in seconds, not at the journey's end.
test.use({ actionTimeout: 20_000 });

const todayInCalifornia = () => new Intl.DateTimeFormat("en-CA", { timeZone: "America/Los_Angeles" }).format(new Date());

/** The confirmation dialog a step asks before it is taken, answered with its button. */
async function confirm(page: Page, button: string) {
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: button, exact: true }).click();
}

test("a Requestor goes from the Director's nomination to accounts in use, each step by its role, and the public matrix shows it", async ({ browser }) => {
  const stamp = Date.now();
  const organization = `Los Angeles Public Defender ${stamp}`;
  const contactEmail = `pd.${stamp}@lapd.example.gov`;

  // 6.2: the LCSA Director identifies the Requestor.
  const director = await person(browser, "LCSA Director, Los Angeles");
  await director.goto("/access/new");
  await director.getByLabel("Organization").fill(organization);
  await director.getByLabel("Name of the person to invite").fill("Robin Counsel");
  await director.getByLabel("Their title").fill("Chief Deputy");
  await director.getByLabel("Their mailing address").fill("210 West Temple Street\nLos Angeles, CA 90012");
  await director.getByLabel("Their email address").fill(contactEmail);
  await director.getByLabel("Coordinator's name").fill("Cory Coordinator");
  await director.getByLabel("Coordinator's title").fill("Third Party Access Coordinator");
  await director.getByLabel("Coordinator's phone, email or address").fill("(562) 555-0100");
  await director.getByLabel("System Administrator's name").fill("Sam Sysadmin");
  await director.getByLabel("System Administrator's title").fill("LCSA System Administrator");
  await director.getByLabel("System Administrator's phone, email or address").fill("(562) 555-0101");
  await director.getByLabel("User accounts you recommend").fill("3");
  // The letter may go today: Los Angeles converted more than two months ago (its earliest day is filled in).
  await expect(director.getByLabel("Date the invitation letter should be sent")).toHaveValue(todayInCalifornia());
  await director.getByRole("button", { name: "Identify the Requestor" }).click();
  await expect(director.getByRole("heading", { level: 1, name: new RegExp(organization) })).toBeVisible({ timeout: 15_000 });
  const applicationUrl = new URL(director.url()).pathname;
  expect(applicationUrl).toMatch(/^\/access\/applications\/[0-9a-f-]{36}$/);

  // 6.3: the Process Manager sends the invitation letter, which gives the Requestor access.
  const manager = await person(browser, "Third Party Access Process Manager");
  await manager.goto(applicationUrl);
  await manager.getByRole("button", { name: "Send the invitation letter" }).click();
  await confirm(manager, "Send the invitation");
  await expect(manager.locator("#invitation")).toContainText("Sent");
  // The Appendix A letter, printable and as a PDF; another organization's Requestor cannot read it.
  const letter = await manager.request.get(`${applicationUrl}/letters/invitation/pdf`);
  expect(letter.headers()["content-type"]).toBe("application/pdf");
  expect((await letter.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const outsider = await person(browser, "Requestor, Los Angeles IV-A");
  expect((await outsider.request.get(`${applicationUrl}/letters/invitation/pdf`)).status()).toBe(404);
  await outsider.goto(applicationUrl);
  await expect(outsider.getByRole("heading", { level: 1 })).not.toContainText(organization);

  // The invitation's link reaches the Requestor by e-mail; with no mail server here the e-mail
  // is held, so the administrator makes a new link, as for anyone whose e-mail went astray.
  const admin = await person(browser, "Administrator");
  await admin.goto(`/admin/users?q=${encodeURIComponent(contactEmail)}`);
  await admin.getByRole("link", { name: "Robin Counsel" }).click();
  await admin.getByRole("button", { name: "Create a new invitation link" }).click();
  const link = await admin.getByLabel("Invitation link").inputValue();
  const requestor = await (await browser.newContext()).newPage();
  await requestor.goto(new URL(link).pathname);
  const password = "a long requestor passphrase";
  await requestor.getByLabel("New password").fill(password);
  await requestor.getByLabel("Type it again").fill(password);
  await requestor.getByRole("button", { name: "Set password" }).click();
  await expect(requestor.getByText("Your password is set")).toBeVisible();
  await requestor.goto("/signin");
  await submitSignInForm(requestor, contactEmail, password);
  await expect(requestor.getByRole("heading", { level: 1, name: /^Welcome, / })).toBeVisible({ timeout: 20_000 });

  // 6.4: the Requestor finds the application on its home page and completes Appendix B.
  await requestor.getByRole("link", { name: "Complete and submit the application" }).first().click();
  await expect(requestor).toHaveURL(new RegExp(`${applicationUrl}#application$`));
  const form = requestor.locator("#application");
  await form.getByLabel("Contact number").fill("(213) 555-0142");
  await form.getByRole("button", { name: "Save the draft" }).click();
  // Once saved (the form then shows the draft as stored), the rest of the form.
  await expect(form.getByText("The draft is saved.")).toBeVisible({ timeout: 15_000 });
  await expect(form.getByText("Still needed before you can submit")).toBeVisible();
  await form.getByLabel("Information Security Officer's name").fill("Ira Secure");
  await form.getByLabel("Information Security Officer's title").fill("Information Security Officer");
  await form.getByLabel("Information Security Officer's phone number").fill("(213) 555-0143");
  await form.getByLabel("Information Security Officer's email address").fill(`iso.${stamp}@lapd.example.gov`);
  await form.getByLabel("Name of person that will sign the MOU for Requestor").fill("Robin Counsel");
  await form.getByLabel("MOU signer's title").fill("Chief Deputy");
  await form.getByLabel("California Family Law section 17212").check();
  await form
    .getByLabel("Describe statutory authority which allows disclosure of child support information to Requestor")
    .fill("Family Code 17212(b) permits disclosure to a public agency for the administration of the child support program.");
  await form.getByLabel("For what purpose will requestor use child support information?").fill("To locate parents for the representation of clients.");
  await form.getByLabel("Number of users requested").fill("3");
  await form.getByLabel("Signature of Requestor or Designee (typed name)").fill("Robin Counsel");
  await form.getByLabel("Date", { exact: true }).fill(todayInCalifornia());
  await form.getByRole("button", { name: "Submit the application to DCSS" }).click();
  await expect(requestor.locator("#status")).toContainText("Process Manager", { timeout: 15_000 });

  // 6.5: the Process Manager asks DCSS Legal and the Infrastructure Manager; each answers.
  await manager.reload();
  await manager.getByRole("button", { name: "Request the legal review" }).click();
  await expect(manager.getByRole("button", { name: "Request the connectivity test" })).toBeVisible();
  await manager.getByRole("button", { name: "Request the connectivity test" }).click();
  await expect(manager.getByRole("button", { name: "Request the connectivity test" })).toHaveCount(0);
  const legal = await person(browser, "DCSS Legal");
  await legal.goto(applicationUrl);
  await legal.getByLabel("Favorable: access is legally authorized").check();
  await legal.getByRole("button", { name: "Send the legal review" }).click();
  // Recorded once the form gives way to the answer (the form's own choices also read "Favorable").
  await expect(legal.getByRole("button", { name: "Send the legal review" })).toHaveCount(0, { timeout: 15_000 });
  await expect(legal.locator("#legal-review")).toContainText("Answered");
  const infrastructure = await person(browser, "Infrastructure Manager");
  await infrastructure.goto(applicationUrl);
  await infrastructure.getByLabel("Favorable: the connection works").check();
  await infrastructure.getByRole("button", { name: "Send the connectivity test's result" }).click();
  await expect(infrastructure.getByRole("button", { name: "Send the connectivity test's result" })).toHaveCount(0, { timeout: 15_000 });
  await expect(infrastructure.locator("#connectivity")).toContainText("Answered");
  await manager.reload();
  await manager.getByRole("button", { name: "Send it to the Process Owner for decision" }).click();
  await confirm(manager, "Send for decision");
  await expect(manager.getByRole("button", { name: "Send it to the Process Owner for decision" })).toHaveCount(0);

  // 6.6: beyond what the guide reserves, the Process Owner's approval needs a justification and an override.
  const owner = await person(browser, "Third Party Access Process Owner");
  await owner.goto(applicationUrl);
  const decision = owner.locator("#decision");
  await decision.getByLabel("Number of user accounts to approve").fill("3");
  await decision.getByRole("button", { name: "Approve: sign the Notice of Conditional Acceptance" }).click();
  // The guide reserves none for a new organization (1.6), so any number is beyond it.
  await expect(decision.getByText(/approving 3 needs a written justification and the override\./).first()).toBeVisible();
  await expect(owner.locator("#status")).not.toContainText("Conditionally approved");
  await decision.getByLabel("Justification for the additional accounts").fill("A new public defender office with three staff who locate parents.");
  await decision.getByLabel(/I approve more accounts than the guide reserves/).check();
  await decision.getByRole("button", { name: "Approve: sign the Notice of Conditional Acceptance" }).click();
  await expect(owner.getByRole("link", { name: "Notice of Conditional Acceptance", exact: true })).toBeVisible({ timeout: 15_000 });

  // 6.7 to 6.9: the package goes out, the Requestor returns the signed MOU, the Process Owner countersigns.
  await manager.reload();
  await manager.getByRole("button", { name: "Record the approval package as sent" }).click();
  await confirm(manager, "It is sent");
  await expect(manager.locator("#package")).toContainText("Sent ");
  await requestor.reload();
  await requestor.getByLabel("The signed MOU (PDF)").setInputFiles({
    name: "signed-mou.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"),
  });
  await requestor.getByRole("button", { name: "Send the signed MOU to DCSS" }).click();
  await expect(requestor.locator("#mou")).toContainText("signed-mou.pdf", { timeout: 15_000 });
  await owner.reload();
  await owner.getByRole("button", { name: "Countersign the MOU" }).click();
  await confirm(owner, "Countersign");
  await expect(owner.locator("#countersign")).toContainText(/Signed .* by Owen Owner; term /, { timeout: 15_000 });

  // The public matrix, signed out, lists the organization with its three accounts at once.
  const reader = await (await browser.newContext()).newPage();
  await reader.goto("/matrix");
  await expect(reader.getByRole("row").filter({ hasText: organization })).toContainText("3");

  // 7.1 and 7.2: the office ID and the infrastructure evaluation.
  await infrastructure.reload();
  await infrastructure.getByLabel("Office ID").fill(`LAPD${String(stamp).slice(-4)}`);
  await infrastructure.getByRole("button", { name: "Record the office ID" }).click();
  await expect(infrastructure.locator("#office-id")).toContainText(`LAPD${String(stamp).slice(-4)}`, { timeout: 15_000 });
  await infrastructure.getByLabel("Infrastructure evaluation").fill("Connection through the DTS Point of Presence; workstations meet the standard.");
  await infrastructure.getByRole("button", { name: "Record the evaluation" }).click();
  await expect(infrastructure.locator("#infrastructure")).toContainText("DTS Point of Presence", { timeout: 15_000 });

  // 7.3: the Requestor lists its users; the System Administrator sets up the trained one, not the other.
  await requestor.goto(applicationUrl);
  await requestor.getByRole("link", { name: "The organization's page: MOU, users and accounts" }).click();
  const users = requestor.locator("#users");
  const addUser = async (name: string, email: string, trainedOn: string, signedOn: string) => {
    await users.getByLabel("Full name").fill(name);
    await users.getByLabel("Work e-mail address").fill(email);
    await users.getByLabel("Security awareness training completed on").fill(trainedOn);
    await users.getByLabel("Confidentiality statement signed on").fill(signedOn);
    await users.getByRole("button", { name: "Add the user" }).click();
    await expect(requestor.locator("#accounts")).toContainText(name, { timeout: 15_000 });
  };
  await addUser("Terry Trained", `terry.${stamp}@lapd.example.gov`, todayInCalifornia(), todayInCalifornia());
  await addUser("Una Untrained", `una.${stamp}@lapd.example.gov`, "2025-06-01", todayInCalifornia());
  const organizationUrl = new URL(requestor.url()).pathname;

  const sysadmin = await person(browser, "LCSA System Administrator, Los Angeles");
  await sysadmin.goto(organizationUrl);
  const accounts = sysadmin.locator("#accounts");
  await expect(accounts.getByRole("row").filter({ hasText: "Una Untrained" })).toContainText(/Not yet: .*training/);
  await expect(accounts.getByRole("button", { name: "Mark Una Untrained's account set up" })).toHaveCount(0);
  await accounts.getByRole("button", { name: "Mark Terry Trained's account set up" }).click();
  await confirm(sysadmin, "Yes, it is set up");
  await expect(accounts.getByRole("row").filter({ hasText: "Terry Trained" })).toContainText(/set up/i, { timeout: 15_000 });
});

test("a renewal is blocked while an audit finding is open, and the reason is shown", async ({ browser }) => {
  // The demo's Orange IV-A: its MOU ends within six months, the renewal notice is recorded, and a finding is open.
  // 10.1: "The Process Owner notifies the Requestor that the MOU will not be renewed until all audit findings are cleared."
  const owner = await person(browser, "Third Party Access Process Owner");
  await owner.goto("/access/findings");
  await owner
    .getByRole("link", { name: /Orange/ })
    .first()
    .click();
  const renewal = owner.locator("#renewal");
  await expect(renewal).toContainText("Not renewed while findings are open");
  await expect(renewal).toContainText("The MOU will not be renewed until all audit findings are cleared");
  await expect(renewal.getByRole("button", { name: "Invite to renew" })).toHaveCount(0);
  await renewal.getByRole("button", { name: "Tell the Requestor it will not be renewed yet" }).click();
  await confirm(owner, "Notify the Requestor");
  await expect(renewal).toContainText("The Requestor was told on", { timeout: 15_000 });
  // Orange IV-A's contacts have no account in the app: the page says how they are told instead.
  await expect(renewal).toContainText("send the notice by letter");
});
