// Publishing: the script embed in a hostile blog, the iframe embed, a site
// under a sub-path, datasets from a URL (broken and hostile), a strict CSP.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { writeFileSync } from "node:fs";
import { launch, openPage, artifacts, root, dataset, settled, tempDir } from "./helpers.mjs";
import { serve } from "./server.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const inWidget = (page, id) => page.locator(`meetings-widget#${id}`);
const cardsIn = (widget) => widget.locator("article[data-meeting-id]:not([hidden])");

test("the mock blog post: two widgets with their own filters stay intact under hostile CSS", async () => {
  const { page, problems, context } = await openPage(browser, `file://${join(root, "dist", "demo-blog.html")}`);
  const sco = inWidget(page, "sco");
  const y2024 = inWidget(page, "y2024");
  await cardsIn(sco).first().waitFor();
  await cardsIn(y2024).first().waitFor();
  const want = (f) => dataset().meetings.filter(f).length;
  assert.equal(await cardsIn(sco).count(), want((m) => m.occasion_org === "SCO"));
  assert.equal(await cardsIn(y2024).count(), want((m) => m.date_start.startsWith("2024")));
  // The blog's CSS does not reach inside: direction, sizes, inputs, the timeline.
  const look = await page.evaluate(() => {
    const shadow = document.querySelector("#sco").shadowRoot;
    const card = shadow.querySelector("article:not([hidden])");
    const input = shadow.querySelector("input[type=search]");
    const root = shadow.querySelector(".mw-root");
    return {
      cardDisplay: getComputedStyle(card).display,
      direction: getComputedStyle(root).direction,
      inputBorder: getComputedStyle(input).borderTopStyle,
      svg: getComputedStyle(shadow.querySelector("svg")).display,
      fontSize: getComputedStyle(root).fontSize,
      boxSizing: getComputedStyle(card).boxSizing,
    };
  });
  assert.deepEqual(look, { cardDisplay: "flex", direction: "rtl", inputBorder: "solid", svg: "block", fontSize: "17px", boxSizing: "border-box" });
  // Its CSS does not leak out: the blog's own paragraphs keep the blog's look.
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector("body > p")).fontSize), "22px");
  // theme="dark" gives the dark palette whatever the system prefers; the other follows the system (light here).
  const backgrounds = await page.evaluate(() => ["sco", "y2024"].map((id) =>
    getComputedStyle(document.getElementById(id).shadowRoot.querySelector(".mw-root")).backgroundColor));
  assert.deepEqual(backgrounds, ["rgb(246, 245, 241)", "rgb(20, 24, 29)"]);
  // Independent: the English one is English, typing in one leaves the other alone.
  assert.match(await y2024.locator(".mw-title").textContent(), /Diplomatic meetings/);
  // A widget inside a post is not the post's main heading: the blog's own <h1> stays the only one.
  assert.equal(await page.locator("h1").count(), 1);
  assert.equal(await y2024.locator(".mw-title").evaluate((h) => h.tagName), "H2");
  await sco.locator("input[type=search]").fill("طشقند");
  assert.equal(await cardsIn(sco).count(), 1);
  assert.equal(await cardsIn(y2024).count(), want((m) => m.date_start.startsWith("2024")));
  assert.equal(await page.evaluate(() => location.hash), "", "widgets without sync-url leave the URL alone");
  await page.screenshot({ path: join(artifacts, "demo-blog.png"), fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test("the site works under a sub-path on 127.0.0.1: single file, hosted page, iframe page", async () => {
  const server = await serve({ base: "/repo-name/" });
  try {
    for (const path of ["/repo-name/", "/repo-name/hosted.html", "/repo-name/embed.html?lang=en&year=2024"]) {
      const { page, problems, context } = await openPage(browser, server.origin + path);
      await page.locator("article[data-meeting-id]:not([hidden])").first().waitFor();
      assert.ok((await page.locator("article[data-meeting-id]:not([hidden])").count()) >= 1, path);
      assert.deepEqual(problems, [], path);
      await context.close();
    }
  } finally {
    await server.close();
  }
});

test("datasets from a URL: each broken one shows its message; the page and other widgets keep working", async () => {
  const tooBig = (req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    const chunk = "x".repeat(1 << 20);
    let sent = 0;
    const pump = () => { while (sent < 22 && res.write(chunk)) sent++; if (sent >= 22) res.end(); else res.once("drain", pump); };
    res.write('{"schema":1,"meetings":[],"pad":"');
    pump();
  };
  const server = await serve({ extra: { "/huge.json": tooBig } });
  const cases = {
    "not-json": ["/fixtures/datasets/not-json.json", /JSON/],
    "wrong-schema": ["/fixtures/datasets/wrong-schema.json", /schema|مخطط/],
    "no-meetings": ["/fixtures/datasets/no-meetings.json", /meetings|المخطط/],
    "too-big": ["/huge.json", /20 MB|20 ميغابايت/],
    "http-404": ["/fixtures/datasets/nothing-here.json", /404/],
    "network": ["http://127.0.0.1:9/refused.json", /fetch|Failed|NetworkError|network/i],
    "not-http": ["javascript:alert(1)", /http/],
  };
  const dir = tempDir("mw-pages-");
  const widgets = Object.entries(cases)
    .map(([id, [src]]) => `<meetings-widget id="${id}" data-src="${src.startsWith("http") || src.startsWith("javascript") ? src : server.origin + src}"></meetings-widget>`)
    .join("\n");
  writeFileSync(join(dir, "page.html"), `<!doctype html><meta charset=utf-8><link rel="icon" href="data:,"><p id="host">host</p>
    ${widgets}<meetings-widget id="good"></meetings-widget>`);
  try {
    const { page, context } = await openPage(browser, server.origin + "/repo/page.html", {});
    await page.route("**/repo/page.html", (route) => route.fulfill({ path: join(dir, "page.html"), contentType: "text/html" }));
    await page.route("**/repo/meetings-widget.js", (route) => route.fulfill({ path: join(root, "dist", "meetings-widget.js"), contentType: "text/javascript" }));
    await page.goto(server.origin + "/repo/page.html");
    await page.addScriptTag({ url: server.origin + "/repo/meetings-widget.js" });
    for (const [id, [, pattern]] of Object.entries(cases)) {
      const alert = page.locator(`meetings-widget#${id} [role=alert]`);
      await alert.waitFor({ timeout: 20000 });
      assert.match(await alert.textContent(), pattern, id);
    }
    await cardsIn(page.locator("meetings-widget#good")).first().waitFor();
    assert.equal(await cardsIn(page.locator("meetings-widget#good")).count(), dataset().meetings.length);
    await page.evaluate(() => { document.getElementById("host").textContent = "still alive"; });
    assert.equal(await page.textContent("#host"), "still alive");
    await page.screenshot({ path: join(artifacts, "broken-datasets.png"), fullPage: true });
    await context.close();
  } finally {
    await server.close();
  }
});

test("one bad record of each kind: the rest loads, the reader is told what was left out or put right, ids stay distinct", async () => {
  const good = dataset().meetings;
  const base = good[0];
  const bad = [
    { ...base, id: "basis", date_basis: "weekday" },
    { ...base, id: "cancelled", status: "cancelled" },
    { ...base, id: "no-arabic-name", participants: base.participants.map(({ name_ar, ...p }) => p) },
    { ...base, id: "span-past-end", evidence: { ...base.evidence, city: [{ start: 5, end: 10_000_000 }] } },
    { ...base, id: "yesterday", date_start: "yesterday", date_end: "yesterday" },
    { ...base, id: "far-future", date_start: "99999-01-01", date_end: "99999-01-01" },
    { ...base, id: "year-one", date_start: "0001-01-01", date_end: "0001-01-01" },
    { ...base, id: "year-9999", date_start: "9999-12-31", date_end: "9999-12-31" },
    { ...base, id: "off-earth", lat: 500, lon: -900 },
    { ...base, id: "backwards", date_start: "2024-05-09", date_end: "2024-05-02" },
    { ...base, title: "نسخة ثانية بالمعرف نفسه", article_text: "نص آخر تماماً لهذه النسخة.", evidence: {}, quotes: [] },
    { ...base, id: 42, title: "معرف رقمي" },
    "not a meeting",
    { ...base, id: "people-not-a-list", participants: "Lavrov" },
  ];
  const meetings = [...good.slice(0, 3), ...bad, ...good.slice(3)];
  const data = JSON.stringify({ schema: 1, meetings, labels: dataset().labels });
  const server = await serve({ extra: { "/bad-records.json": (req, res) => res.writeHead(200, { "content-type": "application/json" }).end(data) } });
  try {
    const { page, problems, context } = await openPage(browser, server.origin + "/hosted.html");
    await page.goto(server.origin + `/embed.html?src=${encodeURIComponent(server.origin + "/bad-records.json")}`);
    const cards = page.locator("article[data-meeting-id]");
    await cards.first().waitFor({ state: "attached" });
    await settled(page);
    assert.equal(await page.locator("[role=alert]").count(), 0, "no error box");
    // Three records have nothing to show: a string, an unknown status, participants that are not a list.
    const skipped = 3;
    assert.equal(await cards.count(), meetings.length - skipped);
    const notice = page.locator(".mw-notice");
    assert.match(await notice.locator("summary").textContent(), /[3٣] سجلات/);
    await notice.locator("summary").click();
    await page.screenshot({ path: join(artifacts, "bad-records.png"), fullPage: false });
    const details = (await notice.locator("li").allTextContents()).join("\n");
    // In the reader's language; only the dataset's own field names and values, isolated, are Latin.
    for (const reason of ["status", "cancelled", "date_basis", "yesterday", "99999", "بُدّلا", "الأرض", "خارج نص الخبر", "مكرّر", "ليس سجلًّا"]) {
      assert.ok(details.includes(reason), `the details say ${reason}:\n${details}`);
    }
    const ownWords = details.replace(/\u2066[^\u2069]*\u2069/g, "");
    assert.doesNotMatch(ownWords, /[A-Za-z]/, ownWords);
    // The year facet and the timeline show no junk years.
    const years = await page.locator('input[data-facet="year"]').evaluateAll((xs) => xs.map((x) => x.dataset.value));
    assert.ok(years.every((y) => /^(19|20)\d\d$/.test(y)), years.join(","));
    const labels = await page.locator(".mw-timeline text").allTextContents();
    assert.ok(labels.length < 40, `${labels.length} timeline labels`);
    // The copy that repeats the first record's id opens its own article, not the first's.
    const ids = await cards.evaluateAll((xs) => xs.map((x) => x.dataset.meetingId));
    assert.equal(new Set(ids).size, ids.length, "ids are distinct");
    const copy = ids.find((id) => id === `${base.id}__2`);
    assert.ok(copy, ids.join(","));
    await page.locator(`article[data-meeting-id="${copy}"] [data-action=open]`).click();
    const dialog = page.locator("dialog.mw-dialog");
    await dialog.waitFor({ state: "visible" });
    assert.match(await dialog.locator(".mw-article").textContent(), /نص آخر تماماً/);
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await server.close();
  }
});

test("embed.html takes a dataset only from its own origin (or those the build allows)", async () => {
  const other = await serve({ headers: { "access-control-allow-origin": "*" } });
  const server = await serve();
  try {
    const { page, problems, context } = await openPage(browser, server.origin + "/hosted.html");
    await page.goto(server.origin + `/embed.html?src=${encodeURIComponent(other.origin + "/meetings.json")}`);
    const alert = page.locator("[role=alert]");
    await alert.waitFor();
    assert.match(await alert.textContent(), /another site/);
    assert.ok((await alert.textContent()).includes(other.origin));
    assert.equal(await page.locator("meetings-widget").count(), 0);
    await page.goto(server.origin + `/embed.html?src=${encodeURIComponent(server.origin + "/meetings.json")}`);
    await page.locator("article[data-meeting-id]").first().waitFor({ state: "attached" });
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await server.close();
    await other.close();
  }
});

test("a dataset full of hostile strings renders inert: the sentinel is never set", async () => {
  const long = "ا".repeat(100_000);
  const evil = [
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=1">',
    "javascript:window.__pwned=1",
    "\u202Eevil override\u202C \u2067isolate",
    '"><svg onload=window.__pwned=1>',
  ];
  const meeting = (s, i) => ({
    id: `hostile-${i}`, status: "held", title: s, lede: `${s} ${long}`, article_text: `${s}\n${long}`,
    date_start: `2024-0${i + 1}-01`, date_end: `2024-0${i + 1}-01`, date_reason: s,
    participants: [{ name: s, name_ar: s, role: s, country: s }, { name: "Wang Yi", name_ar: "وانغ يي", country: "CN" }],
    city: s, city_ar: s, country: "XX", country_ar: s, occasion: s, occasion_ar: s, occasion_org: s,
    topics: [s], agencies: [s], quotes: [{ speaker: s, speaker_ar: s, text: s }], source_file: s,
    evidence: { date: [{ start: 0, end: 5 }], place: [{ start: 999999999, end: 5 }] }, mentions: [s],
    // The first card's address is a real one; every other is the hostile string itself.
    publisher: s, url: i === 0 ? "https://example.org/story" : s,
  });
  const data = JSON.stringify({ schema: 1, meetings: evil.map(meeting), labels: { topics: Object.fromEntries(evil.map((s) => [s, { en: s, ar: s }])) } });
  const server = await serve({ extra: { "/hostile.json": (req, res) => res.writeHead(200, { "content-type": "application/json" }).end(data) } });
  try {
    const { page, problems, context } = await openPage(browser, server.origin + "/hosted.html");
    await page.goto(server.origin + `/embed.html?src=${encodeURIComponent(server.origin + "/hostile.json")}&q=`);
    const cards = page.locator("article[data-meeting-id]");
    await cards.first().waitFor({ state: "attached" });
    assert.equal(await cards.count(), evil.length);
    // Open every card's evidence and the article: still nothing runs.
    for (let i = 0; i < evil.length; i++) {
      await page.locator(`article[data-meeting-id="hostile-${i}"] [data-action=open]`).click();
      await page.keyboard.press("Escape");
    }
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    const injected = await page.evaluate(() => {
      const shadow = document.querySelector("meetings-widget").shadowRoot;
      return shadow.querySelectorAll("script, img, iframe, object, embed, [onerror], [onload], a[href^='javascript']").length;
    });
    assert.equal(injected, 0);
    // Only an http(s) address becomes the card's link to its original article.
    const links = await page.evaluate(() => [...document.querySelector("meetings-widget").shadowRoot.querySelectorAll("a.card-link")]
      .map((a) => [a.closest("article").dataset.meetingId, a.getAttribute("href"), a.getAttribute("rel")]));
    assert.deepEqual(links, [["hostile-0", "https://example.org/story", "noopener noreferrer nofollow"]]);
    assert.ok((await page.locator('article[data-meeting-id="hostile-0"] h3').textContent()).includes("<script>"), "markup shows as text");
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await server.close();
  }
});

test("a strict Content-Security-Policy with Trusted Types: the hosted page works with no violation", async () => {
  const csp = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; require-trusted-types-for 'script'";
  const server = await serve({ headers: { "content-security-policy": csp } });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = [];
    page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") problems.push(m.text()); });
    page.on("pageerror", (e) => problems.push(e.message));
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const response = await page.goto(server.origin + "/hosted.html");
    assert.equal(response.headers()["content-security-policy"], csp);
    await page.locator("article[data-meeting-id]").first().waitFor();
    assert.equal(await page.locator("article[data-meeting-id]").count(), dataset().meetings.length);
    await page.locator("meetings-widget input[type=search]").fill("بكين");
    await page.locator('meetings-widget article[data-meeting-id^="004_"] [data-action=open]').click();
    await page.keyboard.press("Escape");
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(problems, []);
    // sync-url: this page's widget keeps its view in the hash.
    await settled(page);
    assert.match(page.url(), /#q=/);
    await context.close();
  } finally {
    await server.close();
  }
});

test("the iframe embed grows to its content through postMessage", async () => {
  const server = await serve();
  try {
    const { page, problems, context } = await openPage(browser, server.origin + "/demo-iframe.html");
    const frame = page.locator("iframe[data-meetings-embed]");
    await page.frameLocator("iframe[data-meetings-embed]").locator("article[data-meeting-id]:not([hidden])").first().waitFor();
    await page.waitForFunction(() => document.querySelector("iframe[data-meetings-embed]").style.height !== "900px");
    const height = await frame.evaluate((f) => parseInt(f.style.height, 10));
    const content = await page.frameLocator("iframe[data-meetings-embed]").locator("html").evaluate((h) => Math.ceil(h.getBoundingClientRect().height));
    assert.ok(Math.abs(height - content) <= 2, `iframe ${height}px, content ${content}px`);
    assert.match(await page.textContent("#snippet"), /embed\.html\?lang=ar/);
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await server.close();
  }
});
