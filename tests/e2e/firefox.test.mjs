// Firefox smoke test: Debian's firefox-esr, driven by puppeteer-core over
// WebDriver BiDi, opens the single file from file:// and the iframe-embed
// page, and checks that the cards render and the search works.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer from "puppeteer-core";
import { pageUrl, root, dataset, artifacts, settled } from "./helpers.mjs";

let browser;
before(async () => {
  browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: process.env.FIREFOX_PATH || "/usr/bin/firefox-esr",
    headless: true,
    userDataDir: mkdtempSync(join(tmpdir(), "mw-firefox-")),
    extraPrefsFirefox: { "network.proxy.type": 0, "app.update.enabled": false, "browser.shell.checkDefaultBrowser": false },
  });
});
after(async () => { await browser?.close(); });

/** Visible cards, looking into a widget's shadow root when there is one. */
const visible = async (page) => (await settled(page), page.evaluate(() => {
  const scope = document.querySelector("meetings-widget")?.shadowRoot || document;
  return scope.querySelectorAll("article[data-meeting-id]:not([hidden])").length;
}));

async function typeQuery(page, text) {
  await page.evaluate((q) => {
    const scope = document.querySelector("meetings-widget")?.shadowRoot || document;
    const input = scope.querySelector("input[type=search]");
    input.value = q;
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }, text);
}

for (const [name, url] of [["single file", pageUrl], ["iframe embed page", `file://${join(root, "dist", "embed.html")}?lang=en`]]) {
  test(`Firefox: the ${name} renders the cards and searches`, async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(url);
    await page.waitForFunction(() => {
      const scope = document.querySelector("meetings-widget")?.shadowRoot || document;
      return scope.querySelectorAll("article[data-meeting-id]").length > 0;
    }, { timeout: 30000 });
    assert.equal(await visible(page), dataset().meetings.length);
    await typeQuery(page, "طشقند");
    assert.equal(await visible(page), 1);
    await typeQuery(page, "وانج");
    assert.equal(await visible(page), dataset().meetings.filter((m) => m.participants.some((p) => p.name === "Wang Yi")).length);
    await page.screenshot({ path: join(artifacts, `firefox-${name.replace(/\W+/g, "-")}.png`) });
    assert.deepEqual(errors, []);
    await page.close();
  });
}
