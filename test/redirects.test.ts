// Renames keep their URLs: an event or entity that lists its former ids (`former_ids:`) keeps each old URL
// as a page leading to the current one, in every edition and in /_redirects; a former id that is any
// file's current id, or that two files claim, is an error where it is written. (The dev server and the
// build cache following renames: test/slow/renames-withdrawals-dev.test.ts.)
import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { build } from "../src/build.ts";
import { loadContent } from "../src/content/load.ts";
import { copySample } from "./sample-copy.ts";

/** The sample's renamed event: its file lists the id it was first published under. */
const RENAMED = { id: "border-guards-say-al-qaim-remains-closed", former: "karkhi-says-al-qaim-stays-closed" };

let tmp: string;
describe("renames keep their URLs", () => {
  before(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), "dateline-redirects-"));
  });
  after(async () => {
    await fs.rm(tmp, { recursive: true, force: true });
  });

  /** The sample in `<tmp>/<name>/content`; with English alone, for tests that need none of the others. */
  async function sampleCopy(name: string, oneEdition = false): Promise<string> {
    return copySample(path.join(tmp, name, "content"), oneEdition ? { editions: [] } : {});
  }

  async function edit(file: string, change: (text: string) => string): Promise<void> {
    await fs.writeFile(file, change(await fs.readFile(file, "utf8")));
  }

  test("a former id that is another file's id, or that two files claim, is an error where it is written", async () => {
    const content = await sampleCopy("clashes");
    await edit(path.join(content, "events/2024/iraq-closes-al-qaim-crossing.md"), (text) =>
      text.replace("\ndate:", "\nformer_ids: [fall-of-the-assad-government, karkhi-says-al-qaim-stays-closed]\ndate:"),
    );
    const { diagnostics } = await loadContent(content);
    const found = diagnostics
      .filter((d) => d.rule.startsWith("former-id"))
      .map((d) => `${path.basename(d.file)}:${d.line}:${d.column} ${d.rule}: ${d.message}`);
    assert.deepEqual(found, [
      'iraq-closes-al-qaim-crossing.md:3:14 former-id-taken: former_ids: "fall-of-the-assad-government" is the id of ' +
        `${path.relative(process.cwd(), path.join(content, "events/2024/fall-of-the-assad-government.md"))}; its old links would lead there, so give that event another id or drop this one`,
      `iraq-closes-al-qaim-crossing.md:3:44 former-id-duplicate: former_ids: "${RENAMED.former}" is already a former id of ` +
        `${path.relative(process.cwd(), path.join(content, `events/2024/${RENAMED.id}.md`))}; an old link can redirect to one page only`,
    ]);
  });

  test("a renamed event's and place's old URLs lead to the current pages, in every edition and in /_redirects", async () => {
    const content = await sampleCopy("built");
    await fs.rename(path.join(content, "places/al-qaim.md"), path.join(content, "places/al-qaim-district.md"));
    await edit(path.join(content, "places/al-qaim-district.md"), (text) =>
      text.replace("\n---\n", "\nformer_ids: [al-qaim]\n---\n"),
    );
    for (const lang of ["ar", "ckb", "tr"]) {
      const translation = path.join(content, `places/al-qaim.${lang}.md`);
      await fs.rename(translation, translation.replace("al-qaim.", "al-qaim-district.")).catch(() => undefined);
    }
    const output = path.join(tmp, "built", "_site");
    const result = await build({ contentDir: content, outputDir: output });
    assert.equal(result.exitCode, 0, result.failure ?? JSON.stringify(result.diagnostics));

    const page = await fs.readFile(path.join(output, "events", RENAMED.former, "index.html"), "utf8");
    const to = `/events/${RENAMED.id}/`;
    assert.match(page, new RegExp(`<meta http-equiv="refresh" content="0; url=${to}">`));
    assert.match(page, new RegExp(`<link rel="canonical" href="${to}">`));
    assert.match(
      page,
      new RegExp(
        `This page has moved to <a href="${to}" dir="auto">Border guards say al-Qaim crossing remains closed</a>`,
      ),
    );
    assert.match(page, /<meta name="robots" content="noindex">/);
    const arabic = await fs.readFile(path.join(output, "ar/events", RENAMED.former, "index.html"), "utf8");
    assert.match(arabic, /<html lang="ar" dir="rtl">/);
    assert.match(arabic, new RegExp(`نُقلت هذه الصفحة إلى <a href="/ar${to}" dir="auto">[^<]*القائم[^<]*</a>`));
    const place = await fs.readFile(path.join(output, "places/al-qaim/index.html"), "utf8");
    assert.match(place, /<meta http-equiv="refresh" content="0; url=\/places\/al-qaim-district\/">/);

    const lines = (await fs.readFile(path.join(output, "_redirects"), "utf8")).trimEnd().split("\n");
    for (const prefix of ["", "/ar", "/ckb", "/tr"]) {
      assert.ok(lines.includes(`${prefix}/events/${RENAMED.former}/ ${prefix}${to} 301`), prefix);
      assert.ok(lines.includes(`${prefix}/places/al-qaim/ ${prefix}/places/al-qaim-district/ 301`), prefix);
    }
    assert.equal(lines.length, 8);
  });

  test("without former ids there is no /_redirects and no redirect page", async () => {
    const content = await sampleCopy("none", true);
    await edit(path.join(content, `events/2024/${RENAMED.id}.md`), (text) => text.replace(/^former_ids: .*\n/m, ""));
    const output = path.join(tmp, "none", "_site");
    assert.equal((await build({ contentDir: content, outputDir: output })).exitCode, 0);
    await assert.rejects(fs.access(path.join(output, "_redirects")));
    await assert.rejects(fs.access(path.join(output, "events", RENAMED.former)));
  });
});
