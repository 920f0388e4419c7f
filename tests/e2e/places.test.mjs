// Where and with whom, on the built page from file://: the map of meeting
// places and the who-met-whom matrix, both filters that live in the URL.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { launch, openPage, visibleCards, dataset, pageUrl, artifacts, settled, root } from "./helpers.mjs";
import { serve } from "./server.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const meetings = () => dataset().meetings;
const shownIds = async (page) => {
  await settled(page);
  return (await visibleCards(page).evaluateAll((els) => els.map((e) => e.dataset.meetingId))).sort();
};
const idsWhere = (keep) => meetings().filter(keep).map((m) => m.id).sort();
const hashOf = async (page) => decodeURIComponent(new URL(page.url()).hash.replace(/\+/g, " "));

async function ready(url = pageUrl, options) {
  const opened = await openPage(browser, url, options);
  await opened.page.waitForSelector(".mw-map-svg .map-mark", { state: "attached" });
  await settled(opened.page);
  return opened;
}

test("the map marks every seed meeting's city; choosing Beijing filters to its meetings, in the URL, and the link reopens it", async () => {
  const { page, context, problems } = await ready();
  const cities = [...new Set(meetings().map((m) => m.city).filter(Boolean))].sort();
  const marked = (await page.locator(".map-mark").evaluateAll((els) => els.map((e) => e.dataset.value))).sort();
  assert.deepEqual(marked, cities);
  const beijing = page.locator('.map-mark[data-value="Beijing"]');
  const inBeijing = idsWhere((m) => m.city === "Beijing");
  assert.ok(inBeijing.length >= 2, "the seeds have more than one meeting in Beijing");
  assert.match(await beijing.getAttribute("aria-label"), /^بكين: /);
  // The busiest place has the largest mark.
  const radius = (city) => page.locator(`.map-mark[data-value="${city}"] circle`).getAttribute("r").then(Number);
  assert.ok(await radius("Beijing") > await radius("Ankara"));
  await page.locator(".mw-map").screenshot({ path: join(artifacts, "map-ar.png") });

  await beijing.click();
  assert.deepEqual(await shownIds(page), inBeijing);
  assert.match(await hashOf(page), /city=Beijing/);
  assert.equal(await beijing.getAttribute("aria-pressed"), "true");
  assert.match(await page.locator('.map-mark[data-value="Moscow"]').getAttribute("class"), /is-dim/);
  // The same filter as the facet: its box is ticked, and its chip removes it.
  assert.ok(await page.locator('input[data-facet="city"][data-value="Beijing"]').isChecked());

  const link = page.url();
  const fresh = await ready(link);
  assert.deepEqual(await shownIds(fresh.page), inBeijing);
  assert.equal(await fresh.page.locator('.map-mark[data-value="Beijing"]').getAttribute("aria-pressed"), "true");
  await fresh.page.locator(".mw-map").screenshot({ path: join(artifacts, "map-beijing.png") });
  assert.deepEqual(fresh.problems, []);
  await fresh.context.close();

  // Keyboard: a mark is reached with Tab and chosen with Enter, as a button is.
  await page.locator('.map-mark[data-value="Moscow"]').focus();
  await page.keyboard.press("Enter");
  assert.deepEqual(await shownIds(page), idsWhere((m) => m.city === "Beijing" || m.city === "Moscow"));
  await page.keyboard.press(" ");
  assert.deepEqual(await shownIds(page), inBeijing);
  assert.deepEqual(problems, []);
  await context.close();
});

