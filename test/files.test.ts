// Finding and reading content files (docs/content-format.md "Files"): strict UTF-8, BOM stripped, CRLF read
// as LF, events in any sub-folder, nothing skipped without a word.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { decodeContent, displayPath, firstInvalidUtf8Byte, listContentFiles } from "../src/content/files.ts";
import { loadContent } from "../src/content/load.ts";
import { INVALID, TRICKY, VALID_EVENT, invalidFile, rel, tempContent, trickyFile, where } from "./fixtures/support.ts";

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p))));
const BOM = [0xef, 0xbb, 0xbf];

function decoded(buffer: Buffer): string {
  const r = decodeContent(buffer);
  if (!r.ok) assert.fail(`expected to decode: ${r.diagnostic.message}`);
  return r.text;
}

test("fixture bytes are intact: git did not strip the BOM, convert CRLF, fix the bad byte or recompose NFD", async () => {
  const bom = await readFile(path.join(TRICKY, "events/2024/12/bom.md"));
  assert.deepEqual([...bom.subarray(0, 4)], [0xef, 0xbb, 0xbf, 0x2d]);
  assert.equal(bom.includes("\r"), false);
  const crlf = await readFile(path.join(TRICKY, "events/2024/12/crlf.md"));
  assert.equal(
    crlf.toString("latin1").split("\r\n").length - 1,
    crlf.toString("latin1").split("\n").length - 1,
    "every line ends in CRLF",
  );
  assert.equal(crlf[0], 0x2d, "no BOM");
  const both = await readFile(path.join(TRICKY, "events/2024/12/bom-crlf.md"));
  assert.deepEqual([...both.subarray(0, 8)], [0xef, 0xbb, 0xbf, 0x2d, 0x2d, 0x2d, 0x0d, 0x0a]);
  const latin1 = await readFile(path.join(INVALID, "events/file-encoding.md"));
  assert.equal(latin1[14], 0xe9);
  const hasakah = await readFile(path.join(TRICKY, "places/al-hasakah.md"), "utf8");
  assert.ok(hasakah.includes("H\u0323asakah"), "al-hasakah.md spells its name in NFD");
  const nfd = await readFile(path.join(TRICKY, "events/2024/12/nfd.md"), "utf8");
  assert.ok(nfd.includes("Hewle\u0302r"), "nfd.md refers to Hewlêr in NFD");
});

test("file-encoding: the first bad byte, by line and column, with its value", async () => {
  const r = decodeContent(await readFile(path.join(INVALID, "events/file-encoding.md")));
  assert.equal(r.ok, false);
  if (r.ok) return;
  assert.deepEqual(r.diagnostic, {
    line: 2,
    column: 11,
    severity: "error",
    rule: "file-encoding",
    message: "byte 0xE9 at offset 14 is not UTF-8; save the file as UTF-8",
  });
});

test("file-encoding: columns count characters, not bytes, before the bad byte", () => {
  const r = decodeContent(bytes("---\ntitle: القائم ", [0xff], "\n---\n"));
  assert.equal(r.ok, false);
  if (r.ok) return;
  assert.equal(r.diagnostic.line, 2);
  assert.equal(r.diagnostic.column, "title: القائم ".length + 1);
});

test("file-encoding: a BOM takes no column and a lone CR ends a line, as they do once decoded", () => {
  const bom = decodeContent(bytes(BOM, "---", [0xff], "\n"));
  assert.equal(bom.ok, false);
  if (!bom.ok) assert.deepEqual([bom.diagnostic.line, bom.diagnostic.column], [1, 4]);
  const cr = decodeContent(bytes("---\rtitle: caf", [0xe9], "\r---\r"));
  assert.equal(cr.ok, false);
  if (!cr.ok) assert.deepEqual([cr.diagnostic.line, cr.diagnostic.column], [2, 11]);
});

