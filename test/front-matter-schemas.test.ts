// The JSON Schemas of front matter published at /schemas/: made from the zod schemas check applies, so
// they list exactly the keys check knows, accept every file of the sample content, and reject what an
// editor's tool should flag while typing (a misspelt key, a missing date, a date check cannot read).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { Ajv } from "ajv";
import { parseDocument } from "yaml";
import { listContentFiles } from "../src/content/files.ts";
import { frontMatterSchemas } from "../src/content/front-matter-schemas.ts";
import { parseContentFile } from "../src/content/parse-file.ts";
import { KNOWN_KEYS, TRANSLATION_KEYS } from "../src/content/schema.ts";

const schemas = frontMatterSchemas();
const ajv = new Ajv({ strict: false, allErrors: true });
const validators = new Map([...schemas].map(([file, schema]) => [file, ajv.compile(schema)]));
const validate = (file: string, data: unknown) => {
  const check = validators.get(file)!;
  return check(data) ? [] : (check.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ""}`);
};

test("each schema lists exactly the keys check accepts for its kind", () => {
  const keys = (file: string) => Object.keys(schemas.get(file)!.properties ?? {}).sort();
  for (const kind of ["event", "place", "actor", "figure", "site"] as const)
    assert.deepEqual(keys(`${kind}.json`), [...KNOWN_KEYS[kind]].sort(), kind);
  for (const kind of ["event", "place", "actor", "figure"] as const)
    assert.deepEqual(keys(`${kind}-translation.json`), [...TRANSLATION_KEYS[kind]].sort(), `${kind} translation`);
});

test("every file of the sample content is valid under its schema", async () => {
  const { files, translations } = await listContentFiles("content");
  assert.ok(files.length > 20 && translations.length > 10);
  for (const file of [...files, ...translations]) {
    const outcome = parseContentFile(file);
    const yaml = (outcome.parsed ?? outcome.translated)?.yaml;
    assert.ok(yaml, `${file.file} parses`);
    const schema = `${file.kind}${file.translation ? "-translation" : ""}.json`;
    assert.deepEqual(validate(schema, yaml.data), [], file.file);
  }
  const site = parseDocument(readFileSync(path.join("content", "site.yml"), "utf8")).toJS() as unknown;
  assert.deepEqual(validate("site.json", site), [], "content/site.yml");
});

test("a misspelt key, a missing date and a date check cannot read are each flagged", () => {
  const event = {
    title: "Crossing reopens",
    date: "2024-12-19",
    location: "al-Qaim",
    sources: ["https://example.org/a"],
  };
  assert.deepEqual(validate("event.json", event), []);
  assert.deepEqual(validate("event.json", { ...event, date: 2024 }), [], "a year YAML reads as a number");
  assert.deepEqual(validate("event.json", { ...event, date: "2024-12" }), [], "a month");
  const { location, ...misspelt } = event;
  assert.match(validate("event.json", { ...misspelt, locaton: location }).join("\n"), /additional properties/);
  const { date: _date, ...undated } = event;
  assert.match(validate("event.json", undated).join("\n"), /required property 'date'/);
  assert.notDeepEqual(validate("event.json", { ...event, date: "19 December 2024" }), []);
  assert.match(validate("place.json", { name: "al-Qaim", coordinates: [34.4] }).join("\n"), /coordinates/);
});
