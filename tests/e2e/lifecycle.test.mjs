// The widget's lifecycle: a removed <meetings-widget> frees what it held, a
// re-added one mounts again, and a data-src that never answers shows a busy
// loading line, then a timeout with a retry.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { launch, artifacts, root } from "./helpers.mjs";
import { serve } from "./server.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Nodes, listeners and wasm memory after a full garbage collection. */
async function footprint(page, cdp) {
  await cdp.send("HeapProfiler.collectGarbage");
  const { nodes, jsEventListeners } = await cdp.send("Memory.getDOMCounters");
  const { wasmBytes, mounted } = await page.evaluate(() => customElements.get("meetings-widget").diagnostics());
  return { nodes, listeners: jsEventListeners, wasmMB: wasmBytes / 2 ** 20, mounted };
}

async function cycle(page, src, times) {
  const alerts = await page.evaluate(async ({ src, times }) => {
    let alerts = 0;
    for (let i = 0; i < times; i++) {
      const w = document.createElement("meetings-widget");
      if (src) w.setAttribute("data-src", src);
      const ready = new Promise((r) => w.addEventListener("meetings-ready", r, { once: true }));
      document.getElementById("slot").appendChild(w);
      await ready;
      // Wait until the store is built (a large dataset loads in slices) and the
      // work left for after the first frame has run, as a reader's page would.
      const shadow = w.shadowRoot;
      while (shadow.querySelector("[data-loading], [aria-busy=true]") || !shadow.querySelector(".mw-facets, [role=alert]")) {
        await new Promise((r) => setTimeout(r, 20));
      }
      alerts += shadow.querySelectorAll("[role=alert]").length;
      w.remove();
    }
    return alerts;
  }, { src, times });
  assert.equal(alerts, 0, "every mount shows its cards");
}

test("mounting and removing a widget 50 times gives back memory, nodes and listeners", async () => {
  const big = execFileSync(join(root, "target", "release", "meetings"), ["generate", "--count", "9000", "--seed", "11"], { cwd: root, maxBuffer: 1 << 30 });
  const server = await serve({ extra: { "/big.json": (req, res) => res.writeHead(200, { "content-type": "application/json" }).end(big) } });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = [];
    page.on("pageerror", (e) => problems.push(e.message));
    await page.goto(server.origin + "/hosted.html");
    await page.evaluate(() => { document.body.insertAdjacentHTML("beforeend", '<div id="slot"></div>'); });
    const cdp = await context.newCDPSession(page);
    const report = {};
    for (const [name, src] of [["built-in", null], ["9,000 from data-src (19 MB, under the 20 MB cap)", server.origin + "/big.json"]]) {
      await cycle(page, src, 2);
      const first = await footprint(page, cdp);
      await cycle(page, src, 50);
      const last = await footprint(page, cdp);
      report[name] = { first, last };
      assert.equal(last.mounted, first.mounted, `${name}: widgets still mounted`);
      assert.ok(last.nodes <= first.nodes + 200, `${name}: DOM nodes ${first.nodes} → ${last.nodes}`);
      assert.ok(last.listeners <= first.listeners + 5, `${name}: listeners ${first.listeners} → ${last.listeners}`);
      assert.ok(last.wasmMB <= first.wasmMB * 1.25 + 2, `${name}: wasm memory ${first.wasmMB} → ${last.wasmMB} MB`);
    }
    console.log(JSON.stringify(report));
    // Put back, the same element mounts again.
    const again = await page.evaluate(async () => {
      const w = document.createElement("meetings-widget");
      const slot = document.getElementById("slot");
      slot.appendChild(w);
      await new Promise((r) => w.addEventListener("meetings-ready", r, { once: true }));
      w.remove();
      const ready = new Promise((r) => w.addEventListener("meetings-ready", r, { once: true }));
      slot.appendChild(w);
      await ready;
      return w.shadowRoot.querySelectorAll("article[data-meeting-id]").length;
    });
    assert.ok(again > 0, "a re-added widget shows its cards");
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await server.close();
  }
});

test("a data-src that never answers: a busy loading line at once, then a timeout with a retry that works", async () => {
  let answer = false;
  const good = execFileSync(join(root, "target", "release", "meetings"), ["generate", "--count", "30", "--seed", "2"], { cwd: root, maxBuffer: 1 << 28 });
  const hanging = (req, res) => {
    if (answer) return res.writeHead(200, { "content-type": "application/json" }).end(good);
    res.writeHead(200, { "content-type": "application/json" });
    res.write('{"schema":1,'); // and nothing more
  };
  const server = await serve({ extra: { "/slow.json": hanging } });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.origin + "/hosted.html");
    await page.evaluate((src) => {
      document.body.insertAdjacentHTML("beforeend", `<meetings-widget id="slow" lang="en" data-timeout="3" data-src="${src}"></meetings-widget>`);
    }, server.origin + "/slow.json");
    const widget = page.locator("meetings-widget#slow");
    const status = widget.locator(".mw-loading[role=status]");
    await status.waitFor({ timeout: 1000 });
    assert.match(await status.textContent(), /Loading/);
    assert.equal(await widget.locator(".mw-root").getAttribute("aria-busy"), "true");
    const alert = widget.locator("[role=alert]");
    await alert.waitFor({ timeout: 10000 });
    assert.match(await alert.textContent(), /did not arrive within 3 seconds/);
    assert.equal(await widget.locator(".mw-root").getAttribute("aria-busy"), null);
    await widget.screenshot({ path: join(artifacts, "data-src-timeout.png") });
    answer = true;
    await widget.locator(".mw-retry").click();
    await widget.locator("article[data-meeting-id]").first().waitFor({ timeout: 10000 });
    await context.close();
  } finally {
    await server.close();
  }
});