test("who met whom: Lavrov and Wang Yi with their count; choosing the cell shows their meetings, a name shows that person's", async () => {
  const { page, context, problems } = await ready(pageUrl + "#lang=en");
  const both = idsWhere((m) => ["Sergey Lavrov", "Wang Yi"].every((n) => m.participants.some((p) => p.name === n)));
  const cell = page.locator('.mw-pair[data-a="Sergey Lavrov"][data-b="Wang Yi"]');
  assert.equal(await cell.textContent(), String(both.length));
  assert.equal(await cell.getAttribute("aria-label"), `Sergey Lavrov and Wang Yi: ${both.length} meetings together`);
  await page.locator(".mw-people").screenshot({ path: join(artifacts, "matrix-en.png") });

  await cell.click();
  assert.deepEqual(await shownIds(page), both);
  assert.match(await hashOf(page), /pair=Sergey Lavrov\|Wang Yi/);
  assert.ok(both.length < meetings().length, "the Lavrov–Fidan meeting is left out");
  // The matrix is drawn again for the new result; focus stays on the cell chosen.
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.b), "Wang Yi");
  assert.equal(await page.locator('.mw-pair[data-a="Sergey Lavrov"][data-b="Wang Yi"]').getAttribute("aria-pressed"), "true");
  const chip = page.locator(".mw-chips .chip", { hasText: "Together" });
  assert.equal(await chip.count(), 1);
  const fresh = await ready(page.url());
  assert.deepEqual(await shownIds(fresh.page), both);
  await fresh.context.close();
  await chip.click();
  assert.equal((await shownIds(page)).length, meetings().length);

  const fidan = page.locator('.mw-person[data-value="Hakan Fidan"]');
  await fidan.click();
  assert.deepEqual(await shownIds(page), idsWhere((m) => m.participants.some((p) => p.name === "Hakan Fidan")));
  assert.match(await hashOf(page), /person=Hakan Fidan/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("map and matrix at 360 px in the dark, right to left: nothing overflows the screen", async () => {
  const { page, context, problems } = await ready(pageUrl, { viewport: { width: 360, height: 780 }, colorScheme: "dark" });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
  const box = await page.locator(".mw-map-svg").boundingBox();
  assert.ok(box.width > 250 && box.width <= 360 && Math.abs(box.width / box.height - 2) < 0.1, JSON.stringify(box));
  await page.locator(".mw-places").screenshot({ path: join(artifacts, "places-360-dark.png") });
  assert.deepEqual(problems, []);
  await context.close();
});

test("hundreds of people: ten in the matrix, the rest folded, listed when opened, and a folded name filters", async () => {
  const data = execFileSync(join(root, "target", "release", "meetings"), ["generate", "--count", "2000", "--seed", "5"], { cwd: root, maxBuffer: 1 << 28 });
  const people = new Set(JSON.parse(data).meetings.flatMap((m) => m.participants.map((p) => p.name)));
  const server = await serve({ extra: { "/many.json": (req, res) => res.writeHead(200, { "content-type": "application/json" }).end(data) } });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const problems = [];
    page.on("pageerror", (e) => problems.push(e.message));
    await page.goto(server.origin + "/hosted.html");
    await page.evaluate((src) => {
      document.body.insertAdjacentHTML("beforeend", `<meetings-widget id="many" lang="en" data-src="${src}"></meetings-widget>`);
    }, server.origin + "/many.json");
    const widget = page.locator("#many");
    const idle = () => widget.locator(".mw[aria-busy=true], [aria-busy=true] .mw").waitFor({ state: "detached" });
    await widget.locator(".mw-people .mw-person").first().waitFor();
    await idle();
    assert.equal(await widget.locator(".mw-people tbody .mw-person").count(), 10);
    const folded = widget.locator("details.mw-more-people");
    const others = people.size - 10;
    assert.ok(others > 150, `the generated data has ${people.size} people`);
    assert.equal(await folded.locator("summary").textContent(), `Other participants (${others.toLocaleString("en")})`);
    // Shut, the list is not built; opened, every other person is a button.
    assert.equal(await folded.locator("li").count(), 0);
    await folded.locator("summary").click();
    await folded.locator("li").first().waitFor();
    assert.equal(await folded.locator("li .mw-person").count(), others);
    await widget.locator(".mw-people").screenshot({ path: join(artifacts, "matrix-folded-open.png") });
    const last = folded.locator("li .mw-person").last();
    const name = await last.getAttribute("data-value");
    await last.click();
    await idle();
    assert.equal(await widget.locator(".mw-chips .chip", { hasText: name }).count(), 1);
    // Their meetings now: the chosen person is in the matrix, with no one folded.
    assert.equal(await widget.locator(`.mw-people tbody .mw-person[data-value="${name}"]`).count(), 1);
    assert.ok(await folded.isHidden());
    await widget.locator(".mw-places").screenshot({ path: join(artifacts, "matrix-many-people.png") });
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await server.close();
  }
});