test("file-encoding: never a silent U+FFFD, for every kind of broken sequence", () => {
  const broken: [number[], number][] = [
    [[0x41, 0xc0, 0x80], 1], // overlong NUL
    [[0x41, 0xe0, 0x80, 0x80], 1], // overlong three-byte
    [[0x41, 0xed, 0xa0, 0x80], 1], // UTF-16 surrogate
    [[0x41, 0xf4, 0x90, 0x80, 0x80], 1], // above U+10FFFF
    [[0x41, 0xf5, 0x80, 0x80, 0x80], 1], // never valid lead byte
    [[0x41, 0x80], 1], // lone continuation byte
    [[0x41, 0xd8], 1], // truncated at the end of the file
    [[0x41, 0xe2, 0x82, 0x41], 1], // truncated in the middle
  ];
  for (const [input, offset] of broken) {
    const buffer = Buffer.from(input);
    assert.equal(firstInvalidUtf8Byte(buffer), offset, input.map((b) => b.toString(16)).join(" "));
    const r = decodeContent(buffer);
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.diagnostic.rule, "file-encoding");
  }
  assert.equal(firstInvalidUtf8Byte(Buffer.from("Hay’at القائم 🙂", "utf8")), Buffer.byteLength("Hay’at القائم 🙂"));
});

test("a BOM is stripped and CRLF (or a lone CR) read as LF; nothing else changes", () => {
  assert.equal(decoded(bytes(BOM, "---\ntitle: x\n---\n")), "---\ntitle: x\n---\n");
  assert.equal(decoded(bytes("---\r\ntitle: x\r\n---\r\nBody\r\n")), "---\ntitle: x\n---\nBody\n");
  assert.equal(decoded(bytes(BOM, "---\r\ntitle: x\r\n---\r\n")), "---\ntitle: x\n---\n");
  assert.equal(decoded(bytes("a\rb")), "a\nb");
  assert.equal(decoded(bytes("Hay’at \uFEFF inside")), "Hay’at \uFEFF inside", "only a leading BOM is a BOM");
  assert.equal(decoded(bytes("Ḥasakah".normalize("NFD"))), "Ḥasakah".normalize("NFD"), "NFD is read as written");
});

test("a BOM and CRLF do not shift the line or column of a problem", async () => {
  const text = "---\ntitle: Iraq closes the al-Qaim crossing\ndate: 2024-02-30\n---\nBody.\n";
  const { dir, cleanup } = await tempContent({
    "events/lf.md": text,
    "events/bom.md": bytes(BOM, text),
    "events/crlf.md": text.replace(/\n/g, "\r\n"),
    "events/bom-crlf.md": bytes(BOM, text.replace(/\n/g, "\r\n")),
    "events/bad-byte-crlf.md": bytes("---\r\ntitle: x\r\ndate: 2024\r\nsummary: caf", [0xe9], "\r\n---\r\n"),
  });
  try {
    const { diagnostics } = await loadContent(dir);
    const at = (name: string) =>
      diagnostics
        .filter((d) => d.file === rel(path.join(dir, "events", name)))
        .map((d) => `${d.line}:${d.column} ${d.rule}`);
    for (const name of ["lf.md", "bom.md", "crlf.md", "bom-crlf.md"])
      assert.deepEqual(at(name), ["3:7 date-invalid"], name);
    assert.deepEqual(at("bad-byte-crlf.md"), ["4:13 file-encoding"]);
  } finally {
    await cleanup();
  }
});

