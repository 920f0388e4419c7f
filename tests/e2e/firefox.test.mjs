// Firefox smoke test: Debian's firefox-esr, driven by puppeteer-core over
// WebDriver BiDi, opens the single file from file:// and the iframe-embed
// page, and checks that the cards render and the search works.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import puppeteer from "puppeteer-core";
import { pageUrl, root, dataset, artifacts, settled, tempDir } from "./helpers.mjs";
import { ARTICLE } from "./pasted-article.mjs";

let browser;
before(async () => {
  browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: process.env.FIREFOX_PATH || "/usr/bin/firefox-esr",
    headless: true,
    userDataDir: tempDir("mw-firefox-"),
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

test("Firefox: the editor pastes an article and exports the single file", async () => {
  const { copyFileSync } = await import("node:fs");
  const { pathToFileURL } = await import("node:url");
  const dir = tempDir("mw-firefox-editor-");
  copyFileSync(join(root, "dist", "index.html"), join(dir, "index.html"));
  copyFileSync(join(root, "dist", "meetings-editor.js"), join(dir, "meetings-editor.js"));
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(pathToFileURL(join(dir, "index.html")).href);
  await settled(page);
  await page.click("#meetings-add");
  await page.waitForSelector("dialog.mw-editor[open] .mw-ed-text", { timeout: 60000 });
  await page.evaluate((text) => {
    const area = document.querySelector(".mw-ed-text");
    area.value = text;
    document.querySelector(".mw-ed-paste input[type=date]").value = "2024-03-05";
    document.querySelector(".mw-ed-paste button[type=submit]").click();
  }, ARTICLE);
  await page.waitForSelector(".mw-ed-card");
  const names = await page.evaluate(() => [...document.querySelectorAll(".mw-ed-card .mw-ed-people input[dir=ltr]")].map((x) => x.value));
  assert.ok(names.includes("Sergey Lavrov"), names.join(", "));
  // Export: the page's own copy with the draft kept, caught as the Blob the download link carries.
  const html = await page.evaluate(async () => {
    [...document.querySelectorAll(".mw-ed-card button")].find((b) => b.getAttribute("aria-pressed") === "false").click();
    let blob = null;
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () { blob = this.href; };
    [...document.querySelectorAll(".mw-ed-foot button")][1].click();
    HTMLAnchorElement.prototype.click = click;
    return (await fetch(blob)).text();
  });
  assert.match(html, /^<!doctype html>/);
  assert.ok(html.includes("added-1-1"), "the exported dataset carries the new meeting");
  assert.ok(!html.includes("mw-ed-card"), "the editor's markup stays out of the export");
  await page.screenshot({ path: join(artifacts, "firefox-editor.png") });
  assert.deepEqual(errors, []);
  await page.close();
});
