// npm run bench: the widget at N = 1,000, 10,000 and 100,000 (BENCH_SIZES
// picks others; BENCH_SYSTEMS picks systems) generated meetings, opened from file:// in headless Chromium,
// against two baselines built from their npm packages (bench/baseline.html
// with List.js, and with MiniSearch) that render the same cards. For each
// system and N: time to the first card, keystroke/click to the next painted
// frame (p50, p95) over a fixed list of actions, the JS heap plus the wasm
// memory, the gzipped
// size of the page. The hosted variant ("meetings-widget-hosted") is the
// <meetings-widget data-src=meetings.index> embed of the seed build's script
// with the size's prebuilt index, served over loopback with 50 ms added to
// every request and the index sent gzipped at 100 Mbit/s; its size column
// counts what crosses the wire. Results go to bench/results.json.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createServer } from "node:http";
import { launch, root } from "../tests/e2e/helpers.mjs";

// "seeds" is the seed dataset itself, as `npm run build` embeds it.
const sizes = (process.env.BENCH_SIZES || "seeds,1000,10000,100000").split(",");
const systems = (process.env.BENCH_SYSTEMS || "meetings-widget,meetings-widget-hosted,listjs,minisearch").split(",");
const out = join(root, "bench", "out");
mkdirSync(out, { recursive: true });
const cli = join(root, "target", "release", "meetings");
execFileSync("cargo", ["build", "--release", "--features", "cli", "--bin", "meetings"], { cwd: root, stdio: "inherit" });

// Arabic and English queries typed one key at a time, facet clicks, a range, sort, clearing.
const typed = (word) => [...word].map((_, i, a) => ({ type: "query", value: a.slice(0, i + 1).join("") }));
const actions = [
  ...typed("وانج"), { type: "query", value: "" },
  ...typed("lavrov"), { type: "query", value: "" },
  ...typed("بكين"),
  { type: "facet", facet: "occasion", value: "SCO" },
  { type: "facet", facet: "status", value: "held" },
  { type: "range", from: "2015-01-01", to: "2020-12-31" },
  { type: "sort", value: "oldest" },
  { type: "sort", value: "relevance" },
  { type: "clear" },
];

const percentile = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };

/** The hosted variant's server: bench/out over loopback, each answer 50 ms
 * late, the index gzipped (as a static host compresses it) and paced at 100 Mbit/s. */
