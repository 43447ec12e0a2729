// Front matter against each kind's schema (docs/content-format.md "Events", "Places, actors
// and figures"): unknown keys with the closest known key, and every problem at its key or value.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { z } from "zod";
import { parseFrontMatter } from "../src/content/frontmatter.ts";
import { actorSchema, eventSchema, figureSchema, KNOWN_KEYS, placeSchema, siteSchema } from "../src/content/schema.ts";
import { validateFields } from "../src/content/validate.ts";
import { parseYamlData, type Problem } from "../src/content/yaml.ts";

type Kind = "event" | "place" | "actor" | "figure";
const SCHEMAS: Record<Kind, z.ZodType> = {
  event: eventSchema,
  place: placeSchema,
  actor: actorSchema,
  figure: figureSchema,
};

/** Validates a file's front matter (given without its `---` lines, so line 2 is its first line). */
function check(kind: Kind, yaml: string): { value?: unknown; problems: Problem[] } {
  const fm = parseFrontMatter(`---\n${yaml}---\n`);
  if (!fm.ok) assert.fail(`front matter did not parse: ${JSON.stringify(fm.problems)}`);
  const r = validateFields(
    SCHEMAS[kind],
    fm.value.yaml,
    KNOWN_KEYS[kind],
    kind === "event" ? { sources: KNOWN_KEYS.source } : {},
  );
  return r.ok ? { value: r.value, problems: r.problems } : { problems: r.problems };
}

function only(kind: Kind, yaml: string): Problem {
  const { problems } = check(kind, yaml);
  assert.equal(problems.length, 1, `expected one problem, got ${JSON.stringify(problems)}`);
  return problems[0]!;
}

function valid<T>(kind: Kind, yaml: string): T {
  const r = check(kind, yaml);
  assert.deepEqual(r.problems, []);
  return r.value as T;
}

const BASE = "title: Iraq closes the al-Qaim crossing\ndate: 2024-12-06\n";

test("a valid event comes out typed, with defaults; a single reference or tag is a one-item list", () => {
  const event = valid<Record<string, unknown>>(
    "event",
    `${BASE}location: al-Qaim border crossing\nactors: [HTS, Iraqi Border Guards]\ntags: border\ncounts:\n  soldiers returned: 2000\nsources:\n  - https://www.rudaw.net/english/middleeast/iraq/22122024\n  - title: Iraq-Syria border crossing remains closed\n    publisher: Rudaw\n    date: 2024-12-22\n`,
  );
  assert.equal(event.title, "Iraq closes the al-Qaim crossing");
  assert.deepEqual(event.location, ["al-Qaim border crossing"]);
  assert.deepEqual(event.actors, ["HTS", "Iraqi Border Guards"]);
  assert.deepEqual(event.figures, []);
  assert.deepEqual(event.tags, ["border"]);
  assert.deepEqual(event.counts, { "soldiers returned": 2000 });
  assert.equal(event.circa, false);
  assert.equal(event.draft, false);
  const sources = event.sources as Record<string, unknown>[];
  assert.deepEqual(sources[0], { url: "https://www.rudaw.net/english/middleeast/iraq/22122024" });
  assert.equal(sources[1]!.title, "Iraq-Syria border crossing remains closed");
  assert.equal((sources[1]!.date as { text: string }).text, "2024-12-22");
});

test("quoted and unquoted dates mean the same", () => {
  for (const [unquoted, quoted] of [
    ["2024", '"2024"'],
    ["2024-12", "'2024-12'"],
    ["2024-12-19", '"2024-12-19"'],
    ["2024-12-19T14:30+03:00", '"2024-12-19T14:30+03:00"'],
  ]) {
    const a = valid<{ date: unknown }>("event", `title: x\ndate: ${unquoted}\n`);
    const b = valid<{ date: unknown }>("event", `title: x\ndate: ${quoted}\n`);
    assert.deepEqual(a.date, b.date, unquoted);
  }
});

