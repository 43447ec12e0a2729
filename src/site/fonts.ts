// The font files the site publishes. fonts.css is the one list: each url(/assets/fonts/<file>) in it
// names a file of one of FONT_PACKAGES, and only those files are copied into the site (a package holds
// every subset, axis and format; a page needs three or four of them). Copied by renderSite after
// Eleventy has written the pages, not as an Eleventy passthrough copy, which starts before templates
// are checked and would leave files behind when rendering fails.
import { existsSync, promises as fs, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { cssUrls } from "./css-urls.ts";

/** The npm packages the faces come from (Fontsource builds of OFL fonts). */
export const FONT_PACKAGES = [
  "@fontsource-variable/source-serif-4",
  "@fontsource-variable/source-sans-3",
  "@fontsource-variable/noto-naskh-arabic",
] as const;

/** Where the fonts live in the built site. */
export const FONTS_PATH = "/assets/fonts/";

export const FONTS_CSS = new URL("./assets/fonts.css", import.meta.url);

export interface FontFile {
  /** Absolute path of the file inside its package. */
  source: string;
  /** Root-relative URL in the built site, as fonts.css names it. */
  url: string;
}

/** The files fonts.css references, found in their packages. Throws for a url no package holds. */
export function fontFiles(css = readFileSync(FONTS_CSS, "utf8")): FontFile[] {
  const require = createRequire(import.meta.url);
  const packageDirs = FONT_PACKAGES.map((name) => path.dirname(require.resolve(`${name}/package.json`)));
  return [...new Set(cssUrls(css))].map((url) => {
    const name = url.startsWith(FONTS_PATH) ? url.slice(FONTS_PATH.length) : "";
    if (!/^[a-z0-9-]+\.woff2$/.test(name)) throw new Error(`fonts.css: ${url} is not a woff2 file under ${FONTS_PATH}`);
    const source = packageDirs.map((dir) => path.join(dir, "files", name)).find((file) => existsSync(file));
    if (!source) throw new Error(`fonts.css: no font package (${FONT_PACKAGES.join(", ")}) holds ${name}`);
    return { source, url };
  });
}

/** Copies the font files into a rendered site's /assets/fonts/. */
export async function copyFonts(outputDir: string): Promise<void> {
  const files = fontFiles();
  await fs.mkdir(path.join(outputDir, FONTS_PATH), { recursive: true });
  await Promise.all(files.map((file) => fs.copyFile(file.source, path.join(outputDir, file.url))));
}
