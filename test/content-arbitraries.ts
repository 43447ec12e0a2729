// fast-check generators of content folders for test/fuzz-content.test.ts: event, place, actor and figure
// files and site.yml, built from plausible fields and then mutated, with the things that have broken
// parsers before (broken YAML, odd Unicode, character references, deep nesting, huge values, CRLF, BOM,
// bytes that are not UTF-8).
import fc from "fast-check";

/** Characters that are easy to get wrong: controls, bidi marks, lone surrogates, NUL, line separators. */
const ODD_CHARACTERS = [
  "\u0000",
  "\u0007",
  "\u001b",
  "\u007f",
  "\u0085",
  "\u00a0",
  "\u00ad",
  "\u200b",
  "\u200d",
  "\u200e",
  "\u200f",
  "\u202a",
  "\u202b",
  "\u202c",
  "\u202d",
  "\u202e",
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069",
  "\u2028",
  "\u2029",
  "\u3000",
  "\ufeff",
  "\ufffd",
  "\ufffe",
  "\uffff",
  "\ud800",
  "\udfff",
  "\ud83d",
  "\ud83d\ude00",
  "e\u0301",
  "\u0627\u0644\u0642\u0627\u0626\u0645",
  "\u06ce",
  "\ud835\udd18",
  "\t",
  "\r",
  "\r\n",
  "\n",
  "\v",
  "\f",
];

const CHARACTER_REFERENCES = [
  "&#99999999;",
  "&#0;",
  "&#xD800;",
  "&#x110000;",
  "&#65;",
  "&#x6A;",
  "&colon;",
  "&amp;",
  "&#x;",
  "&#;",
  "&#1114111;",
  "&#xFFFFFFFFFFFFFFFF;",
  "&#00000000000000000065;",
  "&nbsp",
  "&",
  "&#9;",
  "&Tab;",
  "&NewLine;",
];

const YAML_PIECES = [
  ": ",
  ":",
  "- ",
  "? ",
  "&a ",
  "*a",
  "!!str ",
  "!!js/function ",
  "!tag ",
  "<<: ",
  "__proto__: ",
  "{",
  "}",
  "[",
  "]",
  ", ",
  "'",
  '"',
  "|",
  ">-",
  "# ",
  "%YAML 1.2\n",
  "---",
  "...",
  "@",
  "`",
  "\\",
  "0x1F",
  "1e999",
  "-.inf",
  ".nan",
  "~",
  "null",
  "true",
  "2024-02-30",
  "2024-12-06T25:61",
  "9999-99-99",
  "-1",
  "1_000",
  "\n  ",
  "\n- ",
];

const MARKDOWN_PIECES = [
  "[x](",
  ")",
  "![",
  "](",
  "<",
  ">",
  "[ref]: ",
  "[ref]",
  "[x][ref]",
  "javascript:",
  "https://example.org/",
  "mailto:",
  "ftp://",
  "data:",
  "vbscript:",
  "`",
  "```\n",
  "\n    ",
  "\n> ",
  "\n- ",
  "\n1. ",
  "\n# ",
  "\n---\n",
  "*",
  "_",
  "\\",
  "<script>",
  "{{ ",
  " }}",
  "{% ",
  "%}",
  "| a | b |\n|---|---|\n| ",
  " |",
  "\n\n",
  "www.example.org",
  "a@b.org",
];

const piece = <T>(list: readonly T[]) => fc.constantFrom(...list);

/** Text of any UTF-16 code units (lone surrogates included), short. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
const anyCodeUnits = fc.string({ unit: codeUnit, maxLength: 8 });

/** Short text mixing words, odd characters, character references and whatever else `extra` offers. */
function mixed(extra: readonly string[], maxLength = 8): fc.Arbitrary<string> {
  const words = piece(["al-Qaim", "Anbar", "crossing", "Iraq", "x", "Border Guards", " ", "2024", "12"]);
  const parts = fc.oneof(
    { weight: 4, arbitrary: words },
    { weight: 2, arbitrary: piece(ODD_CHARACTERS) },
    { weight: 2, arbitrary: piece(CHARACTER_REFERENCES) },
    { weight: extra.length > 0 ? 3 : 0, arbitrary: extra.length > 0 ? piece(extra) : words },
    { weight: 1, arbitrary: anyCodeUnits },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 6 }) },
  );
  return fc.array(parts, { maxLength }).map((list) => list.join(""));
}

