// A small static server for the tests: dist/ under a sub-path, optional
// response headers (a Content-Security-Policy), test datasets, and a dataset
// too large to accept. Loopback only.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { root } from "./helpers.mjs";

const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".json": "application/json",
  ".css": "text/css; charset=utf-8", ".wasm": "application/wasm" };

export async function serve({ base = "/", headers = {}, extra = {} } = {}) {
  const dist = join(root, "dist");
  const fixtures = join(root, "tests", "fixtures");
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (extra[path]) return extra[path](req, res);
    let dir = null;
    let rest = null;
    if (path.startsWith("/fixtures/")) { dir = fixtures; rest = path.slice("/fixtures/".length); }
    else if (path.startsWith(base)) { dir = dist; rest = path.slice(base.length) || "index.html"; }
    if (!dir) { res.writeHead(404).end(); return; }
    const file = normalize(join(dir, rest.endsWith("/") ? rest + "index.html" : rest));
    if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": types[extname(file)] || "application/octet-stream", ...headers }).end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((r) => server.close(r)) };
}