const LATENCY_MS = 50;
const BYTES_PER_MS = 100e6 / 8 / 1000;
async function hostedServer() {
  let sent = 0;
  const packed = new Map();
  const server = createServer(async (req, res) => {
    const name = new URL(req.url, "http://x").pathname.slice(1);
    const path = join(out, name);
    if (!/^[\w.-]+$/.test(name) || !existsSync(path)) return res.writeHead(404).end();
    await new Promise((r) => setTimeout(r, LATENCY_MS));
    const type = name.endsWith(".html") ? "text/html; charset=utf-8" : name.endsWith(".js") ? "text/javascript" : "application/octet-stream";
    if (!packed.has(name)) packed.set(name, gzipSync(readFileSync(path), { level: 6 }));
    const body = packed.get(name);
    res.writeHead(200, { "content-type": type, "content-encoding": "gzip", "content-length": body.length, "cache-control": "no-store" });
    for (let at = 0; at < body.length; at += 1 << 16) {
      const piece = body.subarray(at, at + (1 << 16));
      await new Promise((r) => setTimeout(r, piece.length / BYTES_PER_MS));
      res.write(piece);
      sent += piece.length;
    }
    res.end();
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  return { origin: `http://127.0.0.1:${server.address().port}`, sent: () => sent, close: () => new Promise((r) => server.close(r)) };
}

async function measure(browser, system, n, file, host = null) {
  const url = host ? `${host.origin}/${file}` : pathToFileURL(file).href;

  // One load first, its figures thrown away, so that every page is measured
  // the same way: with the browser's fonts and the file already in its
  // caches, as when a reader opens the page in a running browser. Otherwise
  // the first page of a run pays for the browser warming up.
  const warm = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const warmPage = await warm.newPage();
  await warmPage.goto(url, { timeout: 600000 });
  await warmPage.waitForSelector("[data-meeting-id]", { state: "attached", timeout: 600000 });
  await warm.close();
  const sentBefore = host ? host.sent() : 0;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    // Count the wasm's linear memory too: keep the instance's memory when it starts.
    const instantiate = WebAssembly.instantiate;
    WebAssembly.instantiate = async (...args) => {
      const result = await instantiate(...args);
      const exports = (result.instance || result).exports;
      if (exports && exports.memory) window.__wasmMemory = exports.memory;
      return result;
    };
    // The next frame's rendering (style, layout, paint) runs after its
    // animation-frame callbacks; a message posted there arrives once it is done.
    window.__nextPaint = () => new Promise((r) => requestAnimationFrame(() => {
      const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0);
    }));
    // The widget's elements: the page's, or the embed's shadow root's.
    window.__scope = () => document.querySelector("meetings-widget")?.shadowRoot || document;
    const firstCard = () => {
      if (window.__firstCard || !window.__scope().querySelector("[data-meeting-id]")) return false;
      requestAnimationFrame(() => { window.__firstCard = window.__firstCard || performance.now(); });
      return true;
    };
    const observer = new MutationObserver(() => { if (firstCard()) observer.disconnect(); });
    observer.observe(document, { childList: true, subtree: true });
    // A shadow root's nodes are not the document's: look each frame too.
    const poll = () => { if (!firstCard()) requestAnimationFrame(poll); };
    requestAnimationFrame(poll);
  });
  await page.goto(url, { timeout: 600000 });
  await page.waitForFunction(() => window.__firstCard, null, { timeout: 600000 });
  const firstCard = await page.evaluate(() => window.__firstCard);
  // Interactive: nothing is still loading.
  await page.waitForFunction(() => window.__scope().querySelector("input[type=search]") && !window.__scope().querySelector("[aria-busy=true]") && !document.querySelector("[aria-busy=true]"), null, { timeout: 600000, polling: 100 });
  const ready = await page.evaluate(() => performance.now());
  // The floor: a frame with nothing changed, timed the same way.
  const floor = [];
  for (let k = 0; k < 12; k++) {
    floor.push(await page.evaluate(async () => {
      const t0 = performance.now();
      await window.__nextPaint();
      return performance.now() - t0;
    }));
  }
  const latencies = [];
  const settled = [];
  // The widget's own work, from the User Timing measures it leaves: the
  // update drawn before the frame (cards, count, chips) and the map and
  // matrix drawn after it. The other systems leave none.
  const frameWork = [];
  const placesWork = [];
  for (const action of actions) {
    const [painted, done, frame, places] = await page.evaluate(async (a) => {
      const q = (s) => window.__scope().querySelector(s);
      const last = (name) => performance.getEntriesByName(name, "measure").at(-1)?.duration;
      performance.clearMeasures();
      const t0 = performance.now();
      if (a.type === "query") { const i = q("input[type=search]"); i.value = a.value; i.dispatchEvent(new Event("input", { bubbles: true })); }
      if (a.type === "facet") q(`input[data-facet="${a.facet}"][data-value="${a.value}"]`)?.click();
      if (a.type === "range") { for (const [k, v] of [["from", a.from], ["to", a.to]]) { const i = q(`input[data-action=${k}]`); i.value = v; i.dispatchEvent(new Event("change", { bubbles: true })); } }
      if (a.type === "sort") { const s = q("select[data-action=sort]"); s.value = a.value; s.dispatchEvent(new Event("change", { bubbles: true })); }
      if (a.type === "clear") q(".chip-clear")?.click();
      await window.__nextPaint();
      const painted = performance.now() - t0;
      // Settled: work left for idle time (counts, timeline, cards below the
      // fold) is done and drawn too.
      await new Promise((r) => (window.requestIdleCallback || setTimeout)(() => r()));
      await window.__nextPaint();
      return [painted, performance.now() - t0, last("meetings-widget:frame"), last("meetings-widget:places")];
    }, action);
    latencies.push(painted);
    settled.push(done);
    if (frame !== undefined) frameWork.push(frame);
    if (places !== undefined) placesWork.push(places);
    // BENCH_ACTIONS=1 prints each action's figures, to see which ones are slow.
    if (process.env.BENCH_ACTIONS) console.log(system, n, JSON.stringify(action), painted.toFixed(1), done.toFixed(1), frame?.toFixed(1), places?.toFixed(1));
  }
  // Memory kept, not garbage waiting for the collector: collect first, for every system alike.
  const cdp = await context.newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const heap = await cdp.send("Runtime.getHeapUsage");
  const wasmBytes = await page.evaluate(() => window.__wasmMemory?.buffer.byteLength || 0);
  await context.close();
  return {
    system, n,
    keystroke_p50_ms: +percentile(latencies, 0.5).toFixed(1),
    keystroke_p95_ms: +percentile(latencies, 0.95).toFixed(1),
    empty_frame_p50_ms: +percentile(floor, 0.5).toFixed(1),
    settled_p50_ms: +percentile(settled, 0.5).toFixed(1),
    settled_p95_ms: +percentile(settled, 0.95).toFixed(1),
    ...(frameWork.length && {
      frame_work_p50_ms: +percentile(frameWork, 0.5).toFixed(1),
      frame_work_p95_ms: +percentile(frameWork, 0.95).toFixed(1),
    }),
    ...(placesWork.length && {
      places_work_p50_ms: +percentile(placesWork, 0.5).toFixed(1),
      places_work_p95_ms: +percentile(placesWork, 0.95).toFixed(1),
    }),
    first_card_ms: +firstCard.toFixed(0),
    ready_ms: +ready.toFixed(0),
    heap_mb: +((heap.usedSize + wasmBytes) / 1048576).toFixed(1),
    bytes_gz: host ? host.sent() - sentBefore : gzipSync(readFileSync(file), { level: 9 }).length,
  };
}