/** Something long: a line of thousands of characters, or a value repeated into a huge one. */
const huge = fc
  .tuple(mixed(MARKDOWN_PIECES, 3), fc.integer({ min: 1000, max: 8000 }))
  .map(([unit, times]) => (unit || "x").repeat(Math.ceil(times / Math.max(1, unit.length))).slice(0, times));

/** Nested lists or mappings, in flow or block style: hundreds of levels (each costs the parsers time). */
const deep = fc
  .tuple(fc.constantFrom("flow-list", "flow-map", "block-list", "block-map"), fc.integer({ min: 2, max: 600 }))
  .map(([style, depth]) => {
    if (style === "flow-list") return `${"[".repeat(depth)}x${"]".repeat(depth)}`;
    if (style === "flow-map") return `${"{a: ".repeat(depth)}x${"}".repeat(depth)}`;
    const line = (i: number) => `${" ".repeat(i * 2)}${style === "block-list" ? "- " : `k${i}:`}`;
    return `\n${Array.from({ length: Math.min(depth, 200) }, (_, i) => line(i + 1)).join("\n")} x`;
  });

/** Any text as a double-quoted YAML string: JSON's escapes are YAML's (NUL and lone surrogates included). */
const quoted = mixed([...MARKDOWN_PIECES, ...YAML_PIECES], 6).map((text) => JSON.stringify(text));

/** Plain text YAML reads as a string: a word first, then words and odd letters, no YAML punctuation. */
const letters = [
  "x",
  " crossing",
  "\u00a0",
  "\u200f",
  "\u202e",
  "\u2067",
  "\u3000",
  "\ufeff",
  "\ufffd",
  "\u0627\u0644",
  "e\u0301",
  "\ud83d\ude00",
  "\ud835\udd18",
];
const plain = fc
  .tuple(piece(["al-Qaim", "Anbar", "Iraq", "Border Guards"]), fc.array(piece(letters), { maxLength: 5 }))
  .map(([first, rest]) => first + rest.join(""));

const flowList = (item: fc.Arbitrary<string>) =>
  fc.array(item, { maxLength: 4 }).map((items) => `[${items.join(", ")}]`);
const blockList = (item: fc.Arbitrary<string>) =>
  fc.array(item, { maxLength: 3 }).map((items) => items.map((i) => `\n  - ${i}`).join(""));

/** A YAML value: mostly a string of odd text, sometimes a list, a block scalar, or something broken, deep or huge. */
const yamlValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 16, arbitrary: quoted },
  { weight: 8, arbitrary: plain },
  { weight: 4, arbitrary: flowList(fc.oneof(quoted, plain)) },
  { weight: 2, arbitrary: blockList(quoted) },
  { weight: 2, arbitrary: mixed(MARKDOWN_PIECES, 6).map((s) => `|\n  ${s.replace(/\n/g, "\n  ")}`) },
  { weight: 3, arbitrary: mixed(YAML_PIECES, 5) },
  { weight: 1, arbitrary: deep },
  { weight: 1, arbitrary: huge.map((text) => JSON.stringify(text)) },
);

/**
 * The values a file is written with: `plausible` ones an editor might write (odd text, valid dates and
 * references), `careful` ones never empty either, `wild` ones anything at all.
 */
interface Values {
  text: fc.Arbitrary<string>;
  date: fc.Arbitrary<string>;
  url: fc.Arbitrary<string>;
  reference: fc.Arbitrary<string>;
  /** An optional field's value that is usually wrong: an id, a flag, coordinates. */
  odd: (plausible: readonly string[]) => fc.Arbitrary<string>;
  /** Another key beside the known ones, sometimes. */
  unknownKey: fc.Arbitrary<readonly [string, string] | null>;
}

const goodDates = ["2024-12-06", "2024-12", "2024", "2024-12-19T14:30+03:00", "2024-12-06T09:00Z", '"2024-12"'];
const badDates = ["Dec 19", "2024-02-30", "2024-13-01", "0000-01-01", "99999-01-01", "2024-12-06T24:00"];
const ARABIC_NAME = "\u0627\u0644\u0642\u0627\u0626\u0645";
const names = ["al-Qaim", "Anbar", "Iraq", "Border Guards", "Hayder Karkhi", "anbar", "AL-QAIM", ARABIC_NAME];
const goodUrls = ["https://example.org/a", "http://x.org", "https://x.org/\u0627?q=&#0;", '"https://x.org/\u202e"'];

