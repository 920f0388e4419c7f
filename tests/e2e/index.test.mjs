// The prebuilt index (`meetings index`): a widget opens it from data-src as
// it is, past the 20 MB ceiling of a JSON dataset, and a damaged or cut
// index is refused with its reason in the widget's place.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { launch, artifacts, root, settled, tempDir } from "./helpers.mjs";
import { serve } from "./server.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const cli = join(root, "target", "release", "meetings");

/** The index of COUNT generated meetings, and the dataset's JSON. */
function built(count, seed) {
  const dir = tempDir("meetings-index-");
  const json = execFileSync(cli, ["generate", "--count", String(count), "--seed", String(seed)], { cwd: root, maxBuffer: 1 << 30 });
  writeFileSync(join(dir, "dataset.json"), json);
  execFileSync(cli, ["index", join(dir, "dataset.json"), "--out", dir], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  return { json, index: readFileSync(join(dir, "meetings.index")) };
}

async function widgetPage(server, src) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(server.origin + "/hosted.html");
  await page.evaluate((src) => {
    document.querySelector("meetings-widget").remove();
    document.body.insertAdjacentHTML("beforeend", `<meetings-widget id="w" lang="en" data-src="${src}"></meetings-widget>`);
  }, src);
  return { page, context, problems };
}

test("a prebuilt index of 25,000 meetings from data-src: more than a JSON dataset may hold, searchable and filterable", async () => {
  const { json, index } = built(25000, 4);
  assert.ok(json.length > 20 * 1024 * 1024, `the JSON is ${json.length} bytes, over the 20 MB a JSON dataset may have`);
  const lavrov = JSON.parse(json).meetings.filter((m) => m.participants.some((p) => p.name === "Sergey Lavrov")).length;
  const server = await serve({ extra: {
    "/big.index": (req, res) => res.writeHead(200, { "content-type": "application/octet-stream" }).end(index),
    "/big.json": (req, res) => res.writeHead(200, { "content-type": "application/json" }).end(json),
  } });
  try {
    const { page, context, problems } = await widgetPage(server, server.origin + "/big.index");
    const widget = page.locator("#w");
    await widget.locator('[role=status][data-count="25000"]').waitFor({ timeout: 60000 });
    await settled(page);
    await widget.locator("input[type=search]").fill("lavrov");
    await settled(page);
    const count = Number(await widget.locator("[role=status]").getAttribute("data-count"));
    assert.ok(count > 0 && count < 25000, `"lavrov" finds ${count}`);
    await widget.locator("input[type=search]").fill("");
    await widget.locator(`input[data-facet="person"][data-value="Sergey Lavrov"]`).first().evaluate((box) => box.click());
    await settled(page);
    assert.equal(Number(await widget.locator("[role=status]").getAttribute("data-count")), lavrov);
    await page.screenshot({ path: join(artifacts, "index-25000.png") });
    assert.deepEqual(problems, []);
    await context.close();
    // The same meetings as JSON are refused by size, with the reason.
    const refused = await widgetPage(server, server.origin + "/big.json");
    await refused.page.locator("#w .mw-error").waitFor({ timeout: 60000 });
    assert.match(await refused.page.locator("#w .mw-error").textContent(), /20 MB/);
    await refused.context.close();
  } finally {
    await server.close();
  }
});

test("a damaged, cut or foreign index is refused with its reason, and the page goes on", async () => {
  const { index } = built(1200, 9);
  const flipped = Buffer.from(index);
  flipped[flipped.length - 5] ^= 0x20;
  const cases = {
    "/damaged.index": [flipped, /damaged|تالف/],
    "/cut.index": [index.subarray(0, index.length >> 1), /cut short|ناقص/],
    "/old.index": [Buffer.concat([Buffer.from("MWIX"), Buffer.from([7, 0, 0, 0]), index.subarray(8)]), /another version|إصدار آخر/],
  };
  const extra = {};
  for (const [path, [bytes]] of Object.entries(cases)) {
    extra[path] = (req, res) => res.writeHead(200, { "content-type": "application/octet-stream" }).end(bytes);
  }
  const server = await serve({ extra });
  try {
    for (const [path, [, reason]] of Object.entries(cases)) {
      const { page, context, problems } = await widgetPage(server, server.origin + path);
      const error = page.locator("#w .mw-error");
      await error.waitFor({ timeout: 60000 });
      assert.match(await error.textContent(), reason, path);
      if (path === "/damaged.index") await page.locator("#w").screenshot({ path: join(artifacts, "index-damaged.png") });
      // The page itself still works: its heading is there and nothing threw.
      assert.deepEqual(problems, [], path);
      await context.close();
    }
  } finally {
    await server.close();
  }
});
