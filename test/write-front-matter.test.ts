// The one front-matter writer of `new` and `import` (src/content/write-front-matter.ts): whatever the
// strings, our loader reads back exactly what was written, on its fast path and its exact one.
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { frontMatterBlock } from "../src/content/write-front-matter.ts";
import { parseYamlData } from "../src/content/yaml.ts";

/** The fields as the loader reads the block back, both ways; they must agree. */
function readBack(block: string): unknown {
  assert.match(block, /^---\n[\s\S]*---\n$/);
  const yaml = block.slice("---\n".length, -"---\n".length);
  const [fast, exact] = [false, true].map((exact) => {
    const result = parseYamlData(yaml, 2, { exact });
    assert.ok(result.ok, JSON.stringify(result));
    return result.value.data;
  });
  assert.deepEqual(fast, exact);
  return fast;
}

const LOOKALIKES = [
  "2024-12-19",
  "2024-12",
  "2024",
  "2024-12-19T14:30",
  "12:30",
  "No",
  "yes",
  "on",
  "off",
  "y",
  "n",
  "~",
  "null",
  "true",
  "False",
  "012",
  "0o17",
  "+0o7",
  "0x1F",
  "1_000",
  "1e5",
  ".5",
  "+12",
  ".inf",
  ".NaN",
  "<<",
  "- a",
  "a: b",
  "#x",
  "'quoted'",
  '"quoted"',
  "@at",
  "`tick`",
  "%percent",
  "!bang",
  "&anchor",
  "*alias",
  "?",
  "{a}",
  "[a]",
  " lead",
  "trail ",
];

test("strings that look like dates, numbers, booleans or YAML syntax come back as the same strings", () => {
  const fields = { title: "Title", list: LOOKALIKES, counts: { yes: 1, "2024": 2 } };
  assert.deepEqual(readBack(frontMatterBlock(fields)), fields);
});

test("dates and YAML 1.1 booleans are quoted, numbers and booleans are not", () => {
  const block = frontMatterBlock({ date: "2024-12-19", title: "No", coordinates: [34.38, 41.09], circa: true });
  assert.equal(block, '---\ndate: "2024-12-19"\ntitle: "No"\ncoordinates:\n  - 34.38\n  - 41.09\ncirca: true\n---\n');
});

test("Arabic stays UTF-8 and long values stay on one line", () => {
  const title = `القائم: "${"معبر ".repeat(40)}"`;
  const block = frontMatterBlock({ title });
  assert.ok(block.includes("القائم"), block);
  assert.equal(block.split("\n").length, 4, "one line per field between the markers");
  assert.deepEqual(readBack(block), { title });
});

test("a value used twice is written twice, never as an alias", () => {
  const source = { url: "https://example.org/a" };
  const block = frontMatterBlock({ sources: [source, source] });
  assert.doesNotMatch(block, /[&*]/);
  assert.deepEqual(readBack(block), { sources: [source, source] });
});

test("any strings round-trip, control characters and lone surrogates included", () => {
  fc.assert(
    fc.property(
      fc.array(fc.string({ unit: "grapheme" }), { maxLength: 8 }),
      fc.string({ unit: "binary" }),
      (list, title) => {
        assert.deepEqual(readBack(frontMatterBlock({ title, list })), { title, list });
      },
    ),
    { numRuns: 300 },
  );
});