const results = [];
// Frames are not held to the display's 60 Hz: a frame starts as soon as the
// main thread is free, so the figures are the work itself and not where in
// the vsync interval the action happened to fall.
const browser = await launch(["--disable-frame-rate-limit", "--disable-gpu-vsync"]);
const template = readFileSync(join(root, "bench", "baseline.html"), "utf8");
// The hosted variant's script is the seed build's: it carries only the six seed meetings.
const host = systems.includes("meetings-widget-hosted") ? await hostedServer() : null;
if (host) {
  execFileSync("node", [join(root, "scripts", "build.mjs")], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  copyFileSync(join(root, "dist", "meetings-widget.js"), join(out, "meetings-widget.js"));
}
for (const n of sizes) {
  const seeds = n === "seeds";
  const data = seeds ? join(root, "dist", "meetings.json") : join(out, `dataset-${n}.json`);
  if (!seeds) writeFileSync(data, execFileSync(cli, ["generate", "--count", n, "--seed", "1"], { cwd: root, maxBuffer: 1 << 30 }));
  const env = seeds ? process.env : { ...process.env, MEETINGS_DATASET: data };
  execFileSync("node", [join(root, "scripts", "build.mjs")], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
  const count = JSON.parse(readFileSync(data, "utf8")).meetings.length;
  const pages = { "meetings-widget": join(out, `widget-${n}.html`) };
  copyFileSync(join(root, "dist", "index.html"), pages["meetings-widget"]);
  if (host) {
    copyFileSync(join(root, "dist", "meetings.index"), join(out, `meetings-${n}.index`));
    writeFileSync(join(out, `hosted-${n}.html`), `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">` +
      `<title>hosted</title></head><body><meetings-widget data-src="meetings-${n}.index"></meetings-widget>` +
      `<script src="meetings-widget.js"></script></body></html>`);
  }
  const dataText = readFileSync(data, "utf8").replace(/</g, "\\u003c");
  for (const [system, lib] of [["listjs", "list.js/dist/list.min.js"], ["minisearch", "minisearch/dist/umd/index.js"]]) {
    pages[system] = join(out, `${system}-${n}.html`);
    const code = readFileSync(join(root, "node_modules", lib), "utf8");
    writeFileSync(pages[system], template.replace("/*LIB*/", () => code).replace("/*DATA*/null", () => dataText).replaceAll("/*SYSTEM*/", system));
  }
  for (const [system, file] of Object.entries(pages).filter(([name]) => systems.includes(name))) {
    results.push(await measure(browser, system, count, file));
    console.log(JSON.stringify(results.at(-1)));
  }
  if (host) {
    results.push(await measure(browser, "meetings-widget-hosted", count, `hosted-${n}.html`, host));
    console.log(JSON.stringify(results.at(-1)));
  }
}
await browser.close();
await host?.close();
// A partial run (BENCH_SIZES, BENCH_SYSTEMS) replaces only the rows it measured.
const resultsFile = join(root, "bench", "results.json");
const kept = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, "utf8")) : [];
const merged = [...kept.filter((r) => !results.some((m) => m.system === r.system && m.n === r.n)), ...results]
  .sort((a, b) => a.n - b.n || systemsOrder(a.system) - systemsOrder(b.system));
function systemsOrder(name) { return ["meetings-widget", "meetings-widget-hosted", "listjs", "minisearch"].indexOf(name); }
writeFileSync(resultsFile, JSON.stringify(merged, null, 2) + "\n");
// Put the seed build back.
execFileSync("node", [join(root, "scripts", "build.mjs")], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
