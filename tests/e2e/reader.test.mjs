// The reader's experience on the built page, opened from file://: cards,
// evidence, search with highlights, facets, sort, URL state, timeline, two
// languages, accessibility, small screens, export, print, empty state.
import { parse as parseCsv } from "csv-parse/sync";
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { launch, openPage, visibleCards, dataset, pageUrl, artifacts, root, settled, axe, tempDir } from "./helpers.mjs";


let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const ids = async (page) => {
  await settled(page);
  return visibleCards(page).evaluateAll((els) => els.map((e) => e.dataset.meetingId));
};
const count = (page) => page.locator("[role=status]").getAttribute("data-count").then(Number);
const meetings = () => dataset().meetings;
const byId = (id) => meetings().find((m) => m.id === id);

async function ready(url = pageUrl, options) {
  const opened = await openPage(browser, url, options);
  await opened.page.waitForSelector("article[data-meeting-id]", { state: "attached" });
  return opened;
}

async function facetCount(page, facet, value) {
  await settled(page);
  return Number(await page.locator(`input[data-facet="${facet}"][data-value="${value}"] ~ .facet-count`).getAttribute("data-count"));
}

test("cards read well: dates in both calendars, place, occasion, people, topics, quote, agencies, status", async () => {
  const { page, problems, context } = await ready();
  const announced = meetings().find((m) => m.status === "announced");
  const card = page.locator(`article[data-meeting-id="${announced.id}"]`);
  assert.equal(await card.locator(".badge").count(), 1);
  for (const m of meetings()) {
    const c = page.locator(`article[data-meeting-id="${m.id}"]`);
    assert.equal(await c.locator("time").getAttribute("datetime"), m.date_start);
    assert.match(await c.locator(".card-hijri").textContent(), /\S/, `${m.id} has a Hijri date`);
    assert.ok((await c.locator(".card-fact").count()) >= 3, `${m.id} facts`);
    assert.equal(await c.locator(".topic").count(), m.topics.length);
  }
  const tashkent = page.locator('article[data-meeting-id^="000_"]');
  assert.match(await tashkent.locator(".card-hijri").textContent(), /١٤٤٣|1443/);
  assert.match(await tashkent.locator("blockquote").textContent(), /\S{3,}/);
  assert.equal(await tashkent.locator("blockquote").getAttribute("lang"), "ar");
  assert.deepEqual(problems, []);
  await context.close();
});

test("'Read the article' and every fact's evidence open the article with the words highlighted; Escape closes", async () => {
  const { page, problems, context } = await ready();
  const card = page.locator('article[data-meeting-id^="004_"]');
  const dateButton = card.locator('button[data-field="date"]');
  await dateButton.click();
  const dialog = page.locator("dialog.mw-dialog");
  await dialog.waitFor({ state: "visible" });
  // Why this date, in the page's language: the weekday and the event, as Arabic sentences.
  const why = await dialog.locator(".mw-reason-text").textContent();
  assert.match(why, /الأحد|شنغهاي/);
  assert.doesNotMatch(why, /[A-Za-z]/, why);
  // The file the card came from is named here, as a left-to-right run, not on the card.
  const file = byId(await card.getAttribute("data-meeting-id")).source_file;
  assert.equal(await dialog.locator(".mw-source-file bdi[dir=ltr]").textContent(), file);
  assert.equal(await card.locator(".card-source").count(), 0, "the seeds give no outlet or address");
  const marks = dialog.locator(".mw-article mark");
  assert.ok((await marks.count()) >= 1);
  assert.ok(await marks.first().isVisible());
  await page.screenshot({ path: join(artifacts, "evidence-dialog.png") });
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "hidden" });
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.field), "date");
  for (const field of ["participants", "place", "occasion", "agencies", "quotes"]) {
    const b = card.locator(`button[data-field="${field}"]`);
    await b.click();
    await dialog.waitFor({ state: "visible" });
    const highlighted = await dialog.locator(".mw-article mark").allTextContents();
    assert.ok(highlighted.length >= 1, `${field} highlights`);
    await dialog.locator("[data-action=close-dialog]").click();
    await dialog.waitFor({ state: "hidden" });
  }
  await card.locator("[data-action=open]").click();
  await dialog.waitFor({ state: "visible" });
  assert.ok((await dialog.locator(".mw-article").textContent()).includes("شنغهاي"));
  await page.keyboard.press("Escape");
  assert.deepEqual(problems, []);
  await context.close();
});

