// The editor as the person running the page meets it, from file:// in
// Chromium: paste an article (written for this test), check its draft card
// against the highlighted words, correct the date and a participant, reload,
// export the single file, open the export. The article text is this
// project's own, not a publisher's.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, copyFileSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { launch, artifacts, root, dataset, settled, visibleCards, axe, tempDir } from "./helpers.mjs";
import { ARTICLE } from "./pasted-article.mjs";


let browser;
let downloads;
before(async () => {
  browser = await launch();
  downloads = tempDir("mw-editor-");
});
after(async () => { await browser?.close(); });

/** Each page under its own folder: file:// pages share one IndexedDB origin, keyed by path. */
function freshCopy(name) {
  const dir = tempDir(`mw-${name}-`);
  copyFileSync(join(root, "dist", "index.html"), join(dir, "index.html"));
  copyFileSync(join(root, "dist", "meetings-editor.js"), join(dir, "meetings-editor.js"));
  return pathToFileURL(join(dir, "index.html")).href;
}

async function openEditor(page) {
  await page.click("#meetings-add");
  await page.waitForSelector("dialog.mw-editor[open]", { timeout: 60000 });
}

const draft = (page) => page.locator(".mw-ed-card").first();

test("editor: paste, check the evidence, correct, reload, export the single file, open it", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => { if (m.type() === "error") problems.push(m.text()); });
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("dialog", (d) => d.accept());
  await page.goto(freshCopy("editor"));
  await settled(page);
  const builtIn = dataset().meetings.length;
  assert.equal(await visibleCards(page).count(), builtIn);

  // The reader's file does not carry the editor: its module comes only now.
  assert.equal(await page.evaluate(() => typeof window.MeetingsEditor), "undefined");
  await openEditor(page);

  // Text that holds no meeting says so, and why.
  await page.fill(".mw-ed-text", "توقعت الأرصاد الجوية أمطاراً غزيرة على المناطق الساحلية خلال نهاية الأسبوع مع رياح قوية.");
  await page.click(".mw-ed-paste button[type=submit]");
  const none = await page.locator(".mw-ed-none").innerText();
  assert.match(none, /لم يُعثر على أي لقاء/);
  assert.match(none, /لا يذكر النص لقاءً/);

  await page.fill(".mw-ed-text", ARTICLE);
  await page.fill(".mw-ed-paste input[type=date]", "2024-03-05");
  await page.click(".mw-ed-paste button[type=submit]");
  await draft(page).waitFor();
  const people = await draft(page).locator(".mw-ed-people input[dir=ltr]").evaluateAll((xs) => xs.map((x) => x.value));
  assert.ok(people.includes("Sergey Lavrov") && people.includes("Subrahmanyam Jaishankar"), people.join(", "));
  const date = draft(page).locator('input[type=date]').first();
  assert.equal(await date.inputValue(), "2024-03-05");
  // Focusing the date marks the words it rests on.
  await date.focus();
  const marked = await draft(page).locator(".mw-ed-article mark").allInnerTexts();
  assert.ok(marked.some((t) => t.includes("الثلاثاء")), marked.join(" | "));
  await page.screenshot({ path: join(artifacts, "editor-draft.png") });
  await page.screenshot({ path: join(root, "docs", "screenshot-editor.png") });

  // Correct the date and a participant: the Indian minister becomes China's.
  await date.fill("2024-03-04");
  await date.dispatchEvent("change");
  const rows = draft(page).locator(".mw-ed-people .mw-ed-row");
  const at = await rows.evaluateAll((rs) => rs.findIndex((r) => [...r.querySelectorAll("input")].some((x) => x.value === "Subrahmanyam Jaishankar")));
  await rows.nth(at).getByRole("button").click();
  const pick = draft(page).locator(".mw-ed-people input[list]");
  await pick.fill("وانغ يي");
  await pick.dispatchEvent("change");
  await page.waitForFunction(() => [...document.querySelectorAll(".mw-ed-card .mw-ed-people input[dir=ltr]")].some((x) => x.value === "Wang Yi"));
  assert.equal(await draft(page).locator(".mw-ed-badge-corrected").count(), 1);
  assert.match(await draft(page).innerText(), /كان المستخرج قد قال: 2024-03-05/);
  await draft(page).getByRole("button", { name: "أضف إلى القائمة" }).click();
  await page.waitForSelector(".mw-ed-status:has-text('حُفظ')");
  const violations = await axe(page, "dialog.mw-editor");
  assert.deepEqual(violations, []);
  await page.screenshot({ path: join(artifacts, "editor-corrected.png") });
  await page.click(".mw-ed-head button");

  // The card is in the list, marked, and searchable.
  assert.equal(await visibleCards(page).count(), builtIn + 1);
  await page.fill("input[type=search]", "الجزائرية");
  await settled(page);
  const card = visibleCards(page);
  assert.equal(await card.count(), 1);
  assert.match(await card.innerText(), /صُحّح يدوياً/);

  // A reload loses nothing: the card, and the draft in the editor.
  await page.goto(page.url().split("#")[0]);
  await settled(page);
  assert.equal(await visibleCards(page).count(), builtIn + 1);
  await openEditor(page);
  assert.equal(await draft(page).locator('input[type=date]').first().inputValue(), "2024-03-04");

  // Export the single file and the corrections file.
  const [html] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "صدّر صفحة واحدة (HTML)" }).click()]);
  const exported = join(downloads, "meetings.html");
  await html.saveAs(exported);
  const [fixes] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "صدّر ملف التصحيحات" }).click()]);
  const correctionsFile = join(downloads, "corrections.json");
  await fixes.saveAs(correctionsFile);
  const corrections = JSON.parse(readFileSync(correctionsFile, "utf8")).corrections;
  assert.deepEqual(corrections.map((c) => c.field).sort(), ["date_end", "date_start", "participants"]);
  assert.deepEqual(problems, []);
  await context.close();

  // The exported file, alone in a new browser profile: the new card, corrected, searchable.
  const fresh = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const opened = await fresh.newPage();
  const errors = [];
  opened.on("pageerror", (e) => errors.push(e.message));
  await opened.goto(pathToFileURL(exported).href);
  await settled(opened);
  assert.equal(await visibleCards(opened).count(), builtIn + 1);
  await opened.fill("input[type=search]", "وانغ الجزائرية");
  await settled(opened);
  assert.equal(await visibleCards(opened).count(), 1);
  const text = await visibleCards(opened).innerText();
  assert.match(text, /صُحّح يدوياً/);
  // The participants as corrected (the lede still quotes the article, which names the Indian minister).
  assert.match(text, /سيرغي لافروف ووانغ يي\n/);
  assert.match(text, /^4 مارس 2024\n/);
  await opened.screenshot({ path: join(artifacts, "editor-exported.png") });
  assert.deepEqual(errors, []);
  await fresh.close();
});

