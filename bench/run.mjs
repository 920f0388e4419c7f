// npm run bench: the widget at N = 1,000, 10,000 (and 100,000 with BENCH_FULL=1)
// generated meetings, opened from file:// in headless Chromium. For each N:
// time to the first card, keystroke/click to the next painted frame (p50,
// p95) over a fixed list of actions, JS heap + wasm memory, gzipped size.
// Results go to bench/results.json. The List.js and MiniSearch baselines of
// the speed issue are not written yet.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { launch, root } from "../tests/e2e/helpers.mjs";

const sizes = process.env.BENCH_FULL ? [1000, 10000, 100000] : [1000, 10000];
const out = join(root, "bench", "out");
mkdirSync(out, { recursive: true });
const cli = join(root, "target", "release", "meetings");
execFileSync("cargo", ["build", "--release", "--features", "cli", "--bin", "meetings"], { cwd: root, stdio: "inherit" });

// Arabic and English queries typed one key at a time, facet clicks, ranges, sort, clearing.
const actions = [
  ...[..."وانج"].map((_, i, a) => ({ type: "query", value: a.slice(0, i + 1).join("") })),
  { type: "query", value: "" },
  ...[..."lavrov"].map((_, i, a) => ({ type: "query", value: a.slice(0, i + 1).join("") })),
  { type: "query", value: "" },
  ...[..."بكين"].map((_, i, a) => ({ type: "query", value: a.slice(0, i + 1).join("") })),
  { type: "facet", facet: "occasion", value: "SCO" },
  { type: "facet", facet: "status", value: "held" },
  { type: "range", from: "2015-01-01", to: "2020-12-31" },
  { type: "sort", value: "oldest" },
  { type: "sort", value: "relevance" },
  { type: "clear" },
];

const percentile = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
const results = [];
const browser = await launch();
for (const n of sizes) {
  const data = join(out, `dataset-${n}.json`);
  writeFileSync(data, execFileSync(cli, ["generate", "--count", String(n), "--seed", "1"], { cwd: root, maxBuffer: 1 << 30 }));
  execFileSync("node", [join(root, "scripts", "build.mjs")], { cwd: root, env: { ...process.env, MEETINGS_DATASET: data }, stdio: ["ignore", "ignore", "inherit"] });
  const page_file = join(out, `widget-${n}.html`);
  copyFileSync(join(root, "dist", "index.html"), page_file);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector("article[data-meeting-id]")) {
        observer.disconnect();
        requestAnimationFrame(() => { window.__firstCard = performance.now(); });
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(pathToFileURL(page_file).href, { timeout: 600000 });
  await page.waitForFunction(() => window.__firstCard, null, { timeout: 600000 });
  const firstCard = await page.evaluate(() => window.__firstCard);
  const latencies = [];
  for (const action of actions) {
    latencies.push(await page.evaluate(async (a) => {
      const q = (s) => document.querySelector(s);
      const t0 = performance.now();
      if (a.type === "query") { const i = q("input[type=search]"); i.value = a.value; i.dispatchEvent(new Event("input", { bubbles: true })); }
      if (a.type === "facet") q(`input[data-facet="${a.facet}"][data-value="${a.value}"]`)?.click();
      if (a.type === "range") { for (const [k, v] of [["from", a.from], ["to", a.to]]) { const i = q(`input[data-action=${k}]`); i.value = v; i.dispatchEvent(new Event("change", { bubbles: true })); } }
      if (a.type === "sort") { const s = q("select[data-action=sort]"); s.value = a.value; s.dispatchEvent(new Event("change", { bubbles: true })); }
      if (a.type === "clear") q(".chip-clear")?.click();
      await new Promise((r) => requestAnimationFrame(() => r()));
      return performance.now() - t0;
    }, action));
  }
  const cdp = await context.newCDPSession(page);
  const heap = await cdp.send("Runtime.getHeapUsage");
  const html = readFileSync(page_file);
  results.push({
    system: "meetings-widget", n,
    keystroke_p50_ms: +percentile(latencies, 0.5).toFixed(1), keystroke_p95_ms: +percentile(latencies, 0.95).toFixed(1),
    first_card_ms: +firstCard.toFixed(0),
    heap_mb: +((heap.usedSize) / 1048576).toFixed(1),
    bytes_gz: gzipSync(html, { level: 9 }).length,
  });
  console.log(results.at(-1));
  await context.close();
}
await browser.close();
writeFileSync(join(root, "bench", "results.json"), JSON.stringify(results, null, 2) + "\n");
// Put the seed build back.
execFileSync("node", [join(root, "scripts", "build.mjs")], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
