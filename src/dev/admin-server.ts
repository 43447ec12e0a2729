// /admin/ on the dev server: the web editor's page, with a configuration made afresh for each request (so
// a new edition in site.yml shows at once) and its files from node_modules. On localhost the editor offers
// "Work with Local Repository": the editor picks the project's folder and saves straight into it.
import { createReadStream } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { ADMIN_COPIES, ADMIN_DIR, adminTexts, editorBackend, editorRoots } from "../cms/admin-files.ts";
import { loadSiteConfig } from "../content/site-config.ts";

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".yml": "application/yaml; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".woff2": "font/woff2",
};

export function adminMiddleware(contentDir: string): Middleware {
  const { contentFolder } = editorRoots(contentDir);
  const prefix = `/${ADMIN_DIR}/`;
  return (req, res, next) => {
    const { pathname } = new URL(req.url ?? "/", "http://localhost");
    if (pathname === `/${ADMIN_DIR}`) {
      res.writeHead(301, { location: prefix }).end();
      return;
    }
    if (!pathname.startsWith(prefix)) {
      next();
      return;
    }
    const name = pathname.slice(prefix.length) || "index.html";
    const headers = {
      "content-type": TYPES[path.extname(name)] ?? "application/octet-stream",
      "cache-control": "no-store",
    };
    const copy = ADMIN_COPIES.get(name);
    if (copy) {
      createReadStream(copy)
        .once("open", () => res.writeHead(200, headers))
        .once("error", () => res.writeHead(404).end())
        .pipe(res);
      return;
    }
    void loadSiteConfig(contentDir).then(({ site }) => {
      const text = adminTexts(site, contentFolder, editorBackend(site)).get(name);
      if (text === undefined) next();
      else res.writeHead(200, headers).end(text);
    }, next);
  };
}