test("listing: every kind's folder, events at any depth, sorted by path", async () => {
  const { files } = await listContentFiles(TRICKY);
  assert.deepEqual(
    files.map((f) => `${f.kind} ${f.file}`),
    [
      "actor actors/al-qaim-border-regiment.md",
      "actor actors/hayat-tahrir-al-sham.md",
      "actor actors/iraqi-border-guards.md",
      "event events/2024/12/19/nested/deep.md",
      "event events/2024/12/bom-crlf.md",
      "event events/2024/12/bom.md",
      "event events/2024/12/crlf.md",
      "event events/2024/12/nfd.md",
      "event events/2024/12/summary-default.md",
      "event events/2024/12/template.md",
      "event events/2024/Crossing Reopens (working title).md",
      "event events/2024/aliases.md",
      "event events/2024/arabic.md",
      "event events/2024/code-shows-unsafe-links.md",
      "event events/2024/date-day-first.md",
      "event events/2024/date-month-quoted.md",
      "event events/2024/date-month.md",
      "event events/2024/date-year-quoted.md",
      "event events/2024/date-year.md",
      "event events/2024/single-reference.md",
      "figure figures/hayder-karkhi.md",
      "place places/abu-kamal.md",
      "place places/al-hasakah.md",
      "place places/al-qaim.md",
      "place places/erbil.md",
      "place places/iraq.md",
      "place places/syria.md",
    ].map((line) => line.replace(/ (\S+\/.*)$/, (_, p: string) => ` ${trickyFile(p)}`)),
  );
  for (const f of files) assert.equal(path.isAbsolute(f.absolutePath), true);
});

test("file-ignored: a .markdown or .txt event and an entity in a sub-folder are reported, dot-files are not", async () => {
  const { files, diagnostics } = await listContentFiles(INVALID);
  assert.deepEqual(diagnostics.map(where), [
    {
      file: invalidFile("events/file-ignored.markdown"),
      line: 1,
      column: 1,
      severity: "warning",
      rule: "file-ignored",
    },
    { file: invalidFile("events/file-ignored.txt"), line: 1, column: 1, severity: "warning", rule: "file-ignored" },
    {
      file: invalidFile("places/file-ignored/husaybah.md"),
      line: 1,
      column: 1,
      severity: "warning",
      rule: "file-ignored",
    },
  ]);
  assert.equal(diagnostics[0]!.message, "this file is not read: only .md files are read");
  assert.equal(diagnostics[2]!.message, "this file is not read: places/ files are read only at the top of the folder");
  const listed = files.map((f) => f.file);
  assert.ok(!listed.some((f) => f.includes("file-ignored")), "ignored files are not parsed");
  assert.ok(!listed.some((f) => f.endsWith(".gitkeep")));
  assert.ok(listed.includes(invalidFile("events/id-derived/Al Qaim.md")));
});

test("a missing kind folder is simply empty; a missing content folder lists nothing", async () => {
  const { dir, cleanup } = await tempContent({ "events/a.md": VALID_EVENT });
  try {
    const { files, diagnostics } = await listContentFiles(dir);
    assert.deepEqual(
      files.map((f) => f.kind),
      ["event"],
    );
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(await listContentFiles(path.join(dir, "nope")), { files: [], translations: [], diagnostics: [] });
  } finally {
    await cleanup();
  }
});

test("listing: translations apart from originals, each naming its language and the original beside it", async () => {
  const { dir, cleanup } = await tempContent({
    "events/2024/a.md": VALID_EVENT,
    "events/2024/a.ar.md": VALID_EVENT,
    "events/2024/2024.12.md": VALID_EVENT,
    "places/anbar.ckb.md": "---\nname: ئەنبار\n---\n",
    "places/anbar.md": "---\nname: Anbar\n---\n",
  });
  try {
    const { files, translations } = await listContentFiles(dir);
    const shown = (file: string) => path.relative(dir, path.resolve(file)).split(path.sep).join("/");
    const originals = ["events/2024/2024.12.md", "events/2024/a.md", "places/anbar.md"];
    assert.deepEqual(
      files.map((f) => shown(f.file)),
      originals,
    );
    assert.deepEqual(
      translations.map((f) => [f.kind, shown(f.file), f.translation?.lang, shown(f.translation?.original ?? "")]),
      [
        ["event", "events/2024/a.ar.md", "ar", "events/2024/a.md"],
        ["place", "places/anbar.ckb.md", "ckb", "places/anbar.md"],
      ],
    );
  } finally {
    await cleanup();
  }
});

test("displayPath: relative to the working directory with forward slashes", () => {
  assert.equal(displayPath(path.join(process.cwd(), "content", "events", "a.md")), "content/events/a.md");
  assert.equal(displayPath(process.cwd()), ".");
});
