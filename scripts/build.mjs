// Builds dist/index.html: one self-contained file (no-modules glue, the wasm
// inlined as a byte string, CSS and the dataset) that works from file://.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { dirname, join } from "node:path";
import { homedir } from "node:os";
import { fileURLToPath } from "node:url";
import { minify } from "terser";

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
// MEETINGS_PROFILE=1 keeps the function names, for a readable browser profile.
const keepNames = process.env.MEETINGS_PROFILE ? ["-g"] : [];
const wasmOpt = (input, output, extra = []) => run(join(root, "node_modules", ".bin", "wasm-opt"), ["-Oz", ...extra,
  "--strip-debug", "--strip-producers", "--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext",
  "--enable-mutable-globals", "--enable-reference-types", "--enable-multivalue", input, "-o", output], { stdio: "inherit" });
wasmOpt(wasmIn, wasmOut, keepNames);

// The editor's module: the extractor and knowledge base, built apart (its own
// target dir keeps both builds cached) and loaded only when the editor opens.
step("compiling the editor's module (extractor and knowledge base) to wasm");
const editorTarget = join(root, "target", "editor");
run("cargo", ["build", "--release", "--lib", "--target", "wasm32-unknown-unknown", "--features", "editor",
  "--target-dir", editorTarget], { stdio: "inherit" });
run("wasm-bindgen", [
  "--target", "no-modules", "--no-typescript", "--out-dir", pkg, "--out-name", "meetings_editor",
  "--no-modules-global", "meetings_editor",
  join(editorTarget, "wasm32-unknown-unknown", "release", "meetings_widget.wasm"),
], { stdio: "inherit" });
const editorWasmOut = join(pkg, "meetings_editor_opt.wasm");
wasmOpt(join(pkg, "meetings_editor_bg.wasm"), editorWasmOut);

// Corrections made in the page's editor, applied to every extraction (see README).
const corrections = process.env.MEETINGS_CORRECTIONS || join(root, "seeds", "corrections.json");
const correctionArgs = existsSync(corrections) ? ["--corrections", corrections] : [];
step(process.env.MEETINGS_DATASET ? `using the dataset ${process.env.MEETINGS_DATASET}` : "extracting the dataset from seeds/");
const data = process.env.MEETINGS_DATASET
  ? readFileSync(process.env.MEETINGS_DATASET, "utf8")
  : run("cargo", ["run", "--quiet", "--release", "--features", "cli", "--bin", "meetings", "--", "extract", "seeds", ...correctionArgs], {
      maxBuffer: 1 << 30,
    }).toString("utf8");
const parsed = JSON.parse(data);
// MEETINGS_OUT builds elsewhere than dist/ (the tests build a large dataset's page).
const dist = process.env.MEETINGS_OUT || join(root, "dist");
mkdirSync(dist, { recursive: true });
writeFileSync(join(dist, "meetings.json"), JSON.stringify(parsed, null, 2) + "\n");
// A large dataset's first page of cards, to show while the page reads the rest.
const firstCards = run("cargo", ["run", "--quiet", "--release", "--features", "cli", "--bin", "meetings", "--",
  "first-cards", join(dist, "meetings.json")], { maxBuffer: 1 << 30 }).toString("utf8").trim();

// The prebuilt index beside the JSON (dist/meetings.index), for a hosted
// site's data-src; a large dataset's single file carries it in place of its
// JSON, so the page opens it with nothing to parse or index.
run("cargo", ["run", "--quiet", "--release", "--features", "cli", "--bin", "meetings", "--",
  "index", join(dist, "meetings.json"), "--out", dist], { stdio: ["ignore", "pipe", "pipe"] });
const indexed = firstCards !== "";
// Gzipped, then base64: a quarter of the bytes for the browser to read
// before the page is interactive; it unpacks them natively (DecompressionStream).
const indexBase64 = indexed ? gzipSync(readFileSync(join(dist, "meetings.index")), { level: 6 }).toString("base64") : "";

// JSON inside <script>: "<" must not be able to close the element.
const scriptSafe = (json) => json.replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
const safeData = scriptSafe(JSON.stringify(parsed));
// The JS glue minified (about half its gzipped size); its one global, wasm_bindgen, keeps its name.
const glue = (await minify(readFileSync(join(pkg, "meetings_widget.js"), "utf8"), { ecma: 2020 })).code;
const wasm = readFileSync(wasmOut);
const wasmBase64 = wasm.toString("base64");
// For the single file, the wasm as a JS string of one character (U+0000 to
// U+00FF) per byte: gzip then sees the bytes themselves, where base64 would
// hide them (about 40 KiB less gzipped). Escaped: the quote and backslash,
// line breaks, NUL (the HTML parser would replace it) and "<" (it could end
// the script). The file is UTF-8 (its <meta charset>), so each byte reads back
// as its own character; a standalone .js file may be read in another encoding,
// so meetings-widget.js keeps base64.
const escapes = { 0x00: "\\x00", 0x0a: "\\n", 0x0d: "\\r", 0x22: '\\"', 0x3c: "\\x3c", 0x5c: "\\\\" };
const wasmLatin1 = Array.from(wasm, (b) => escapes[b] ?? String.fromCharCode(b)).join("");
const www = (name) => readFileSync(join(root, "www", name), "utf8");

