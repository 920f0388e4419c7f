// The reader's second pass: a phone's first screen and filter sheet, the
// keyboard's way to the cards, the timeline by keyboard, the script embed in
// a blog's narrow column, the article dialog inside an auto-height iframe,
// axe on both embeds, and the spreadsheet download opened in LibreOffice.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { launch, openPage, visibleCards, dataset, pageUrl, artifacts, root, settled, axe, tempDir } from "./helpers.mjs";
import { serve } from "./server.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const phone = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true };
const meetings = () => dataset().meetings;

async function ready(url = pageUrl, options) {
  const opened = await openPage(browser, url, options);
  await opened.page.waitForSelector("article[data-meeting-id]", { state: "attached" });
  await settled(opened.page);
  return opened;
}

test("phone, 360 px: the first card's date and title are on the first screen", async () => {
  const { page, problems, context } = await ready(pageUrl, phone);
  const first = visibleCards(page).first();
  const title = await first.locator(".card-title").boundingBox();
  assert.ok(title.y + title.height <= 740, `the first card's title ends at ${Math.round(title.y + title.height)} px`);
  // The timeline reads at this width: year labels of a real size, round marks a finger can hit.
  const year = await page.locator(".tl-year").first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  assert.ok(year >= 12, `year labels ${year}px`);
  const mark = await page.locator(".mw-timeline .mark").first().boundingBox();
  assert.ok(mark.width >= 24 && Math.abs(mark.width - mark.height) < 1, `mark ${mark.width}x${mark.height}`);
  await page.screenshot({ path: join(artifacts, "phone-first-screen.png") });
  assert.deepEqual(problems, []);
  await context.close();
});

test("phone: the filter sheet shows the count it would give; ticking 2024 and 'show' lands on its two cards", async () => {
  const { page, problems, context } = await ready(pageUrl, phone);
  await page.click("button.mw-panel-toggle");
  const sheet = page.locator("dialog.mw-sheet");
  await sheet.waitFor({ state: "visible" });
  assert.equal(await sheet.evaluate((d) => d.matches(":modal")), true);
  // The date range comes first, then the lists.
  assert.equal(await sheet.locator("fieldset").first().evaluate((f) => f.classList.contains("facet-range")), true);
  const show = sheet.locator("button.mw-show");
  assert.match(await show.textContent(), new RegExp(`\\(${meetings().length}\\)`));
  await sheet.locator('input[data-facet="year"][data-value="2024"]').check();
  const in2024 = meetings().filter((m) => m.date_start?.startsWith("2024")).map((m) => m.id).sort();
  assert.equal(in2024.length, 2);
  assert.match(await show.textContent(), /\(2\)/);
  assert.equal((await page.locator("button.mw-panel-toggle .mw-badge-count").textContent()).trim(), "1");
  await page.screenshot({ path: join(artifacts, "phone-filter-sheet.png") });
  await show.click();
  await sheet.waitFor({ state: "hidden" });
  const shown = await visibleCards(page).evaluateAll((els) => els.map((e) => e.dataset.meetingId));
  assert.deepEqual([...shown].sort(), in2024);
  const first = await visibleCards(page).first().boundingBox();
  assert.ok(first.y >= -1 && first.y < 740 / 2, `the first card starts at ${Math.round(first.y)} px`);
  assert.equal(await page.evaluate(() => document.activeElement?.id), "mw-results");
  await page.screenshot({ path: join(artifacts, "phone-after-show.png") });
  // Escape closes the sheet as well, and the filters stay.
  await page.click("button.mw-panel-toggle");
  await sheet.waitFor({ state: "visible" });
  await page.keyboard.press("Escape");
  await sheet.waitFor({ state: "hidden" });
  assert.equal(await visibleCards(page).count(), 2);
  assert.deepEqual(problems, []);
  await context.close();
});

