// Builds dist/index.html: one self-contained file (no-modules glue, the wasm
// inlined as base64, CSS and the dataset) that works from file://.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync, readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { dirname, join } from "node:path";
import { homedir } from "node:os";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// wasm-bindgen is installed by cargo; a fresh shell may not have its folder on PATH.
process.env.PATH = `${process.env.CARGO_HOME || join(homedir(), ".cargo")}/bin:${process.env.PATH}`;
const run = (cmd, args, opts = {}) => {
  try {
    return execFileSync(cmd, args, { cwd: root, stdio: ["ignore", "pipe", "inherit"], ...opts });
  } catch (e) {
    process.stderr.write(`build: failed: ${cmd} ${args.join(" ")} (exit ${e.status})\n`);
    process.exit(1);
  }
};
const step = (msg) => process.stderr.write(`build: ${msg}\n`);

step("compiling the Rust core to wasm (release)");
run("cargo", ["build", "--release", "--lib", "--target", "wasm32-unknown-unknown"], { stdio: "inherit" });

const pkg = join(root, "target", "pkg");
mkdirSync(pkg, { recursive: true });
step("wasm-bindgen --target no-modules");
run("wasm-bindgen", [
  "--target", "no-modules", "--no-typescript", "--out-dir", pkg,
  join(root, "target", "wasm32-unknown-unknown", "release", "meetings_widget.wasm"),
], { stdio: "inherit" });

step("wasm-opt -Oz");
const wasmIn = join(pkg, "meetings_widget_bg.wasm");
const wasmOut = join(pkg, "meetings_widget_opt.wasm");
run(join(root, "node_modules", ".bin", "wasm-opt"), ["-Oz", "--strip-debug", "--strip-producers", "--enable-bulk-memory", "--enable-nontrapping-float-to-int",
  "--enable-sign-ext", "--enable-mutable-globals", "--enable-reference-types", "--enable-multivalue", wasmIn, "-o", wasmOut], { stdio: "inherit" });

step("extracting the dataset from seeds/");
const data = process.env.MEETINGS_DATASET
  ? readFileSync(process.env.MEETINGS_DATASET, "utf8")
  : run("cargo", ["run", "--quiet", "--release", "--features", "cli", "--bin", "meetings", "--", "extract", "seeds"], {
      maxBuffer: 1 << 30,
    }).toString("utf8");
const parsed = JSON.parse(data);
mkdirSync(join(root, "dist"), { recursive: true });
writeFileSync(join(root, "dist", "meetings.json"), JSON.stringify(parsed, null, 2) + "\n");

// JSON inside <script>: "<" must not be able to close the element.
const safeData = JSON.stringify(parsed).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
const glue = readFileSync(join(pkg, "meetings_widget.js"), "utf8");
const css = readFileSync(join(root, "www", "style.css"), "utf8");
const wasm = readFileSync(wasmOut);
const template = readFileSync(join(root, "www", "index.html"), "utf8");
// Function replacers: the inserted text may contain "$" sequences.
const html = template
  .replace("/*STYLE*/", () => css)
  .replace("/*DATA*/", () => safeData)
  .replace("/*GLUE*/", () => glue)
  .replace("/*WASM*/", () => wasm.toString("base64"));
const out = join(root, "dist", "index.html");
writeFileSync(out, html);

const gz = gzipSync(html, { level: 9 }).length;
const wasmGz = gzipSync(wasm, { level: 9 }).length;
console.log(`dist/index.html: ${(html.length / 1024).toFixed(1)} KiB, ${(gz / 1024).toFixed(1)} KiB gzipped ` +
  `(wasm ${(wasm.length / 1024).toFixed(1)} KiB, ${(wasmGz / 1024).toFixed(1)} KiB gzipped; ${parsed.meetings.length} meetings)`);
