import assert from "node:assert/strict";
import test from "node:test";
import { nameSkeleton, reportNearDuplicates } from "../src/model/near-duplicates.ts";
import type { DefinedEntity } from "../src/model/registry.ts";
import { makeEntity } from "./model-builders.ts";

function place(id: string, name: string, aliases: string[] = []): DefinedEntity {
  const file = `content/places/${id}.md`;
  return {
    entity: makeEntity("place", id, name, { aliases, file }),
    nameAt: { file, line: 2, column: 7 },
    aliasesAt: aliases.map((_, i) => ({ file, line: 4 + i, column: 5 })),
  };
}

test("names that differ only by a space or a hyphen are reported, naming both spellings and the first file", () => {
  const found = reportNearDuplicates([
    place("ayn-al-bayda-1", "Ayn al Bayda village"),
    place("ayn-al-bayda-2", "Ayn al-Bayda village"),
  ]);
  assert.equal(found.length, 1);
  const [warning] = found;
  assert.equal(warning!.severity, "warning");
  assert.equal(warning!.rule, "entity-near-duplicate");
  assert.deepEqual([warning!.file, warning!.line, warning!.column], ["content/places/ayn-al-bayda-2.md", 2, 7]);
  assert.match(
    warning!.message,
    /"Ayn al-Bayda village" differs from "Ayn al Bayda village" \(content\/places\/ayn-al-bayda-1\.md\)/,
  );
});

test("an alias of one entity close to another's name is reported at the alias", () => {
  const found = reportNearDuplicates([place("al-qaim", "al-Qaim"), place("qaim-town", "Qaim town", ["Al Qaim"])]);
  assert.deepEqual(
    found.map((d) => [d.file, d.line]),
    [["content/places/qaim-town.md", 4]],
  );
});

test("distinct names, and spellings within one entity, are not reported", () => {
  assert.deepEqual(
    reportNearDuplicates([place("al-qaim", "al-Qaim", ["Al Qaim", "al Qaim"]), place("qaim-2", "Qaim")]),
    [],
  );
  assert.deepEqual(
    reportNearDuplicates([
      place("x", "Ayn al Bayda village (Jisr ash Shughur district)"),
      place("y", "Ayn al Bayda village (Idlib district)"),
    ]),
    [],
  );
});

test("the skeleton ignores case, diacritics, apostrophes and dashes but keeps every letter", () => {
  assert.equal(nameSkeleton("Hay’at Tahrir al-Sham"), nameSkeleton("HAYAT TAHRIR AL SHAM"));
  assert.notEqual(nameSkeleton("Tahrir al-Sham"), nameSkeleton("Tahrir al-Shams"));
  assert.equal(nameSkeleton("القائم"), nameSkeleton("ال قائم"));
});