const plausible: Values = {
  text: fc.oneof(quoted, plain),
  date: piece(goodDates),
  url: piece(goodUrls),
  reference: piece(names),
  odd: (good) => piece(good),
  unknownKey: fc.constant(null),
};

/** What a careful editor writes: no empty text, so a folder of such files loads without errors. */
const careful: Values = {
  ...plausible,
  text: fc.oneof(
    plain,
    fc.tuple(plain, quoted).map(([first, rest]) => JSON.stringify(first + JSON.parse(rest))),
  ),
};

const wild: Values = {
  text: yamlValue,
  date: fc.oneof(
    { weight: 2, arbitrary: piece(goodDates) },
    { weight: 1, arbitrary: piece(badDates) },
    { weight: 1, arbitrary: yamlValue },
  ),
  url: fc.oneof(piece(["javascript:alert(1)", "https://", '"https://\u0000.org"', "ftp://x", "//x.org"]), yamlValue),
  reference: fc.oneof(piece(names), yamlValue),
  odd: (good) => fc.oneof(piece(good), yamlValue),
  unknownKey: fc.option(fc.tuple(mixed(YAML_PIECES, 3), yamlValue)),
};

/** `key: value` lines: the required fields (now and then one left out), some optional ones, in any order. */
function fields(
  values: Values,
  required: Record<string, fc.Arbitrary<string>>,
  optional: Record<string, fc.Arbitrary<string>>,
): fc.Arbitrary<string> {
  const must = Object.entries(required).map(([key, value]) =>
    fc.option(value, { freq: 12 }).map((v) => [key, v] as const),
  );
  const may = fc
    .subarray(Object.entries(optional))
    .chain((chosen) => fc.tuple(...chosen.map(([key, value]) => value.map((v) => [key, v] as const))));
  return fc.tuple(fc.tuple(...must), may, values.unknownKey).map(([given, chosen, unknown]) => {
    const lines = [...given, ...chosen, ...(unknown ? [unknown] : [])].filter(([, v]) => v !== null);
    return lines.map(([key, value]) => `${key}: ${value}`).join("\n");
  });
}

const listOf = (item: fc.Arbitrary<string>) =>
  fc.oneof(
    item,
    fc.array(item, { maxLength: 3 }).map((list) => `[${list.join(", ")}]`),
  );

function eventFields(values: Values): fc.Arbitrary<string> {
  const source = fc.oneof(
    values.url,
    fc.tuple(values.url, values.text).map(([url, title]) => `\n    url: ${url}\n    title: ${title}`),
  );
  return fields(
    values,
    { title: values.text, date: values.date },
    {
      end: values.date,
      circa: values.odd(["true", "false"]),
      location: listOf(values.reference),
      actors: listOf(values.reference),
      figures: listOf(values.reference),
      tags: listOf(values.text),
      summary: values.text,
      id: values.odd(["crossing-closes", "x1"]),
      draft: values.odd(["false", "true"]),
      updated: values.date,
      sources: blockList(source),
      counts: fc.tuple(values.text, values.odd(["2000", "0", "1.5"])).map(([label, n]) => `\n  ${label}: ${n}`),
    },
  );
}

function entityFields(kind: "place" | "actor" | "figure", values: Values): fc.Arbitrary<string> {
  const coordinates = values.odd(["[34.4, 40.9]", "[-90, 180]", "[91, 0]"]);
  return fields(
    values,
    { name: values.text },
    {
      aliases: flowList(values.text),
      id: values.odd(["al-qaim", "x"]),
      ...(kind === "figure" ? { role: values.text, affiliations: listOf(values.reference) } : {}),
      ...(kind !== "figure" ? { kind: values.text, within: values.reference } : {}),
      ...(kind === "place" ? { coordinates: fc.oneof(coordinates, piece(["[1e999, 0]", "[x, y]", "[1]"])) } : {}),
    },
  );
}

/** A link, image, autolink or reference definition to a destination that may be anything. */
const link = fc
  .tuple(mixed([], 2), mixed([...CHARACTER_REFERENCES, ...MARKDOWN_PIECES], 3), piece(["link", "image", "auto", "ref"]))
  .map(([text, destination, kind]) => {
    if (kind === "link") return `See [${text}](${destination}).`;
    if (kind === "image") return `![${text}](${destination})`;
    if (kind === "auto") return `<${destination}>`;
    return `[${text || "r"}][r]\n\n[r]: ${destination}`;
  });