test("keyboard: from the top, the skip link and one more Tab reach the first card; Enter and the arrows work on the timeline", async () => {
  for (const width of [1280, 360]) {
    const { page, problems, context } = await ready(pageUrl, { viewport: { width, height: 900 } });
    let tabs = 0;
    const inFirstCard = () => page.evaluate(() => {
      const card = document.activeElement?.closest("article[data-meeting-id]");
      return !!card && card === document.querySelector("article[data-meeting-id]:not([hidden])");
    });
    await page.keyboard.press("Tab");
    tabs++;
    assert.equal(await page.evaluate(() => document.activeElement?.className), "mw-skip");
    const skip = await page.locator(".mw-skip").boundingBox();
    assert.ok(skip.y >= 0 && skip.width > 40, "the skip link shows when it has the focus");
    await page.keyboard.press("Enter");
    while (!(await inFirstCard()) && tabs < 5) {
      await page.keyboard.press("Tab");
      tabs++;
    }
    assert.ok(await inFirstCard(), `${width}px: the first card after ${tabs} Tab presses`);
    assert.ok(tabs <= 5);
    // A fact's underline says what it does, to a screen reader as to the eye.
    const described = await page.evaluate(() => {
      const id = document.activeElement?.getAttribute("aria-describedby");
      return id ? document.getElementById(id)?.textContent : null;
    });
    assert.match(described || "", /تفتح نص الخبر/);

    // The timeline is one Tab stop; arrows walk it in time order, Enter opens the mark's card.
    const marks = page.locator(".mw-timeline .mark");
    assert.equal(await marks.evaluateAll((els) => els.filter((e) => e.tabIndex === 0).length), 1);
    await marks.first().focus();
    const later = (await page.getAttribute("html", "dir")) === "rtl" ? "ArrowLeft" : "ArrowRight";
    await page.keyboard.press(later);
    const second = await page.evaluate(() => document.activeElement?.dataset.id);
    const byDate = meetings().filter((m) => m.date_start).sort((a, b) => a.date_start.localeCompare(b.date_start));
    assert.equal(second, byDate[1].id);
    await page.keyboard.press("Enter");
    await page.locator("dialog.mw-dialog").waitFor({ state: "visible" });
    assert.equal(await page.locator("#mw-dialog-h").textContent(), byDate[1].title);
    await page.keyboard.press("Escape");
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test("in a blog's 700 px column the script embed takes the compact layout, with no <h1> of its own", async () => {
  const { page, problems, context } = await openPage(browser, `file://${join(root, "dist", "demo-blog.html")}`, { viewport: { width: 1280, height: 900 } });
  await page.addStyleTag({ content: "body { max-width: 700px !important; }" });
  const widget = page.locator("meetings-widget#sco");
  await widget.locator("article[data-meeting-id]").first().waitFor();
  await settled(page);
  const layout = await page.evaluate(() => {
    const shadow = document.querySelector("#sco").shadowRoot;
    return {
      width: Math.round(shadow.querySelector(".mw-root").getBoundingClientRect().width),
      toggle: getComputedStyle(shadow.querySelector(".mw-panel-toggle")).display,
      facets: getComputedStyle(shadow.querySelector(".mw-facets")).display,
      columns: getComputedStyle(shadow.querySelector(".mw-body")).gridTemplateColumns.split(" ").length,
    };
  });
  assert.ok(layout.width <= 760, `widget ${layout.width}px wide`);
  assert.notEqual(layout.toggle, "none", "the filters button shows");
  assert.deepEqual({ facets: layout.facets, columns: layout.columns }, { facets: "none", columns: 1 });
  assert.equal(await widget.locator("h1").count(), 0);
  await page.screenshot({ path: join(artifacts, "blog-column-700.png"), fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test("'copy link' in a blog's script embed gives the standalone page with the same view; on the page itself, the page's own address", async () => {
  const { page, problems, context } = await openPage(browser, `file://${join(root, "dist", "demo-blog.html")}`);
  // The clipboard as the page sees it, so the test reads what was copied.
  await page.evaluate(() => Object.defineProperty(navigator, "clipboard", { value: { writeText: async (t) => { window.copied = t; } } }));
  const widget = page.locator("meetings-widget#y2024");
  await widget.locator("article[data-meeting-id]").first().waitFor();
  await settled(page);
  const shown = await widget.locator("article[data-meeting-id]").count();
  await widget.getByRole("button", { name: "Copy link" }).click();
  await widget.locator(".mw-share-note", { hasText: "Link to this view copied." }).waitFor();
  const link = await page.evaluate(() => window.copied);
  assert.equal(link, `file://${join(root, "dist", "embed.html")}?lang=en#year=2024&sort=oldest&lang=en`);
  // The link opens the same view on its own page.
  const opened = await openPage(browser, link);
  await opened.page.waitForSelector("article[data-meeting-id]", { state: "attached" });
  await settled(opened.page);
  assert.equal(await visibleCards(opened.page).count(), shown);
  assert.equal(await opened.page.locator("select").first().inputValue(), "oldest");
  await opened.page.screenshot({ path: join(artifacts, "copied-link-opened.png") });
  assert.deepEqual(opened.problems, []);
  await opened.context.close();
  // On the standalone page the link is the page's own address with the view.
  const own = await ready(`${pageUrl}#city=Beijing`);
  await own.page.evaluate(() => Object.defineProperty(navigator, "clipboard", { value: { writeText: async (t) => { window.copied = t; } } }));
  await own.page.getByRole("button", { name: "نسخ الرابط" }).click();
  await own.page.locator(".mw-share-note", { hasText: "نُسخ رابط هذا العرض." }).waitFor();
  assert.equal(await own.page.evaluate(() => window.copied), `${pageUrl}#city=Beijing`);
  await own.context.close();
  assert.deepEqual(problems, []);
  await context.close();
});

test("auto-height iframe: the article dialog's close button is inside the reader's view at 1280 and 390 px", async () => {
  const server = await serve();
  try {
    for (const [width, height] of [[1280, 800], [390, 844]]) {
      const { page, problems, context } = await openPage(browser, server.origin + "/demo-iframe.html", { viewport: { width, height } });
      const frameEl = page.locator("iframe[data-meetings-embed]");
      const frame = page.frameLocator("iframe[data-meetings-embed]");
      await frame.locator("article[data-meeting-id]:not([hidden])").first().waitFor();
      await page.waitForFunction(() => document.querySelector("iframe[data-meetings-embed]").style.height !== "900px");
      // The reader scrolls the post down to the last card and opens it.
      const last = frame.locator("article[data-meeting-id]:not([hidden])").last();
      await last.locator(".card-open").scrollIntoViewIfNeeded();
      await last.locator(".card-open").click();
      const close = frame.locator("dialog.mw-dialog .mw-close");
      await close.waitFor({ state: "visible" });
      await page.waitForTimeout(100);
      const box = await close.boundingBox();
      const scrolled = await page.evaluate(() => scrollY);
      assert.ok(scrolled > 0, "the post was scrolled");
      assert.ok(box.y >= 0 && box.y + box.height <= height, `${width}px: close button at ${Math.round(box.y)} in a ${height}px view`);
      const frameBox = await frameEl.boundingBox();
      assert.ok(frameBox.height > height, "the iframe is taller than the view");
      await page.screenshot({ path: join(artifacts, `iframe-dialog-${width}.png`) });
      await close.click();
      await frame.locator("dialog.mw-dialog").waitFor({ state: "hidden" });
      assert.deepEqual(problems, []);
      await context.close();
    }
  } finally {
    await server.close();
  }
});

test("axe finds nothing in the embeds: the script embed in a post and the iframe page, both languages, light and dark, 1280 and 360 px", async () => {
  const server = await serve();
  try {
    for (const width of [1280, 360]) {
      for (const scheme of ["light", "dark"]) {
        const options = { viewport: { width, height: 900 }, colorScheme: scheme, reducedMotion: "reduce" };
        // The post holds an Arabic widget and an English one (the second always dark).
        const blog = await openPage(browser, `file://${join(root, "dist", "demo-blog.html")}`, options);
        await blog.page.locator("meetings-widget#y2024 article[data-meeting-id]").first().waitFor();
        await settled(blog.page);
        assert.deepEqual(await axe(blog.page, "meetings-widget"), [], `script embed ${scheme} ${width}`);
        assert.deepEqual(blog.problems, []);
        await blog.context.close();
        for (const lang of ["ar", "en"]) {
          const frame = await openPage(browser, `${server.origin}/embed.html?lang=${lang}&theme=${scheme}`, options);
          await frame.page.locator("article[data-meeting-id]").first().waitFor();
          await settled(frame.page);
          assert.deepEqual(await axe(frame.page), [], `iframe page ${lang} ${scheme} ${width}`);
          if (width === 360) await frame.page.screenshot({ path: join(artifacts, `embed-${lang}-${scheme}-360.png`) });
          assert.deepEqual(frame.problems, []);
          await frame.context.close();
        }
      }
    }
  } finally {
    await server.close();
  }
});

test("the spreadsheet download opens in LibreOffice (headless, default import) with the Arabic names intact (the CSV through the same import is reported)", async (t) => {
  if (spawnSync("soffice", ["--version"]).status !== 0) {
    // scripts/setup.sh installs it (Debian's libreoffice-calc-nogui); a machine without it says so.
    t.skip("LibreOffice (soffice) is not installed");
    return;
  }
  const { page, problems, context } = await ready(pageUrl + "#year=2024", { acceptDownloads: true });
  const dir = tempDir("mw-sheet-");
  const save = async (action, name) => {
    await page.click(".mw-export > summary");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click(`[data-action=${action}]`)]);
    assert.equal(download.suggestedFilename(), name);
    await download.saveAs(join(dir, name));
  };
  await save("export-spreadsheet", "meetings.xml");
  await save("export-csv", "meetings.csv");
  const opened = (name) => {
    // Converting to HTML is how a headless LibreOffice shows what it read, cell by cell.
    const run = spawnSync("soffice", ["--headless", "--norestore", `-env:UserInstallation=file://${dir}/profile`,
      "--convert-to", "html", "--outdir", dir, join(dir, name)], { encoding: "utf8", timeout: 120000 });
    assert.equal(run.status, 0, run.stderr);
    return readFileSync(join(dir, name.replace(/\.\w+$/, ".html")), "utf8");
  };
  const names = dataset().meetings.filter((m) => m.date_start?.startsWith("2024"))
    .flatMap((m) => m.participants.map((p) => p.name_ar)).filter(Boolean);
  assert.ok(names.length > 0);
  const sheet = opened("meetings.xml");
  for (const name of names) assert.ok(sheet.includes(name), `the spreadsheet shows ${name}`);
  assert.ok(sheet.includes(">participants_ar<"), "one column per field");
  // Why there is a second format: LibreOffice's default CSV import (7.4, headless) reads the
  // UTF-8 as Latin-1, byte-order mark or not. Reported, not asserted: a later LibreOffice may fix it.
  const csv = opened("meetings.csv");
  t.diagnostic(`the CSV through LibreOffice's default import ${names.some((name) => csv.includes(name)) ? "keeps" : "garbles"} the Arabic names`);
  assert.deepEqual(problems, []);
  await context.close();
});

test("search means what it shows: a short name marks whole words only, English names of people an article only mentions find it, one agency is one count in both scripts", async () => {
  const { page, problems, context } = await ready();
  await page.fill("#mw-q", "وانج");
  await settled(page);
  const marked = await page.locator("article:not([hidden]) mark").allTextContents();
  assert.ok(marked.length > 0);
  assert.ok(marked.every((m) => /^و?وان[غجقك]$/.test(m)), `marked: ${[...new Set(marked)].join(", ")}`);
  await page.fill("#mw-q", "Putin");
  await settled(page);
  const want = meetings().filter((m) => (m.people_named || []).includes("Vladimir Putin")).map((m) => m.id).sort();
  assert.ok(want.length > 0, "the seeds name Putin in some articles");
  assert.deepEqual((await visibleCards(page).evaluateAll((els) => els.map((e) => e.dataset.meetingId))).sort(), want);
  // One agency, one count, in either script; the Arabic interface names it in Arabic.
  const shown = async (q) => {
    await page.fill("#mw-q", q);
    await settled(page);
    return (await visibleCards(page).evaluateAll((els) => els.map((e) => e.dataset.meetingId))).sort();
  };
  const bySputnik = meetings().filter((m) => m.agencies.includes("Sputnik")).map((m) => m.id).sort();
  assert.ok(bySputnik.length > 0);
  assert.deepEqual(await shown("sputnik"), bySputnik);
  assert.deepEqual(await shown("سبوتنيك"), bySputnik);
  assert.equal(await page.locator('input[data-facet="agency"][data-value="Sputnik"] ~ .facet-label').textContent(), "سبوتنيك");
  assert.deepEqual(problems, []);
  await context.close();
});

test("each facet shows its busiest values and folds the rest behind 'more'; a chosen folded value is never hidden", async () => {
  const { page, problems, context } = await ready();
  const topics = page.locator('fieldset.facet:has(input[data-facet="topic"])');
  const inView = await topics.locator(':scope > label.facet-value').count();
  const folded = topics.locator("details.facet-more label.facet-value");
  assert.equal(inView, 6);
  assert.ok((await folded.count()) > 0, "the seeds have more than six topics");
  assert.equal(await topics.locator("details.facet-more").getAttribute("open"), null);
  const value = await folded.first().locator("input").getAttribute("data-value");
  const opened = await ready(pageUrl + "#topic=" + encodeURIComponent(value));
  assert.notEqual(await opened.page.locator('fieldset.facet:has(input[data-facet="topic"]) details.facet-more').getAttribute("open"), null);
  assert.ok(await opened.page.locator(`input[data-facet="topic"][data-value="${value}"]`).isVisible());
  assert.deepEqual([...problems, ...opened.problems], []);
  await opened.context.close();
  await context.close();
});

test("digits: '#nu=arab' and the ١٢٣ toggle write the Arabic interface's dates, counts and years in Arabic-Indic digits, one system per line; English keeps Western digits", async () => {
  const latin = /[0-9]/;
  const indic = /[٠-٩]/;
  const { page, problems, context } = await ready(`${pageUrl}#nu=arab`);
  const toggle = page.locator("button.mw-numerals");
  assert.equal(await toggle.getAttribute("aria-pressed"), "true");
  const date = await visibleCards(page).first().locator(".card-date").textContent();
  assert.ok(indic.test(date) && !latin.test(date), `card date: ${date}`);
  const count = await page.locator(".mw-count").first().textContent();
  assert.ok(indic.test(count) && !latin.test(count), `count: ${count}`);
  const year = await page.locator('input[data-facet="year"][data-value="2024"] ~ .facet-label').textContent();
  assert.equal(year.trim(), "٢٠٢٤");
  const ticks = await page.locator(".tl-year").allTextContents();
  assert.ok(ticks.length > 0 && ticks.every((t) => /^[٠-٩]{4}$/.test(t)), `timeline years: ${ticks}`);
  await page.screenshot({ path: join(artifacts, "arabic-indic-digits.png") });
  // The toggle goes back to Western digits, says so, and keeps its place for the keyboard.
  await toggle.click();
  await page.waitForFunction(() => !location.hash.includes("nu="));
  const back = page.locator("button.mw-numerals");
  assert.equal(await back.getAttribute("aria-pressed"), "false");
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains("mw-numerals")), true);
  const western = await visibleCards(page).first().locator(".card-date").textContent();
  assert.ok(latin.test(western) && !indic.test(western), `card date: ${western}`);
  await back.click();
  await page.waitForFunction(() => location.hash.includes("nu=arab"));
  // English offers no toggle and writes Western digits whatever the link says.
  await page.goto(`${pageUrl}#lang=en&nu=arab`);
  await page.reload();
  await page.waitForSelector("article[data-meeting-id]", { state: "attached" });
  await settled(page);
  assert.equal(await page.locator("button.mw-numerals").count(), 0);
  const english = await visibleCards(page).first().locator(".card-date").textContent();
  assert.ok(latin.test(english) && !indic.test(english), `card date: ${english}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test("date range: its own fields read day/month/year in either digits, show the range in the reader's digits, and flag what is no date", async () => {
  const { page, problems, context } = await ready(`${pageUrl}#nu=arab`);
  const from = page.locator("input[data-action=from]");
  const to = page.locator("input[data-action=to]");
  assert.equal(await from.getAttribute("type"), "text");
  assert.equal(await from.getAttribute("placeholder"), "يوم/شهر/سنة");
  const in2024 = meetings().filter((m) => m.date_start.startsWith("2024")).length;
  await from.fill("1/1/2024");
  await from.press("Enter");
  await to.fill("٣١/١٢/٢٠٢٤");
  await to.press("Enter");
  await page.waitForFunction(() => location.hash.includes("to=2024-12-31"));
  assert.equal(await visibleCards(page).count(), in2024);
  // Shown back in the interface's digits, day first.
  assert.equal(await from.inputValue(), "٠١/٠١/٢٠٢٤");
  // No date: kept as typed, flagged, described, and the range stays.
  await from.fill("31/2/2024");
  await from.press("Enter");
  const error = page.locator(".range-error");
  await error.waitFor({ state: "visible" });
  // The field's description says so; the widget's one alert stays the load failure's,
  // and its one live region the count.
  assert.ok((await error.textContent()).length > 0);
  assert.match(await from.getAttribute("aria-describedby"), /\bmw-range-error\b/);
  assert.equal(await page.locator("[role=alert]").count(), 0);
  assert.equal(await page.locator("[aria-live=polite]").count(), 1);
  assert.equal(await from.getAttribute("aria-invalid"), "true");
  assert.equal(await from.inputValue(), "31/2/2024");
  assert.equal(await visibleCards(page).count(), in2024);
  await page.locator(".facet-range").screenshot({ path: join(artifacts, "date-range-fields.png") });
  // Emptied, that end is open again and the flag goes.
  await from.fill("");
  await from.press("Enter");
  await error.waitFor({ state: "hidden" });
  assert.equal(await from.getAttribute("aria-invalid"), null);
  assert.ok((await visibleCards(page).count()) >= in2024);
  // English: Western digits.
  await page.goto(`${pageUrl}#lang=en&from=2024-01-01`);
  await page.reload();
  await page.waitForSelector("article[data-meeting-id]", { state: "attached" });
  await settled(page);
  assert.equal(await page.locator("input[data-action=from]").inputValue(), "01/01/2024");
  assert.deepEqual(problems, []);
  await context.close();
});