test("key-unknown: a typo names the closest key, at the key", () => {
  assert.deepEqual(only("event", `${BASE}loaction: al-Qaim border crossing\n`), {
    line: 4,
    column: 1,
    severity: "error",
    rule: "key-unknown",
    message: 'unknown field "loaction"; did you mean "location"?',
  });
  assert.equal(only("event", `${BASE}actor: HTS\n`).message, 'unknown field "actor"; did you mean "actors"?');
  assert.equal(
    only("place", "name: al-Qaim\ncordinates: [34.37, 41.09]\n").message,
    'unknown field "cordinates"; did you mean "coordinates"?',
  );
  assert.equal(
    only("figure", "name: Hayder Karkhi\naffiliation: Iraqi Border Guards\n").message,
    'unknown field "affiliation"; did you mean "affiliations"?',
  );
});

test("key-unknown: nested in a source, counted from 1 like the other messages", () => {
  assert.deepEqual(
    only(
      "event",
      `${BASE}sources:\n  - url: https://www.rudaw.net/english/middleeast/iraq/22122024\n    titel: Iraq-Syria border crossing remains closed\n`,
    ),
    {
      line: 6,
      column: 5,
      severity: "error",
      rule: "key-unknown",
      message: 'sources[1]: unknown field "titel"; did you mean "title"?',
    },
  );
});

test("key-unknown: nothing close lists the known fields; a field of another kind is unknown too", () => {
  assert.equal(
    only("event", `${BASE}photographer: Jane\n`).message,
    'unknown field "photographer"; known fields are ' +
      "title, date, end, circa, location, actors, figures, counts, tags, summary, sources, id, former_ids, draft, withdrawn, corrections, updated, lang",
  );
  assert.equal(
    only("place", "name: X\nrole: y\n").message,
    'unknown field "role"; known fields are name, aliases, id, former_ids, lang, updated, kind, within, coordinates',
  );
});

test("field-required: missing title and date at the opening line; an entity without a name", () => {
  const { problems } = check("event", "location: al-Qaim border crossing\n");
  assert.deepEqual(problems, [
    { line: 1, column: 1, severity: "error", rule: "field-required", message: "title: is required" },
    { line: 1, column: 1, severity: "error", rule: "field-required", message: "date: is required" },
  ]);
  for (const kind of ["place", "actor", "figure"] as const) {
    assert.deepEqual(
      only(kind, "aliases: [x]\n"),
      { line: 1, column: 1, severity: "error", rule: "field-required", message: "name: is required" },
      kind,
    );
  }
});

test("field-type: a number where text belongs, with the hint to quote it", () => {
  assert.deepEqual(only("event", "title: 1916\ndate: 1916-05-16\n"), {
    line: 2,
    column: 8,
    severity: "error",
    rule: "field-type",
    message: "title: expected text, got 1916; put it in quotes to keep it as written",
  });
  assert.equal(
    only("event", `${BASE}location: [al-Qaim, 5]\n`).message,
    "location[2]: expected text, got 5; put it in quotes to keep it as written",
  );
});

test("field-type: counts must be digits, at the value", () => {
  assert.deepEqual(only("event", `${BASE}counts:\n  soldiers returned: 2,000\n`), {
    line: 5,
    column: 22,
    severity: "error",
    rule: "field-type",
    message: 'counts.soldiers returned: expected a number, got "2,000"; write digits only, for example 2000',
  });
  assert.equal(
    only("event", `${BASE}counts:\n  soldiers: -5\n`).message,
    "counts.soldiers: must be at least 0, got -5",
  );
  assert.equal(only("event", `${BASE}counts: 2000\n`).message, "counts: expected fields (label: number), got 2000");
});

test("field-type: YAML 1.2 reads yes/no as text, so booleans must be true or false", () => {
  assert.deepEqual(only("event", `${BASE}circa: yes\n`), {
    line: 4,
    column: 8,
    severity: "error",
    rule: "field-type",
    message: 'circa: expected true or false, got "yes"',
  });
  assert.equal(only("event", `${BASE}draft: no\n`).message, 'draft: expected true or false, got "no"');
});