/** A body whose links are all allowed, with odd text, emphasis, lists and headings. */
const carefulBody = fc
  .array(
    fc.oneof(
      plain,
      piece([
        "[the report](https://example.org/a)",
        "<https://x.org/\u0627>",
        "![map](/a.png)",
        "**bold** _and_ `code`",
        "\n- item\n- item",
        "\n## Heading",
        "[ref][r]\n\n[r]: /events/x/",
        "&#99999999; &#0; &colon; as text",
      ]),
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(" "));

/** Quotes, lists and brackets nested far deeper than markdown-it's limit of 100. */
const deepMarkdown = fc
  .integer({ min: 2, max: 600 })
  .map((n) => `${"> ".repeat(n)}x\n\n${"- ".repeat(n)}y\n\n${"[".repeat(n)}z`);

/** A Markdown body: paragraphs of text with links, images, autolinks and reference definitions in it. */
const body = fc.oneof(
  { weight: 3, arbitrary: fc.constant("") },
  { weight: 5, arbitrary: mixed(MARKDOWN_PIECES, 14) },
  { weight: 3, arbitrary: fc.array(fc.oneof(link, mixed([], 4)), { maxLength: 4 }).map((parts) => parts.join("\n\n")) },
  { weight: 1, arbitrary: deepMarkdown },
  { weight: 1, arbitrary: huge },
);

/**
 * How a folder is written: `careful` folders (odd text, valid fields, allowed links, no edits) load without
 * errors, so the build's later steps run on them; in `anything` folders each file is plausible or wild.
 */
type Style = "careful" | "anything";

/** A file of one kind, with its opening and closing lines (in wild files sometimes not `---`). */
function frontMatterFile(fieldLines: (values: Values) => fc.Arbitrary<string>, style: Style): fc.Arbitrary<string> {
  const file = (values: Values, text: fc.Arbitrary<string>, open: readonly string[], close: readonly string[]) =>
    fc
      .tuple(piece(open), fieldLines(values), piece(close), text)
      .map(([o, lines, c, t]) => `${o}\n${lines}\n${c}\n${t}\n`);
  const [opening, closing] = [
    ["---", "--- "],
    ["---", "--- \t"],
  ];
  if (style === "careful") return file(careful, carefulBody, opening, closing);
  return fc.oneof(
    { weight: 2, arbitrary: file(plausible, body, opening, closing) },
    { weight: 1, arbitrary: file(wild, body, [...opening, "---js", "---yaml", "----", ""], ["---", "----", ""]) },
  );
}

/** Editions a careful site lists: none is one of its languages below, so none is a duplicate. */
const CAREFUL_EDITIONS = [
  "[tr, fa]",
  "\n  - lang: tr\n    digits: latn",
  "\n  - lang: fa\n    locale: fa-IR\n    calendar: persian",
];

function siteFile(style: Style): fc.Arbitrary<string> {
  const languages = style === "careful" ? piece(["en", "ar", "ckb", "en-GB"]) : undefined;
  const editions = style === "careful" ? piece(CAREFUL_EDITIONS) : undefined;
  return (style === "careful" ? fc.constant(careful) : fc.constantFrom(plausible, wild)).chain((values) =>
    fields(
      values,
      {},
      {
        title: values.text,
        description: values.text,
        language: languages ?? values.odd(["en", "ar", "ckb", "xx-INVALID", "en-u-ca-islamic", "-", "EN_gb"]),
        baseUrl: fc.oneof(values.url, piece(['""', "https://example.org/"])),
        editions:
          editions ??
          values.odd([
            ...CAREFUL_EDITIONS,
            "[ar, ckb]",
            "[ar, ar]",
            "[en]",
            "[arabic]",
            "ar",
            "\n  - lang: ar\n    digits: arabic",
            "\n  - lang: ckb\n    calendar: gregory\n    titel: x",
            "\n  - {}",
            "\n  - lang: ar\n    locale: en-GB",
          ]),
      },
    ),
  );
}

interface Edit {
  at: number;
  length: number;
  kind: "insert" | "delete" | "duplicate";
  text: string;
}

/** Edits anywhere in a file: an odd piece put in, a stretch dropped or doubled. */
const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  length: fc.nat({ max: 40 }),
  kind: fc.constantFrom("insert", "delete", "duplicate"),
  text: fc.oneof(piece(ODD_CHARACTERS), piece(YAML_PIECES), piece(MARKDOWN_PIECES), piece(CHARACTER_REFERENCES)),
});

