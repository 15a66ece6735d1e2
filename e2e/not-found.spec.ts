import { expect, test } from "./support/fixtures";

test("an unknown address shows the not-found page with status 404", async ({ page, signInAs }) => {
  await signInAs("Requestor, Los Angeles IV-A");
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "We could not find that page" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to my work" })).toHaveAttribute("href", "/");
});
