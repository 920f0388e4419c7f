// Prints bench/results.json as the README's Markdown table.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { root } from "../tests/e2e/helpers.mjs";

const rows = JSON.parse(readFileSync(join(root, "bench", "results.json"), "utf8"));
const names = { "meetings-widget": "**meetings-widget**", listjs: "List.js", minisearch: "MiniSearch" };
const ms = (x) => (x === undefined ? "–" : `${Math.round(x)} ms`);
const s = (x) => (x === undefined ? "–" : x < 1000 ? `${Math.round(x)} ms` : `${(x / 1000).toFixed(1)} s`);
const size = (b) => (b < 1 << 20 ? `${Math.round(b / 1024)} KiB` : `${(b / (1 << 20)).toFixed(1)} MiB`);
console.log("| N | system | painted p50 | painted p95 | settled p95 | empty frame | first card | ready | memory | gzipped page |");
console.log("|---|---|---|---|---|---|---|---|---|---|");
for (const r of rows) {
  console.log(`| ${r.n.toLocaleString("en")} | ${names[r.system] || r.system} | ${ms(r.keystroke_p50_ms)} | ${ms(r.keystroke_p95_ms)} | ${ms(r.settled_p95_ms)} | ${ms(r.empty_frame_p50_ms)} | ${s(r.first_card_ms)} | ${s(r.ready_ms)} | ${r.heap_mb} MB | ${size(r.bytes_gz)} |`);
}

// The widget's own work per action (User Timing measures): the update before
// the frame, beside the map and matrix drawn after it.
const widget = rows.filter((r) => r.frame_work_p50_ms !== undefined);
if (widget.length) {
  console.log("\n| N | update before the frame p50 / p95 | map and matrix p50 / p95 |");
  console.log("|---|---|---|");
  const pair = (a, b) => `${a.toFixed(1)} / ${b.toFixed(1)} ms`;
  for (const r of widget) {
    console.log(`| ${r.n.toLocaleString("en")} | ${pair(r.frame_work_p50_ms, r.frame_work_p95_ms)} | ${pair(r.places_work_p50_ms, r.places_work_p95_ms)} |`);
  }
}
