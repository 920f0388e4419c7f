// node bench/first-card.mjs A.html [B.html ...]: the time from navigation to
// the first card painted, for each single file, loaded in turn (A, B, A, B…)
// ROUNDS times (default 25) from file:// in headless Chromium, each in a new
// context after one warm-up load. Prints the median and the 90th percentile
// and each file's gzipped size: one figure from `npm run bench` is a single
// load, too noisy to tell two builds 5% apart.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { launch } from "../tests/e2e/helpers.mjs";

const files = process.argv.slice(2).map((f) => resolve(f));
if (!files.length) {
  console.error("usage: node bench/first-card.mjs A.html [B.html ...]");
  process.exit(2);
}
const rounds = Number(process.env.ROUNDS || 25);
const browser = await launch();

async function firstCard(file) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector("[data-meeting-id]")) {
        observer.disconnect();
        requestAnimationFrame(() => { window.__firstCard = performance.now(); });
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(pathToFileURL(file).href);
  await page.waitForFunction(() => window.__firstCard);
  const ms = await page.evaluate(() => window.__firstCard);
  await context.close();
  return ms;
}

const times = files.map(() => []);
for (const file of files) await firstCard(file);
for (let r = 0; r < rounds; r++) {
  for (const [i, file] of files.entries()) times[i].push(await firstCard(file));
}
await browser.close();
const at = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
for (const [i, file] of files.entries()) {
  const gz = gzipSync(readFileSync(file), { level: 9 }).length;
  console.log(`${file}: first card p50 ${at(times[i], 0.5).toFixed(0)} ms, p90 ${at(times[i], 0.9).toFixed(0)} ms ` +
    `(${rounds} loads); ${(gz / 1024).toFixed(1)} KiB gzipped`);
}