function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const { at, length, kind, text: inserted } of edits) {
    const i = at % (out.length + 1);
    if (kind === "insert") out = out.slice(0, i) + inserted + out.slice(i);
    else if (kind === "delete") out = out.slice(0, i) + out.slice(i + length);
    else out = out.slice(0, i + length) + out.slice(i, i + length) + out.slice(i + length);
  }
  return out;
}

/** Bytes that are not UTF-8 (a stray continuation byte, an overlong form, a surrogate, beyond U+10FFFF). */
const badBytes = piece<number[]>([
  [0x80],
  [0xc3],
  [0xff],
  [0xc0, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xf4, 0x90, 0x80, 0x80],
  [0xe2, 0x82],
]);

/** A file's bytes: text edited, then perhaps CRLF line ends, a byte-order mark or bytes that are not UTF-8. */
function fileBytes(text: fc.Arbitrary<string>, style: Style): fc.Arbitrary<Uint8Array> {
  const sometimes = style === "anything" ? 1 : 0;
  const edits = fc.oneof(
    { weight: 3, arbitrary: fc.constant<Edit[]>([]) },
    { weight: 2 * sometimes, arbitrary: fc.array(edit, { maxLength: 4 }) },
  );
  const bad = fc.oneof(
    { weight: 9, arbitrary: fc.constant(null) },
    { weight: sometimes, arbitrary: fc.tuple(fc.nat(), badBytes) },
  );
  return fc.tuple(text, edits, fc.boolean(), fc.boolean(), bad).map(([written, edits, crlf, bom, bad]) => {
    let out = applyEdits(written, edits);
    if (crlf) out = out.replace(/\n/g, "\r\n");
    let bytes = Buffer.from((bom ? "\ufeff" : "") + out, "utf8");
    if (bad) {
      const at = bad[0] % (bytes.length + 1);
      bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(bad[1]), bytes.subarray(at)]);
    }
    return new Uint8Array(bytes);
  });
}

const fileNames = ["a.md", "b.md", "al-qaim.md", "Al Qaim.md", `${ARABIC_NAME}.md`, "x.markdown"];
/** Translations (with an original beside them or not) only where errors are welcome: their fields are an original's. */
const anyFileName = piece([...fileNames, "a.ar.md", "al-qaim.ckb.md", "b.tr.md", "c.ar.md", "a.und.md"]);

function filesIn(folder: string, text: fc.Arbitrary<string>, maxLength: number, style: Style) {
  const fileName = style === "careful" ? piece(fileNames) : anyFileName;
  return fc
    .uniqueArray(fc.tuple(fileName, fileBytes(text, style)), { maxLength, selector: ([name]) => name })
    .map((files) => files.map(([name, bytes]) => [`${folder}/${name}`, bytes] as const));
}

function folder(style: Style): fc.Arbitrary<Record<string, Uint8Array>> {
  const entity = (kind: "place" | "actor" | "figure") => frontMatterFile((values) => entityFields(kind, values), style);
  return fc
    .tuple(
      filesIn("events", frontMatterFile(eventFields, style), 4, style),
      filesIn("events/2024", frontMatterFile(eventFields, style), 2, style),
      filesIn("places", entity("place"), 2, style),
      filesIn("actors", entity("actor"), 2, style),
      filesIn("figures", entity("figure"), 2, style),
      fc.option(fileBytes(siteFile(style), style)),
    )
    .map(([events, nested, places, actors, figures, site]) => ({
      ...Object.fromEntries([...events, ...nested, ...places, ...actors, ...figures]),
      ...(site ? { "site.yml": site } : {}),
    }));
}

/** A content folder: path → bytes, with events (some nested), entities of each kind and maybe site.yml. */
export const contentFolder: fc.Arbitrary<Record<string, Uint8Array>> = fc.oneof(
  { weight: 3, arbitrary: folder("anything") },
  { weight: 1, arbitrary: folder("careful") },
);
