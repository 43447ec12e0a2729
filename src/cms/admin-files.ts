// The files of /admin/: the web editor's page, its generated configuration, Sveltia CMS itself and the
// fonts its interface uses, all copied from node_modules, so nothing is loaded from another host. The
// build writes them into the site when site.yml names the repository (`cms:`); the dev server serves them
// from memory and from node_modules.
import { existsSync, promises as fs } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { stringify } from "yaml";
import { html } from "../markup/html.ts";
import type { SiteConfig } from "../model/types.ts";
import { cmsConfig, type CmsBackend } from "./cms-config.ts";

/** Where the editor is published in the site. */
export const ADMIN_DIR = "admin";

const require = createRequire(import.meta.url);

/** The folder of an installed package: its exports name neither the files we copy nor its package.json. */
function packageDir(name: string): string {
  let dir = path.dirname(require.resolve(name));
  while (!existsSync(path.join(dir, "package.json"))) dir = path.dirname(dir);
  return dir;
}

const fontFile = (pkg: string, file: string) => path.join(packageDir(pkg), "files", file);

/** Files copied from node_modules, by their names in /admin/. */
export const ADMIN_COPIES: ReadonlyMap<string, string> = new Map([
  ["sveltia-cms.js", path.join(packageDir("@sveltia/cms"), "dist", "sveltia-cms.js")],
  [
    "fonts/symbols.woff2",
    fontFile("@fontsource-variable/material-symbols-outlined", "material-symbols-outlined-latin-wght-normal.woff2"),
  ],
  ["fonts/sans.woff2", fontFile("@fontsource-variable/source-sans-3", "source-sans-3-latin-wght-normal.woff2")],
]);

/**
 * Sveltia CMS names its fonts at a CDN; these faces, added after its own, take their place (the last face
 * declared for a family wins). `Noto Mono` is left to the system's monospace font.
 */
const FONTS_CSS = `@font-face{font-family:'Source Sans 3';font-style:normal;font-display:swap;font-weight:200 900;src:url(fonts/sans.woff2) format('woff2-variations')}
@font-face{font-family:'Material Symbols Outlined';font-style:normal;font-display:block;font-weight:400;src:url(fonts/symbols.woff2) format('woff2-variations')}
@font-face{font-family:'Noto Mono';src:local('Noto Mono'),local('DejaVu Sans Mono'),local('Liberation Mono')}
`;

/**
 * The repository folder the editor's paths start from, and the content folder's path within it: the
 * working folder when the content lies inside it (`content`), else the content folder's parent.
 */
export function editorRoots(contentDir: string): { repoDir: string; contentFolder: string } {
  const absolute = path.resolve(contentDir);
  const inWorkingFolder = path.relative(process.cwd(), absolute);
  const repoDir =
    inWorkingFolder !== "" && !inWorkingFolder.startsWith("..") && !path.isAbsolute(inWorkingFolder)
      ? process.cwd()
      : path.dirname(absolute);
  return { repoDir, contentFolder: path.relative(repoDir, absolute).split(path.sep).join("/") };
}

/** The backend of the published editor, and of the dev server's when site.yml names none (a placeholder). */
export function editorBackend(site: SiteConfig): CmsBackend {
  return site.cms ?? { repo: "owner/repository", branch: "main" };
}

/** The page, the configuration and the fonts' CSS, by their names in /admin/. */
export function adminTexts(site: SiteConfig, contentFolder: string, backend: CmsBackend): Map<string, string> {
  const config = `# Made by Dateline from its content schemas (src/cms/cms-config.ts); edit those, not this file.\n${stringify(
    cmsConfig(site, contentFolder, backend),
    { lineWidth: 0 },
  )}`;
  return new Map([
    ["index.html", adminPage(site, backend)],
    ["config.yml", config],
    ["fonts.css", FONTS_CSS],
  ]);
}

function adminPage(site: SiteConfig, backend: CmsBackend): string {
  // Scripts and fonts from this folder only; data from this site and the git host's API (and the sign-in
  // server). Sveltia's checks for updates and for GitHub's status are refused, as are its fonts at a CDN.
  const connect = ["'self'", "https://api.github.com", ...(backend.authUrl ? [new URL(backend.authUrl).origin] : [])];
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self'",
    "img-src 'self' data: blob: https://avatars.githubusercontent.com",
    `connect-src ${connect.join(" ")} data:`,
  ].join("; ");
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<title>Editor · ${site.title}</title>
<link href="config.yml" type="application/yaml" rel="cms-config-url">
</head>
<body>
<script src="sveltia-cms.js"></script>
<link rel="stylesheet" href="fonts.css">
</body>
</html>
`.toString();
}

/**
 * Writes /admin/ into a built site when site.yml names the repository the editor saves to (`cms:`), and
 * removes it otherwise. Always new files: a site from the build cache may hold hard links to the published one.
 */
export async function writeAdmin(siteDir: string, site: SiteConfig, contentDir: string): Promise<void> {
  const dir = path.join(siteDir, ADMIN_DIR);
  await fs.rm(dir, { recursive: true, force: true });
  if (!site.cms) return;
  const { contentFolder } = editorRoots(contentDir);
  await fs.mkdir(path.join(dir, "fonts"), { recursive: true });
  for (const [name, text] of adminTexts(site, contentFolder, site.cms)) await fs.writeFile(path.join(dir, name), text);
  for (const [name, source] of ADMIN_COPIES) await fs.copyFile(source, path.join(dir, name));
}
