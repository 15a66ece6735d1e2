import { chromium } from "playwright";
const [,, ...paths] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-background-networking","--disable-component-update","--disable-sync"] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const base = "http://localhost:3000";
const who = process.env.WHO;
if (who) {
  await page.goto(base + "/signin");
  await page.getByRole("button", { name: new RegExp(who) }).first().click();
  await page.waitForURL(base + "/");
}
for (const p of paths) {
  await page.goto(base + p);
  await page.waitForLoadState("load");
  const f = "/tmp/shots/" + (who ?? "anon").replace(/\W/g, "_") + p.replace(/\W/g, "_") + ".png";
  await page.screenshot({ path: f, fullPage: true });
  console.log(f);
}
await browser.close();