test("search folds Arabic, strips clitics, works in English, and highlights in place", async () => {
  const { page, problems, context } = await ready();
  const search = async (q) => { await page.fill("input[type=search]", q); return (await ids(page)).sort(); };
  const withWang = meetings().filter((m) => m.participants.some((p) => p.name === "Wang Yi")).map((m) => m.id).sort();
  assert.deepEqual(await search("وانج"), withWang);
  assert.deepEqual(await search("وانغ"), withWang);
  const shanghai = await search("شنغهاي");
  for (const m of meetings().filter((m) => m.article_text.includes("شانغهاي"))) assert.ok(shanghai.includes(m.id));
  const beijing = await search("بكين");
  for (const m of meetings().filter((m) => m.article_text.includes("وبكين"))) assert.ok(beijing.includes(m.id));
  assert.ok((await search("lavrov")).length >= 6);
  assert.deepEqual(await search("beijing"), meetings().filter((m) => m.city === "Beijing").map((m) => m.id).sort());
  const sco = await search("sco");
  for (const m of meetings().filter((m) => m.occasion_org === "SCO")) assert.ok(sco.includes(m.id), `sco finds ${m.id}`);
  assert.ok(sco.length < meetings().length);
  await search("طشقند");
  const marked = await page.locator("article:visible mark").allTextContents();
  assert.ok(marked.some((t) => t.includes("طشقند")), JSON.stringify(marked));
  // An appended article is its own card: Fidan's article does not match Wang Yi.
  const wang = await search("وانغ يي");
  assert.ok(!wang.some((id) => byId(id).participants.some((p) => p.name === "Hakan Fidan")));
  assert.deepEqual(problems, []);
  await context.close();
});

test("facets: live counts for the query, OR within a facet, AND across, zeros stay, chips, clear all, date range", async () => {
  const { page, problems, context } = await ready();
  const total = meetings().length;
  assert.equal(await facetCount(page, "person", "Wang Yi"), 5);
  await page.fill("input[type=search]", "طشقند");
  assert.equal(await facetCount(page, "person", "Wang Yi"), 1);
  assert.equal(await facetCount(page, "person", "Hakan Fidan"), 0);
  assert.ok(await page.locator('input[data-facet="person"][data-value="Hakan Fidan"]').isVisible());
  await page.fill("input[type=search]", "");
  await page.check('input[data-facet="year"][data-value="2024"]');
  assert.equal(await count(page), 2);
  await page.check('input[data-facet="year"][data-value="2022"]');
  assert.equal(await count(page), 3, "OR within year");
  await page.check('input[data-facet="occasion"][data-value="SCO"]');
  assert.equal(await count(page), 1, "AND across facets");
  assert.equal(await page.locator(".mw-chips .chip[data-action=remove-facet]").count(), 3);
  await page.locator('.mw-chips .chip[data-value="SCO"]').click();
  assert.equal(await count(page), 3);
  await page.locator(".mw-chips .chip-clear").click();
  assert.equal(await count(page), total);
  await page.fill("input[data-action=from]", "1/1/2024");
  await page.press("input[data-action=from]", "Enter");
  await page.fill("input[data-action=to]", "31/12/2024");
  await page.press("input[data-action=to]", "Enter");
  assert.deepEqual((await ids(page)).sort(), meetings().filter((m) => m.date_start.startsWith("2024")).map((m) => m.id).sort());
  assert.deepEqual(problems, []);
  await context.close();
});

