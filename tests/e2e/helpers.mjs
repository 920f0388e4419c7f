// Shared setup for the end-to-end tests: Debian's Chromium through
// playwright-core, the built page from file://, console capture.
import { chromium } from "playwright-core";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const distFile = join(root, "dist", "index.html");
export const pageUrl = pathToFileURL(distFile).href;
export const artifacts = join(root, "tests", "artifacts");
mkdirSync(artifacts, { recursive: true });

/** A scratch folder under the system's temp folder, removed when the test file's process ends. */
const scratch = [];
export function tempDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
}
process.on("exit", () => { for (const dir of scratch) rmSync(dir, { recursive: true, force: true }); });

export const dataset = () => JSON.parse(readFileSync(join(root, "dist", "meetings.json"), "utf8"));

export async function launch(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-first-run", "--disable-quic", ...extraArgs],
  });
}

/** A page that records console errors and uncaught exceptions. */
export async function openPage(browser, url = pageUrl, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()}: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(url);
  return { page, context, problems };
}

/**
 * Waits until the widget has done what it leaves for after the frame that
 * shows the first cards (facet counts, timeline, the rest of the page, the
 * URL): nothing is marked aria-busy, in the page or in a widget's shadow root.
 */
export async function settled(page) {
  await page.waitForFunction(() => {
    const scopes = [document, ...[...document.querySelectorAll("meetings-widget")].map((w) => w.shadowRoot).filter(Boolean)];
    return scopes.every((scope) => !scope.querySelector("[aria-busy=true]"));
  });
}

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/**
 * axe-core's violations in the page, or only inside the elements `include`
 * selects (their shadow roots too), one line each: rule and first targets.
 */
export async function axe(page, include) {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async (include) => {
    const r = await window.axe.run(include ? { include: [include] } : document, { resultTypes: ["violations"] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
  }, include);
}

export const visibleCards = (page) => page.locator("article[data-meeting-id]:visible");