test("field-type: lists and single values in the wrong place", () => {
  assert.equal(
    only("event", `${BASE}sources: https://www.rudaw.net/\n`).message,
    'sources: expected a list, got "https://www.rudaw.net/"',
  );
  assert.equal(only("event", `${BASE}tags: 5\n`).message, "tags: expected text or a list, got 5");
  assert.equal(only("place", "name: X\nwithin: [Iraq, Syria]\n").message, "within: expected text, got a list");
  assert.equal(only("actor", "name: X\naliases: HTS\n").message, 'aliases: expected a list, got "HTS"');
});

test('field-empty: "", blanks, and a key with nothing after it', () => {
  assert.deepEqual(only("event", 'title: ""\ndate: 2024-12-06\n'), {
    line: 2,
    column: 8,
    severity: "error",
    rule: "field-empty",
    message: "title: must not be empty",
  });
  assert.equal(only("event", "title: '   '\ndate: 2024-12-06\n").rule, "field-empty");
  assert.deepEqual(only("event", `${BASE}summary:\n`), {
    line: 4,
    column: 9,
    severity: "error",
    rule: "field-empty",
    message: "summary: must not be empty",
  });
  assert.equal(only("event", `${BASE}tags:\n`).rule, "field-empty");
  assert.equal(only("event", `${BASE}location: ''\n`).rule, "field-empty");
  assert.equal(only("actor", 'name: ""\n').message, "name: must not be empty");
});

test("date-invalid and date-format, at the value, in the event and in a source", () => {
  assert.deepEqual(only("event", "title: x\ndate: 2024-02-30\n"), {
    line: 3,
    column: 7,
    severity: "error",
    rule: "date-invalid",
    message: "date: 2024-02-30 is not a calendar date",
  });
  assert.deepEqual(only("event", "title: x\ndate: 2024-13-01\n"), {
    line: 3,
    column: 7,
    severity: "error",
    rule: "date-invalid",
    message: "date: 2024-13-01 is not a calendar date (there is no month 13)",
  });
  const format = "write YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM+HH:MM";
  assert.deepEqual(only("event", "title: x\ndate: Dec 19\n"), {
    line: 3,
    column: 7,
    severity: "error",
    rule: "date-format",
    message: `date: "Dec 19" is not a date; ${format}`,
  });
  assert.deepEqual(only("event", "title: x\ndate: 12/19/2024\n"), {
    line: 3,
    column: 7,
    severity: "error",
    rule: "date-format",
    message: `date: "12/19/2024" is not a date; ${format}`,
  });
  assert.equal(only("event", `${BASE}end: 2024-11-31\n`).message, "end: 2024-11-31 is not a calendar date");
  assert.equal(only("event", `${BASE}updated: yesterday\n`).rule, "date-format");
  assert.deepEqual(only("event", `${BASE}sources:\n  - title: Rudaw report\n    date: 22 December\n`), {
    line: 6,
    column: 11,
    severity: "error",
    rule: "date-format",
    message: `sources[1].date: "22 December" is not a date; ${format}`,
  });
});

test("id-invalid: an id field that is not a lower-case slug", () => {
  for (const id of ["Al_Qaim", "al--qaim", "Al-Qaim", "al qaim", "-al-qaim"]) {
    assert.deepEqual(
      only("event", `${BASE}id: ${id}\n`),
      {
        line: 4,
        column: 5,
        severity: "error",
        rule: "id-invalid",
        message: "id: an id is a lower-case slug: a-z, 0-9 and single hyphens, for example al-qaim-crossing",
      },
      id,
    );
  }
  assert.equal(only("place", "name: al-Qaim\nid: القائم\n").rule, "id-invalid");
});