test("editor: a page without meetings-editor.js beside it says so instead of failing silently", async () => {
  const dir = tempDir("mw-alone-");
  copyFileSync(join(root, "dist", "index.html"), join(dir, "index.html"));
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(pathToFileURL(join(dir, "index.html")).href);
  await settled(page);
  await page.click("#meetings-add");
  assert.match(await page.locator(".mw-page-tools [role=alert]").innerText(), /meetings-editor\.js/);
  await context.close();
});

test("editor: in English, with no storage, the page says the work is not saved and it still exports", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  // A browser that refuses storage (a locked-down profile, some private windows).
  await context.addInitScript(() => {
    Object.defineProperty(window, "indexedDB", { get() { throw new Error("storage is blocked"); } });
  });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(freshCopy("no-storage"));
  await settled(page);
  assert.equal(await visibleCards(page).count(), dataset().meetings.length, "the reader does not need storage");
  await page.getByRole("button", { name: "English" }).click();
  await openEditor(page);
  assert.equal(await page.locator("#mw-ed-title").innerText(), "Add an article and correct its meetings");
  await page.fill(".mw-ed-text", ARTICLE);
  await page.click(".mw-ed-paste button[type=submit]");
  await draft(page).waitFor();
  const alarm = page.locator(".mw-ed-status[role=alert]");
  await alarm.waitFor();
  assert.match(await alarm.innerText(), /Could not save in this browser; export your work now/);
  await draft(page).getByRole("button", { name: "Add to the list" }).click();
  const [json] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export the data (JSON)" }).click()]);
  const file = join(downloads, "no-storage.json");
  await json.saveAs(file);
  const meetings = JSON.parse(readFileSync(file, "utf8")).meetings;
  assert.equal(meetings.length, dataset().meetings.length + 1);
  assert.ok(meetings.some((m) => m.source_file === "added-1.txt"));
  const violations = await axe(page, "dialog.mw-editor");
  assert.deepEqual(violations, []);
  await page.screenshot({ path: join(artifacts, "editor-en-no-storage.png") });

  // Split in two, each half with its own participant; the corrections file makes the build split it again.
  await draft(page).getByRole("button", { name: "Split in two" }).click();
  await page.locator(".mw-ed-card").nth(1).waitFor();
  for (const [card, gone] of [[0, "Subrahmanyam Jaishankar"], [1, "Sergey Lavrov"]]) {
    const rows = page.locator(".mw-ed-card").nth(card).locator(".mw-ed-people .mw-ed-row");
    const at = await rows.evaluateAll((rs, name) => rs.findIndex((r) => [...r.querySelectorAll("input")].some((x) => x.value === name)), gone);
    await rows.nth(at).getByRole("button").click();
  }
  const [fixes] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export the corrections file" }).click()]);
  const seeds = tempDir("mw-split-");
  await fixes.saveAs(join(seeds, "corrections.json"));
  writeFileSync(join(seeds, "added-1.txt"), ARTICLE);
  const cli = spawnSync("cargo", ["run", "--quiet", "--release", "--features", "cli", "--bin", "meetings", "--", "extract", seeds,
    "--corrections", join(seeds, "corrections.json")], { cwd: root, encoding: "utf8", maxBuffer: 1 << 28 });
  assert.equal(cli.status, 0, cli.stderr);
  const halves = JSON.parse(cli.stdout).meetings.map((m) => m.participants.map((p) => p.name).join(" + "));
  assert.deepEqual(halves, ["Sergey Lavrov", "Subrahmanyam Jaishankar"]);
  assert.deepEqual(errors, []);
  await context.close();
});

test("npm run build applies a corrections file and names a stale correction", async () => {
  const dir = tempDir("mw-corrections-");
  const first = dataset().meetings[0];
  const file = join(dir, "corrections.json");
  writeFileSync(file, JSON.stringify({ schema: 1, corrections: [
    { id: first.id, source_file: first.source_file, field: "occasion_ar", value: "مناسبة صحّحها الاختبار" },
    { id: "no-such-article-1", source_file: "no-such-article.txt", field: "city_ar", value: "جدة" },
  ] }));
  const out = join(dir, "dist");
  const run = spawnSync("node", [join(root, "scripts", "build.mjs")], {
    cwd: root, env: { ...process.env, MEETINGS_CORRECTIONS: file, MEETINGS_OUT: out }, encoding: "utf8",
  });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stderr, /1 correction\(s\) applied/);
  assert.match(run.stderr, /"no-such-article-1" of no-such-article\.txt: no such meeting any more/);
  const built = JSON.parse(readFileSync(join(out, "meetings.json"), "utf8")).meetings.find((m) => m.id === first.id);
  assert.equal(built.occasion_ar, "مناسبة صحّحها الاختبار");
  assert.ok("occasion_ar" in built.corrected);
});
