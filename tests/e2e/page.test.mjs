// The built single file, opened from disk as a reader would.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { spawn } from "node:child_process";
import { launch, openPage, visibleCards, dataset, distFile, artifacts, root, settled, tempDir } from "./helpers.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("file:// page shows one card per meeting, and search narrows them", async () => {
  const { page, problems, context } = await openPage(browser);
  const expected = dataset().meetings.length;
  assert.ok(expected >= 6, `dataset has ${expected} meetings`);
  await page.waitForSelector("article[data-meeting-id]");
  assert.equal(await page.locator("article[data-meeting-id]").count(), expected);
  assert.equal(await page.getAttribute("html", "lang"), "ar");
  assert.equal(await page.getAttribute("html", "dir"), "rtl");
  const status = page.locator("[role=status]");
  assert.equal(await status.getAttribute("data-count"), String(expected));
  assert.ok((await status.textContent()).length > 0);
  await page.screenshot({ path: join(artifacts, "page-1280.png"), fullPage: true });
  await page.screenshot({ path: join(root, "docs", "screenshot.png") });

  await page.fill("input[type=search]", "طشقند");
  await settled(page);
  const narrowed = await visibleCards(page).count();
  assert.ok(narrowed >= 1 && narrowed < expected, `"طشقند" left ${narrowed} cards`);
  assert.equal(await status.getAttribute("data-count"), String(narrowed));

  await page.fill("input[type=search]", "كلمة-لا-توجد-في-أي-خبر");
  await settled(page);
  assert.equal(await visibleCards(page).count(), 0);
  await page.fill("input[type=search]", "");
  await settled(page);
  assert.equal(await visibleCards(page).count(), expected);
  assert.deepEqual(problems, []);
  await context.close();
});

test("search folds Arabic spellings: وانج = وانغ, شنغهاي finds شانغهاي", async () => {
  const { page, problems, context } = await openPage(browser);
  await page.waitForSelector("article[data-meeting-id]");
  const idsFor = async (q) => {
    await page.fill("input[type=search]", q);
    await settled(page);
    return visibleCards(page).evaluateAll((els) => els.map((e) => e.dataset.meetingId).sort());
  };
  const withGh = await idsFor("وانغ");
  const withJ = await idsFor("وانج");
  assert.ok(withGh.length >= 5, `وانغ found ${withGh.length}`);
  assert.deepEqual(withJ, withGh);
  const shanghai = await idsFor("شنغهاي");
  const hasShanghaiSpelling = dataset().meetings.filter((m) => m.article_text.includes("شانغهاي")).map((m) => m.id);
  for (const id of hasShanghaiSpelling) assert.ok(shanghai.includes(id), `${id} should match شنغهاي`);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a narrow screen has no sideways overflow", async () => {
  const { page, problems, context } = await openPage(browser, undefined, { viewport: { width: 360, height: 740 } });
  await page.waitForSelector("article[data-meeting-id]");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `page overflows by ${overflow}px`);
  await page.screenshot({ path: join(artifacts, "page-360.png"), fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

/** A copy of the built page with one part replaced. */
function brokenCopy(name, transform) {
  const dir = tempDir("mw-");
  const file = join(dir, `${name}.html`);
  writeFileSync(file, transform(readFileSync(distFile, "utf8")));
  return pathToFileURL(file).href;
}

test("a broken dataset shows a readable message, not a blank page", async () => {
  const cases = {
    "not-json": (html) => html.replace(/(<script type="application\/json" id="meetings-data">)[\s\S]*?(<\/script>)/, "$1{broken$2"),
    "wrong-schema": (html) => html.replace(/(<script type="application\/json" id="meetings-data">)[\s\S]*?(<\/script>)/, '$1{"schema":99,"meetings":[]}$2'),
  };
  for (const [name, transform] of Object.entries(cases)) {
    const { page, context } = await openPage(browser, brokenCopy(name, transform));
    const alert = page.locator("[role=alert]");
    await alert.waitFor();
    const text = await alert.textContent();
    assert.ok(text.length > 20, `${name}: message "${text}"`);
    await context.close();
  }
});

test("a wasm that fails to load shows a readable message", async () => {
  const url = brokenCopy("bad-wasm", (html) => html.replace(/^ *var raw = ".*";$/m, () => 'var raw = "not wasm";'));
  const { page, context } = await openPage(browser, url);
  const alert = page.locator("[role=alert]");
  await alert.waitFor();
  assert.match(await alert.textContent(), /WebAssembly/);
  await context.close();
});

test("npm start's server serves the same page on 127.0.0.1", async () => {
  const port = 18000 + Math.floor(Math.random() * 1000);
  const server = spawn(process.execPath, [join(root, "scripts", "serve.mjs")], { env: { ...process.env, PORT: String(port) } });
  try {
    const banner = await new Promise((resolve, reject) => {
      let out = "";
      server.stdout.on("data", (d) => { out += d; if (out.includes("file://")) resolve(out); });
      server.on("exit", (code) => reject(new Error(`server exited ${code}`)));
    });
    assert.match(banner, new RegExp(`http://127\\.0\\.0\\.1:${port}/`));
    const { page, problems, context } = await openPage(browser, `http://127.0.0.1:${port}/`);
    await page.waitForSelector("article[data-meeting-id]");
    assert.equal(await page.locator("article[data-meeting-id]").count(), dataset().meetings.length);
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    server.kill();
  }
});