test("url-invalid: javascript:, ftp:, data:, a bare scheme; in a URL string, a url field and an archive field", () => {
  const { problems } = check(
    "event",
    `${BASE}sources:\n  - javascript:alert(document.cookie)\n  - url: ftp://ftp.example.org/statement.txt\n    title: Statement\n  - data:text/html,hi\n  - https://\n  - url: https://www.rudaw.net/\n    archive: javascript:alert(1)\n`,
  );
  assert.deepEqual(
    problems.map((p) => `${p.line}:${p.column} ${p.rule} ${p.message}`),
    [
      "5:5 url-invalid sources[1]: must be a full http:// or https:// address",
      "6:10 url-invalid sources[2].url: must be a full http:// or https:// address",
      "8:5 url-invalid sources[3]: must be a full http:// or https:// address",
      "9:5 url-invalid sources[4]: must be a full http:// or https:// address",
      "11:14 url-invalid sources[5].archive: must be a full http:// or https:// address",
    ],
  );
});

test("source-empty: a source with neither url nor title", () => {
  assert.deepEqual(only("event", `${BASE}sources:\n  - publisher: Rudaw\n    date: 2024-12-22\n`), {
    line: 5,
    column: 5,
    severity: "error",
    rule: "source-empty",
    message: "sources[1]: a source needs at least a url or a title",
  });
  assert.equal(only("event", `${BASE}sources:\n  - {}\n`).rule, "source-empty");
  // Either one is enough.
  valid("event", `${BASE}sources:\n  - title: Iraq-Syria border crossing remains closed\n`);
  valid("event", `${BASE}sources:\n  - url: https://www.rudaw.net/\n`);
});

test("coordinates-range: latitude within ±90, longitude within ±180; the edges are fine", () => {
  const message = "coordinates: coordinates are [latitude, longitude]: latitude within ±90, longitude within ±180";
  assert.deepEqual(only("place", "name: Abu Kamal\ncoordinates: [344.5, 40.92]\n"), {
    line: 3,
    column: 14,
    severity: "error",
    rule: "coordinates-range",
    message,
  });
  assert.equal(only("place", "name: X\ncoordinates: [-91, 0]\n").rule, "coordinates-range");
  assert.equal(only("place", "name: X\ncoordinates: [0, 181]\n").rule, "coordinates-range");
  valid("place", "name: X\ncoordinates: [90, -180]\n");
  assert.equal(only("place", "name: X\ncoordinates: [34]\n").rule, "field-type");
  assert.equal(
    only("place", "name: X\ncoordinates: ['34', 41]\n").message,
    'coordinates[1]: expected a number, got "34"; write digits only, for example 2000',
  );
});

test("every problem of a file is reported together", () => {
  const { problems } = check(
    "event",
    "title: 1916\ndate: Dec 19\nloaction: x\ncirca: yes\nsources:\n  - publisher: Rudaw\n",
  );
  assert.deepEqual(
    problems.map((p) => `${p.line}:${p.column} ${p.rule}`).sort(),
    ["2:8 field-type", "3:7 date-format", "4:1 key-unknown", "5:8 field-type", "7:5 source-empty"].sort(),
  );
});

test("site.yml uses the same validation: unknown keys and a javascript: baseUrl", () => {
  const yaml = parseYamlData("title: Timeline\nbaseURL: https://example.org\n");
  if (!yaml.ok) assert.fail("site.yml parses");
  const r = validateFields(siteSchema, yaml.value, KNOWN_KEYS.site);
  assert.deepEqual(r.problems, [
    {
      line: 2,
      column: 1,
      severity: "error",
      rule: "key-unknown",
      message: 'unknown field "baseURL"; did you mean "baseUrl"?',
    },
  ]);
  const bad = parseYamlData("baseUrl: javascript:alert(1)\n");
  if (!bad.ok) assert.fail("site.yml parses");
  assert.equal(validateFields(siteSchema, bad.value, KNOWN_KEYS.site).problems[0]?.rule, "url-invalid");
});