test("sort: newest first by default, oldest first, relevance with a query", async () => {
  const { page, problems, context } = await ready();
  const dates = async () => (await ids(page)).map((id) => byId(id).date_start);
  const newest = await dates();
  assert.deepEqual(newest, [...newest].sort().reverse());
  await page.selectOption("select[data-action=sort]", "oldest");
  const oldest = await dates();
  assert.deepEqual(oldest, [...oldest].sort());
  await page.fill("input[type=search]", "تركيا");
  await page.selectOption("select[data-action=sort]", "relevance");
  const first = byId((await ids(page))[0]);
  assert.ok(first.title.includes("تركيا"), first.title);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the view lives in the URL: a copied link reproduces it, back and forward step through changes, a hostile hash is ignored", async () => {
  const { page, problems, context } = await ready();
  await page.fill("input[type=search]", "لافروف");
  await settled(page);
  await page.check('input[data-facet="year"][data-value="2025"]');
  await settled(page);
  await page.selectOption("select[data-action=sort]", "oldest");
  await settled(page);
  const open = (await ids(page))[0];
  await page.locator(`article[data-meeting-id="${open}"] [data-action=open]`).click();
  await page.locator("dialog.mw-dialog").waitFor({ state: "visible" });
  await settled(page);
  const url = page.url();
  const seen = await ids(page);
  const other = await context.newPage();
  await other.goto(url);
  await other.waitForSelector("article[data-meeting-id]", { state: "attached" });
  assert.deepEqual(await ids(other), seen);
  assert.equal(await other.inputValue("input[type=search]"), "لافروف");
  assert.ok(await other.isChecked('input[data-facet="year"][data-value="2025"]'));
  assert.equal(await other.inputValue("select[data-action=sort]"), "oldest");
  await other.locator("dialog.mw-dialog").waitFor({ state: "visible" });
  assert.equal(await other.locator("#mw-dialog-h").textContent(), byId(open).title);
  await other.close();

  await page.keyboard.press("Escape");
  await page.locator("dialog.mw-dialog").waitFor({ state: "hidden" });
  await settled(page);
  await page.goBack();
  await page.locator("dialog.mw-dialog").waitFor({ state: "visible" });
  await page.goBack();
  await page.locator("dialog.mw-dialog").waitFor({ state: "hidden" });
  assert.equal(await page.inputValue("select[data-action=sort]"), "oldest");
  await page.goBack();
  assert.equal(await page.inputValue("select[data-action=sort]"), "newest");
  assert.ok(await page.isChecked('input[data-facet="year"][data-value="2025"]'));
  await page.goBack();
  assert.ok(!(await page.isChecked('input[data-facet="year"][data-value="2025"]')));
  await page.goForward();
  assert.ok(await page.isChecked('input[data-facet="year"][data-value="2025"]'));

  for (const hash of ["#from=<script>alert(1)</script>&year=%FF&open=../../x", "#" + "%".repeat(5000), "#lang=xx&sort=1;drop&q=%00"]) {
    const hostile = await ready(pageUrl + hash);
    assert.equal(await count(hostile.page), meetings().length, hash.slice(0, 40));
    assert.equal(await hostile.page.locator("dialog[open]").count(), 0);
    assert.deepEqual(hostile.problems, []);
    await hostile.context.close();
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test("timeline: a mark per meeting, dimmed when filtered out, opens its card, dragging sets the date range", async () => {
  const { page, problems, context } = await ready();
  const marks = page.locator(".mw-timeline .mark");
  assert.equal(await marks.count(), meetings().filter((m) => m.date_start).length);
  await page.check('input[data-facet="occasion"][data-value="SCO"]');
  await settled(page);
  assert.equal(await page.locator(".mw-timeline .mark.is-dim").count(), meetings().filter((m) => m.occasion_org !== "SCO").length);
  await page.locator(".mw-chips .chip-clear").click();
  const target = meetings()[3];
  await page.locator(`.mw-timeline .mark[data-id="${target.id}"]`).click();
  await page.locator("dialog.mw-dialog").waitFor({ state: "visible" });
  assert.equal(await page.locator("#mw-dialog-h").textContent(), target.title);
  await page.keyboard.press("Escape");
  // Drag across the middle of the strip.
  const box = await page.locator(".mw-tl-svg").boundingBox();
  await page.mouse.move(box.x + box.width * 0.3, box.y + 10);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, box.y + 10, { steps: 5 });
  await page.mouse.move(box.x + box.width * 0.7, box.y + 10, { steps: 5 });
  await page.mouse.up();
  // Day/month/year in the field; compared as ISO dates.
  const iso = (v) => v.split("/").reverse().join("-");
  const from = iso(await page.inputValue("input[data-action=from]"));
  const to = iso(await page.inputValue("input[data-action=to]"));
  assert.match(from, /^\d{4}-\d{2}-\d{2}$/);
  assert.ok(from < to);
  const n = await count(page);
  assert.ok(n > 0 && n < meetings().length, `drag left ${n}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test("English interface: left to right, English names, Arabic quotes and articles stay right to left", async () => {
  const { page, problems, context } = await ready();
  await page.click("button.mw-lang");
  assert.equal(await page.getAttribute("html", "lang"), "en");
  assert.equal(await page.getAttribute("html", "dir"), "ltr");
  assert.equal(await page.evaluate(() => document.activeElement?.className), "mw-lang");
  assert.match(await page.locator("h1").textContent(), /Diplomatic meetings/);
  const facts = await page.locator('article[data-meeting-id^="000_"] .card-fact dd').allTextContents();
  assert.ok(facts.some((t) => t.includes("Sergey Lavrov")), facts.join(" | "));
  assert.ok(facts.some((t) => t.includes("Tashkent")));
  assert.equal(await page.locator('article[data-meeting-id^="000_"] blockquote').getAttribute("dir"), "rtl");
  await settled(page);
  assert.match(page.url(), /lang=en/);
  await page.click("button.mw-lang");
  assert.equal(await page.getAttribute("html", "dir"), "rtl");
  assert.deepEqual(problems, []);
  await context.close();
});

test("accessibility: axe finds no violations in Arabic and English, light and dark; screenshots", async () => {
  for (const lang of ["ar", "en"]) {
    for (const scheme of ["light", "dark"]) {
      for (const width of [1280, 360]) {
        const hash = lang === "en" ? "#lang=en" : "";
        const { page, problems, context } = await ready(pageUrl + hash, { viewport: { width, height: 900 }, colorScheme: scheme, reducedMotion: "reduce" });
        // The timeline, the map and the matrix are drawn after the first cards.
        await settled(page);
        const violations = await axe(page);
        assert.deepEqual(violations, [], `${lang} ${scheme} ${width}`);
        await page.screenshot({ path: join(artifacts, `widget-${lang}-${scheme}-${width}.png`), fullPage: width === 360 });
        if (lang === "ar" && scheme === "light" && width === 1280) {
          await page.screenshot({ path: join(root, "docs", "screenshot.png") });
        }
        if (lang === "en" && scheme === "light" && width === 1280) {
          await page.screenshot({ path: join(root, "docs", "screenshot-en.png") });
        }
        if (lang === "ar" && scheme === "dark" && width === 360) {
          await page.screenshot({ path: join(root, "docs", "screenshot-mobile-dark.png") });
        }
        assert.deepEqual(problems, []);
        await context.close();
      }
    }
  }
});

test("keyboard only: from the search box to a card's evidence and back, with visible focus", async () => {
  const { page, problems, context } = await ready();
  await page.focus("input[type=search]");
  let reached = null;
  for (let i = 0; i < 120 && !reached; i++) {
    await page.keyboard.press("Tab");
    reached = await page.evaluate(() => document.activeElement?.matches("article button[data-field=date]") ? document.activeElement.closest("article").dataset.meetingId : null);
  }
  assert.ok(reached, "tabbing reaches a card's date evidence");
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, "none");
  await page.keyboard.press("Enter");
  await page.locator("dialog.mw-dialog").waitFor({ state: "visible" });
  await page.keyboard.press("Escape");
  await page.locator("dialog.mw-dialog").waitFor({ state: "hidden" });
  assert.equal(await page.evaluate(() => document.activeElement?.closest("article")?.dataset.meetingId), reached);
  // The live region announces the count only.
  const live = page.locator("[aria-live=polite]");
  assert.equal(await live.count(), 1);
  assert.ok((await live.textContent()).length < 40);
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press("Shift+Tab");
    if (await page.evaluate(() => document.activeElement?.id === "mw-q")) break;
  }
  assert.equal(await page.evaluate(() => document.activeElement?.id), "mw-q");
  assert.deepEqual(problems, []);
  await context.close();
});

test("small screens: filters fold into a panel with a badge, nothing overflows sideways", async () => {
  const { page, problems, context } = await ready(pageUrl + "#year=2024|2025", { viewport: { width: 360, height: 740 } });
  const toggle = page.locator("button.mw-panel-toggle");
  assert.ok(await toggle.isVisible());
  assert.ok(!(await page.locator("#mw-facets").isVisible()));
  assert.equal((await toggle.locator(".mw-badge-count").textContent()).trim().length > 0, true);
  await toggle.click();
  assert.equal(await toggle.getAttribute("aria-expanded"), "true");
  assert.ok(await page.locator("#mw-facets").isVisible());
  await page.keyboard.press("Escape");
  assert.ok(!(await page.locator("#mw-facets").isVisible()));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `overflows by ${overflow}px`);
  assert.deepEqual(problems, []);
  await context.close();
});

test("export the filtered cards as CSV and JSON; print shows the cards only", async () => {
  const { page, problems, context } = await ready(pageUrl + "#year=2024", { acceptDownloads: true });
  const grab = async (action) => {
    await page.click(".mw-export > summary");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click(`[data-action=${action}]`)]);
    assert.equal(await page.locator(".mw-export").getAttribute("open"), null, "the menu folds after a download");
    return readFileSync(await download.path(), "utf8");
  };
  const csv = await grab("export-csv");
  const rows = csv.trim().split(/\r\n/);
  assert.match(rows[0], /^\uFEFF?id,kind,status,date_start/);
  assert.equal(rows.length, 1 + 2);
  // The seeds' 2024 meetings were both held in person.
  assert.deepEqual(rows.slice(1).map((row) => row.split(",")[1]), ["meeting", "meeting"]);
  // Arabic beside English: the names as the article writes them.
  const header = rows[0].replace(/^\uFEFF/, "").split(",");
  assert.ok(["participants_ar", "city_ar", "occasion_ar", "publisher", "date_basis", "evidence_participants", "evidence_place"].every((c) => header.includes(c)), header.join(","));
  assert.match(csv, /سيرغي لافروف/);
  // A citation: the article's own words for who met and where, beside the record.
  const records = parseCsv(csv, { bom: true, columns: true });
  assert.equal(records.length, 2);
  for (const record of records) {
    assert.match(record.evidence_participants, /لافروف|وانغ/, JSON.stringify(record));
    assert.ok(record.evidence_participants.length <= 401);
  }
  const json = JSON.parse(await grab("export-json"));
  assert.equal(json.schema, 1);
  assert.deepEqual(json.meetings.map((m) => m.date_start.slice(0, 4)), ["2024", "2024"]);
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await page.emulateMedia({ media: "print" });
  // Paper says what it holds: the title, the count, the filters, the day and the address.
  const line = page.locator(".mw-print-line");
  assert.ok(await line.isVisible());
  assert.match(await line.textContent(), /لقاءات دبلوماسية — .*2024.*طُبع في .*file:\/\//);
  assert.ok(!(await page.locator(".mw-tools").isVisible()));
  assert.ok(!(await page.locator(".chip-x").first().isVisible()));
  assert.ok(!(await page.locator(".mw-facets").isVisible()));
  assert.equal(await visibleCards(page).count(), 2);
  await page.pdf?.({ path: join(artifacts, "print.pdf") }).catch(() => {});
  assert.deepEqual(problems, []);
  await context.close();
});

test("no match: the empty state says what to change and clears with one action", async () => {
  const { page, problems, context } = await ready();
  await page.fill("input[type=search]", "لاتوجدهذهالكلمة");
  const empty = page.locator(".mw-empty");
  assert.ok(await empty.isVisible());
  await empty.locator("[data-action=clear-all]").click();
  assert.equal(await count(page), meetings().length);
  assert.ok(!(await empty.isVisible()));
  assert.deepEqual(problems, []);
  await context.close();
});

test("a large dataset draws one page of cards at a time, with 'show more'", async () => {
  const { execFileSync } = await import("node:child_process");
  const { serve } = await import("./server.mjs");
  const data = execFileSync(join(root, "target", "release", "meetings"), ["generate", "--count", "55", "--seed", "3"], { cwd: root, maxBuffer: 1 << 28 });
  const server = await serve({ extra: { "/big.json": (req, res) => res.writeHead(200, { "content-type": "application/json" }).end(data) } });
  try {
    const { page, problems, context } = await openPage(browser, `${server.origin}/embed.html?src=${encodeURIComponent(server.origin + "/big.json")}`);
    const drawn = page.locator("article[data-meeting-id]");
    await drawn.first().waitFor();
    // A page is 24 cards (app::PAGE).
    assert.equal(await drawn.count(), 24);
    assert.equal(await page.locator("[role=status]").getAttribute("data-count"), "55");
    const more = page.locator("[data-action=more]");
    await more.click();
    assert.equal(await drawn.count(), 48);
    await more.click();
    assert.equal(await drawn.count(), 55);
    assert.ok(!(await more.isVisible()));
    await page.locator("input[type=search]").fill("lavrov");
    assert.ok((await drawn.count()) <= 24);
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await server.close();
  }
});

test("a dataset of thousands loads in slices: the newest cards first, then the whole widget", async () => {
  const { execFileSync } = await import("node:child_process");
  const { serve } = await import("./server.mjs");
  const data = execFileSync(join(root, "target", "release", "meetings"), ["generate", "--count", "6000", "--seed", "5"], { cwd: root, maxBuffer: 1 << 30 });
  const newest = JSON.parse(data).meetings.map((m, i) => [m.date_start, i, m.id]).sort((a, b) => (a[0] < b[0] ? 1 : a[0] > b[0] ? -1 : a[1] - b[1]))[0][2];
  const server = await serve({ extra: { "/big.json": (req, res) => res.writeHead(200, { "content-type": "application/json" }).end(data) } });
  try {
    const { page, problems, context } = await openPage(browser, `${server.origin}/embed.html?src=${encodeURIComponent(server.origin + "/big.json")}`);
    // The first card is the newest meeting, before the widget is ready.
    await page.waitForSelector("article[data-meeting-id]");
    assert.equal(await page.locator("article[data-meeting-id]").first().getAttribute("data-meeting-id"), newest);
    await page.locator('[role=status][data-count="6000"]').waitFor({ timeout: 60000 });
    await settled(page);
    assert.equal(await page.locator("article[data-meeting-id]").first().getAttribute("data-meeting-id"), newest);
    assert.ok((await page.locator("input[data-facet=year]").count()) > 5);
    await page.fill("input[type=search]", "lavrov");
    await settled(page);
    assert.ok(Number(await page.locator("[role=status]").getAttribute("data-count")) < 6000);
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await server.close();
  }
});

test("a large dataset's single file carries its prebuilt index and shows its newest cards while the browser is still reading it", async () => {
  const { execFileSync } = await import("node:child_process");
  const { serve } = await import("./server.mjs");
  const out = tempDir("meetings-large-");
  const data = join(out, "dataset.json");
  writeFileSync(data, execFileSync(join(root, "target", "release", "meetings"), ["generate", "--count", "6000", "--seed", "7"], { cwd: root, maxBuffer: 1 << 30 }));
  execFileSync("node", [join(root, "scripts", "build.mjs")], { cwd: root, env: { ...process.env, MEETINGS_DATASET: data, MEETINGS_OUT: out }, stdio: ["ignore", "ignore", "inherit"] });
  const newest = JSON.parse(readFileSync(data, "utf8")).meetings.map((m, i) => [m.date_start, i, m.id])
    .sort((a, b) => (a[0] < b[0] ? 1 : a[0] > b[0] ? -1 : a[1] - b[1]))[0][2];
  // The page arrives in two parts: everything up to the dataset, then the
  // dataset itself only when the test says so.
  const html = readFileSync(join(out, "index.html"), "utf8");
  const split = html.indexOf('<script type="application/json" id="meetings-data">');
  assert.ok(split > 0);
  // It carries its prebuilt index, not the dataset's JSON.
  assert.ok(html.includes('<script type="application/json" id="meetings-data"></script>'), "no JSON dataset in the file");
  assert.match(html, /<script type="application\/octet-stream" id="meetings-index">H4sI/, "a gzipped index in base64");
  let release;
  let held;
  const hold = () => { held = new Promise((resolve) => { release = resolve; }); };
  hold();
  const server = await serve({ extra: { "/large.html": async (req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.write(html.slice(0, split));
    await held;
    res.end(html.slice(split));
  } } });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const problems = [];
    page.on("pageerror", (e) => problems.push(e.message));
    await page.goto(`${server.origin}/large.html`, { waitUntil: "commit" });
    await page.waitForSelector("article[data-meeting-id]");
    assert.equal(await page.locator("article[data-meeting-id]").first().getAttribute("data-meeting-id"), newest);
    assert.equal(await page.locator("article[data-meeting-id]").count(), 24);
    assert.match(await page.locator("[data-loading]").textContent(), /6,000|٦٬?٠٠٠/);
    assert.equal(await page.evaluate(() => document.readyState), "loading");
    // Nothing answers yet, and the buttons say so.
    assert.ok(await page.locator("article[data-meeting-id] .card-open").first().isDisabled());
    await page.screenshot({ path: join(artifacts, "large-first-cards.png") });
    release();
    await page.locator('[role=status][data-count="6000"]').waitFor({ timeout: 60000 });
    await settled(page);
    assert.equal(await page.locator("[data-loading]").count(), 0);
    assert.equal(await page.locator("article[data-meeting-id]").first().getAttribute("data-meeting-id"), newest);
    assert.ok(await page.locator("article[data-meeting-id] .card-open").first().isEnabled());
    // The editor reads the page's dataset back out of the index.
    assert.equal(await page.evaluate(() => meetingsPage.builtIn().meetings.length), 6000);
    // A link to another view: the first cards would be wrong for it, so
    // only the loading line shows until the widget opens on that view.
    hold();
    const linked = await context.newPage();
    linked.on("pageerror", (e) => problems.push(e.message));
    await linked.goto(`${server.origin}/large.html#q=lavrov&lang=en`, { waitUntil: "commit" });
    await linked.locator("[data-loading]").waitFor();
    assert.match(await linked.locator("[data-loading]").textContent(), /Loading meetings: 0 of 6,000/);
    assert.equal(await linked.locator("article[data-meeting-id]").count(), 0);
    release();
    await linked.locator("input[type=search]").waitFor();
    await settled(linked);
    assert.equal(await linked.locator("input[type=search]").inputValue(), "lavrov");
    assert.ok(Number(await linked.locator("[role=status]").getAttribute("data-count")) < 6000);
    assert.deepEqual(problems, []);
    // A file whose index was damaged in transit says so in the widget's place.
    const damaged = html.replace('id="meetings-index">H4sI', 'id="meetings-index">H4sI!!');
    writeFileSync(join(out, "damaged.html"), damaged);
    const broken = await context.newPage();
    await broken.goto(pathToFileURL(join(out, "damaged.html")).href);
    await broken.locator(".mw-error").waitFor({ timeout: 60000 });
    assert.match(await broken.locator(".mw-error").textContent(), /index could not be opened/);
  } finally {
    release();
    await context.close();
    await server.close();
  }
});
