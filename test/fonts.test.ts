// The web fonts: fonts.css is compact, self-hosted and split by unicode-range. That the build publishes
// exactly the files it names is test/sample-site.test.ts; how Chromium draws text with them is
// test/browser/fonts.test.ts.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { cssUrls } from "../src/site/css-urls.ts";
import { fontFiles, FONTS_CSS, FONTS_PATH } from "../src/site/fonts.ts";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const STYLE_CSS = path.join(REPO, "src/site/assets/style.css");

/** Sorani letters beyond Arabic's (ێ ۆ ڕ ڵ ڤ ە), some Arabic letters, and Kurmanji's ç ê î ş û. */
const SORANI = "ێۆڕڵڤە";
const ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءةى";
const KURMANJI = "çêîşûÇÊÎŞÛ";

interface FontFace {
  family: string;
  style: string;
  display: string;
  urls: string[];
  /** [first, last] code point pairs; undefined when the rule has no unicode-range. */
  ranges?: [number, number][];
}

function fontFaces(css: string): FontFace[] {
  return [...css.replace(/\/\*[\s\S]*?\*\//g, "").matchAll(/@font-face\s*\{([^}]*)\}/g)].map((m) => {
    const body = m[1]!;
    const descriptor = (name: string) => new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*([^;]+)`).exec(body)?.[1]?.trim();
    const range = descriptor("unicode-range");
    return {
      family: (descriptor("font-family") ?? "").replace(/^["']|["']$/g, ""),
      style: descriptor("font-style") ?? "normal",
      display: descriptor("font-display") ?? "auto",
      urls: cssUrls(body),
      ranges: range?.split(",").map((part) => {
        const [first, last = first] = part.trim().replace(/^U\+/i, "").split("-");
        return [parseInt(first!, 16), parseInt(last!, 16)] as [number, number];
      }),
    };
  });
}

function covers(faces: FontFace[], char: string): boolean {
  const code = char.codePointAt(0)!;
  return faces.some((face) => face.ranges?.some(([first, last]) => code >= first && code <= last));
}

describe("fonts.css", () => {
  const css = readFileSync(FONTS_CSS, "utf8");
  const faces = fontFaces(css);
  const family = (name: string, style = "normal") => faces.filter((f) => f.family === name && f.style === style);

  it("declares swap-displayed, unicode-range-split woff2 faces from this site only", () => {
    assert.ok(faces.length >= 3, "at least a serif, a sans and an Arabic face");
    for (const face of faces) {
      assert.equal(face.display, "swap", `${face.family}: font-display`);
      assert.ok(face.ranges && face.ranges.length > 0, `${face.family}: unicode-range`);
      assert.equal(face.urls.length, 1, `${face.family}: one src url`);
      assert.match(
        face.urls[0]!,
        new RegExp(`^${FONTS_PATH}[a-z0-9-]+\\.woff2$`),
        "a woff2 file under /assets/fonts/, never another host",
      );
    }
  });

  it("draws Arabic and Sorani Kurdish with the Arabic face, Kurmanji with the Latin ones", () => {
    const arabic = family("Noto Naskh Arabic");
    for (const char of SORANI + ARABIC)
      assert.ok(covers(arabic, char), `Noto Naskh Arabic's unicode-range covers ${char}`);
    for (const name of ["Source Serif 4", "Source Sans 3"]) {
      for (const char of KURMANJI) assert.ok(covers(family(name), char), `${name} covers ${char}`);
      // Arabic script must fall through the Latin face to the Arabic one.
      for (const char of SORANI + ARABIC)
        assert.ok(!covers(family(name), char), `${name} leaves ${char} to the Arabic face`);
    }
  });

  it("is named first in the font stacks, with the Arabic face and system fallbacks after it", () => {
    const style = readFileSync(STYLE_CSS, "utf8");
    for (const [variable, first] of [
      ["--font-serif", "Source Serif 4"],
      ["--font-sans", "Source Sans 3"],
    ] as const) {
      const stack = new RegExp(`${variable}:\\s*([^;]+);`)
        .exec(style)?.[1]
        ?.split(",")
        .map((s) => s.trim().replace(/^"|"$/g, ""));
      assert.ok(stack, `${variable} is defined`);
      assert.equal(stack[0], first);
      assert.equal(stack[1], "Noto Naskh Arabic");
      assert.ok(stack.length > 3 && /^(serif|sans-serif)$/.test(stack.at(-1)!), `${variable} keeps system fallbacks`);
    }
  });

  it("names only files its npm packages hold", () => {
    const files = fontFiles(css);
    assert.equal(files.length, new Set(faces.map((f) => f.urls[0])).size);
    for (const file of files)
      assert.ok(readFileSync(file.source).subarray(0, 4).toString("latin1") === "wOF2", `${file.source} is woff2`);
    assert.throws(() => fontFiles("@font-face{src:url(/assets/fonts/no-such-font.woff2)}"), /no font package/);
    assert.throws(() => fontFiles("@font-face{src:url(https://fonts.example/x.woff2)}"), /not a woff2 file under/);
  });
});