// The dark palette once more for a widget told theme="dark" whatever the system says.
let css = www("style.css");
const dark = css.match(/@media \(prefers-color-scheme: dark\) \{\s*[^{]+\{([^}]*)\}\s*\}/);
if (!dark) throw new Error("style.css: dark palette not found");
css += `\n:host([theme=dark]), :root[data-theme=dark] {${dark[1]}}\n`;

// Every placeholder in one pass, so that no inserted text (a dataset may hold
// any string) is searched again; a function replacer, as the text may hold "$".
const fill = (template, parts) => {
  const keys = Object.keys(parts).map((k) => k.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"));
  return template.replace(new RegExp(keys.join("|"), "g"), (key) => parts[key]);
};

// 1. The single file that opens from disk.
const html = fill(www("index.html"),
  { "/*STYLE*/": css, "/*FIRST*/": scriptSafe(firstCards), "/*DATA*/": indexed ? "" : safeData, "/*INDEX*/": indexBase64,
    "/*GLUE*/": glue, "/*WASM*/": wasmLatin1 });
writeFileSync(join(dist, "index.html"), html);

// 2. The script embed: <script src="meetings-widget.js"> + <meetings-widget>.
const asJsString = (text) => scriptSafe(JSON.stringify(text));
const widgetJs = fill(www("widget.js"), {
  "/*GLUE*/": glue,
  "/*WASM*/": wasmBase64,
  '/*CSS*/""': asJsString(css),
  '/*DATA*/""': asJsString(JSON.stringify(parsed)),
});
writeFileSync(join(dist, "meetings-widget.js"), widgetJs);

// 3. The pages around it: iframe embed, hosted (strict-CSP) page, demos.
// embed.html?src= loads a dataset only from its own origin and the origins
// MEETINGS_EMBED_ORIGINS lists ("https://a.example,https://b.example").
const embedOrigins = (process.env.MEETINGS_EMBED_ORIGINS || "").split(",").map((o) => o.trim()).filter(Boolean);
for (const origin of embedOrigins) {
  if (new URL(origin).origin !== origin) throw new Error(`MEETINGS_EMBED_ORIGINS: ${origin} is not an origin (scheme://host[:port])`);
}
for (const name of ["embed.html", "embed.js", "hosted.html", "page.css", "demo-blog.html", "demo-iframe.html"]) {
  const text = www(name);
  writeFileSync(join(dist, name), name === "embed.js" ? fill(text, { "/*EMBED_ORIGINS*/[]": JSON.stringify(embedOrigins) }) : text);
}

// 4. The editor: its page script with its own glue and wasm, one file beside the page.
const editorGlue = (await minify(readFileSync(join(pkg, "meetings_editor.js"), "utf8"), { ecma: 2020 })).code;
const editorWasm = readFileSync(editorWasmOut);
const editorJs = fill(www("editor.js"), { "/*GLUE*/": editorGlue, "/*WASM*/": editorWasm.toString("base64") });
writeFileSync(join(dist, "meetings-editor.js"), editorJs);

const kib = (n) => (n / 1024).toFixed(1);
const gz = (data) => gzipSync(data, { level: 9 }).length;
console.log(`${dist}/index.html: ${kib(Buffer.byteLength(html))} KiB, ${kib(gz(html))} KiB gzipped ` +
  `(wasm ${kib(wasm.length)} KiB, ${kib(gz(wasm))} KiB gzipped; ${parsed.meetings.length} meetings` +
  `${indexed ? ", as a prebuilt index" : ""})`);
console.log(`${dist}/meetings-widget.js: ${kib(Buffer.byteLength(widgetJs))} KiB, ${kib(gz(widgetJs))} KiB gzipped`);
console.log(`${dist}/meetings-editor.js: ${kib(Buffer.byteLength(editorJs))} KiB, ${kib(gz(editorJs))} KiB gzipped ` +
  `(loaded only when the editor opens; its wasm ${kib(editorWasm.length)} KiB, ${kib(gz(editorWasm))} KiB gzipped)`);
