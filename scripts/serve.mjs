// Serves dist/ on 127.0.0.1 (static files only) and prints both ways to open the widget.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");
const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".json": "application/json",
  ".wasm": "application/wasm", ".css": "text/css; charset=utf-8", ".png": "image/png", ".svg": "image/svg+xml" };
const port = Number(process.env.PORT || 8080);

const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  const file = normalize(join(dist, path.endsWith("/") ? path + "index.html" : path));
  if (!file.startsWith(dist)) { res.writeHead(403).end(); return; }
  try {
    const body = await readFile(file);
    res.writeHead(200, { "content-type": types[extname(file)] || "application/octet-stream" }).end(body);
  } catch {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
  }
});
server.listen(port, "127.0.0.1", () => {
  console.log(`Serving the widget at http://127.0.0.1:${port}/`);
  console.log(`Or open the single file from disk: ${pathToFileURL(join(dist, "index.html")).href}`);
  console.log("Press Ctrl+C to stop.");
});
