// The entity registry (docs/content-format.md "References"): names, aliases and ids resolve to one entity;
// unknown names become implicit entities with slug ids that never collide; clashes name both files.
import { test } from "node:test";
import assert from "node:assert/strict";
import { applyStrict } from "../src/content/strict.ts";
import { Registry, type DefinedEntity, type Reference } from "../src/model/registry.ts";
import { isSlug } from "../src/model/slug.ts";
import type { EntityKind } from "../src/model/types.ts";
import { makeEntity } from "./model-builders.ts";

function defined(
  kind: EntityKind,
  id: string,
  name: string,
  aliases: string[] = [],
  file = `content/${kind}s/${id}.md`,
): DefinedEntity {
  return {
    entity: makeEntity(kind, id, name, { aliases, file }),
    nameAt: { file, line: 2, column: 7 },
    aliasesAt: aliases.map((_, i) => ({ file, line: 4 + i, column: 5 })),
  };
}

let refLine = 0;
function ref(kind: EntityKind, text: string, field = kind === "place" ? "location" : `${kind}s`): Reference {
  refLine++;
  return { kind, text, field, file: "content/events/2024/e.md", line: refLine, column: 9 };
}

function hts(): Registry {
  const registry = new Registry();
  registry.define("actor", [
    defined("actor", "hayat-tahrir-al-sham", "Hay’at Tahrir al-Sham", ["HTS", "هيئة تحرير الشام"]),
  ]);
  return registry;
}

test("every spelling of docs/content-format.md resolves to the one actor, by name, alias or id", () => {
  const registry = hts();
  for (const text of [
    "Hay’at Tahrir al-Sham",
    "Hay'at Tahrir al-Sham",
    "HAYʼAT TAHRIR AL–SHAM",
    "HTS",
    "hts",
    "هيئة تحرير الشام",
    "هيئه تحرير  الشام",
    "hayat-tahrir-al-sham",
    "Hayat-Tahrir-al-Sham", // the id, in capitals: matching ignores case for ids too
  ]) {
    assert.equal(registry.resolve(ref("actor", text)), "hayat-tahrir-al-sham", text);
  }
  assert.equal(registry.entities.actor.size, 1, "no implicit actor was created");
  registry.reportImplicit();
  assert.deepEqual(registry.diagnostics, []);
});

test("NFC and NFD spellings resolve to the same place, whichever form the file used", () => {
  const registry = new Registry();
  registry.define("place", [
    defined("place", "al-hasakah", "Al-Ḥasakah".normalize("NFD")),
    defined("place", "erbil", "Erbil", ["Hewlêr".normalize("NFC")]),
  ]);
  assert.equal(registry.resolve(ref("place", "Al-Ḥasakah".normalize("NFC"))), "al-hasakah");
  assert.equal(registry.resolve(ref("place", "Al-Ḥasakah".normalize("NFD"))), "al-hasakah");
  assert.equal(registry.resolve(ref("place", "Hewlêr".normalize("NFD"))), "erbil");
  assert.equal(registry.entities.place.size, 2);
});

test("kinds are separate: an actor's name does not resolve a place", () => {
  const registry = hts();
  const id = registry.resolve(ref("place", "HTS"));
  assert.equal(registry.entities.place.get(id!)?.implicit, true);
  assert.equal(registry.entities.actor.size, 1);
});

test("an unknown name becomes an implicit entity with a slug id and its own name; reused on every mention", () => {
  const registry = new Registry();
  const id = registry.resolve(ref("place", "  Husaybah   border town "));
  assert.equal(id, "husaybah-border-town");
  const entity = registry.entities.place.get(id)!;
  assert.equal(entity.implicit, true);
  assert.equal(entity.name, "Husaybah border town");
  assert.equal(entity.file, undefined);
  assert.equal(registry.resolve(ref("place", "HUSAYBAH BORDER TOWN")), id);
  assert.equal(registry.entities.place.size, 1);
});

test("implicit ids of Arabic names are transliterated slugs", () => {
  const registry = new Registry();
  const id = registry.resolve(ref("actor", "حرس الحدود العراقي"));
  assert.equal(id, "hrs-lhdwd-lrqy");
  assert.equal(registry.entities.actor.get(id)!.name, "حرس الحدود العراقي");
  assert.equal(registry.resolve(ref("place", "القائم")), "lqim");
});

test("implicit ids are never empty: a name with nothing to transliterate gets a kind-prefixed id", () => {
  const registry = new Registry();
  const a = registry.resolve(ref("place", "؟؟"))!;
  const b = registry.resolve(ref("place", "!!!"))!;
  assert.match(a, /^place-[a-z0-9]+$/);
  assert.match(b, /^place-[a-z0-9]+$/);
  assert.notEqual(a, b);
  assert.equal(isSlug(a), true);
});

test("two different names that slug alike get distinct ids, never one merged entity", () => {
  const registry = new Registry();
  const first = registry.resolve(ref("place", "Al Qaim"));
  const second = registry.resolve(ref("place", "Al-Qaim!"));
  const third = registry.resolve(ref("place", "AL_QAIM"));
  assert.deepEqual([first, second, third], ["al-qaim", "al-qaim-2", "al-qaim-3"]);
  assert.deepEqual(
    [...registry.entities.place.values()].map((e) => e.name),
    ["Al Qaim", "Al-Qaim!", "AL_QAIM"],
  );
});

test("an implicit entity never takes the id of a defined one", () => {
  const registry = new Registry();
  registry.define("place", [defined("place", "al-qaim", "al-Qaim District")]);
  const id = registry.resolve(ref("place", "Al Qaim"));
  assert.equal(id, "al-qaim-2");
  assert.equal(registry.entities.place.get("al-qaim")!.name, "al-Qaim District");
  assert.equal(registry.entities.place.get("al-qaim-2")!.implicit, true);
});

test("implicit entities warn once each, at the first use, with 'did you mean' the closest name", () => {
  const registry = new Registry();
  registry.define("actor", [
    defined("actor", "iraqi-border-guards", "Iraqi Border Guards"),
    defined("actor", "syrian-arab-army", "Syrian Arab Army"),
  ]);
  const first = ref("actor", "Iraqi Border Guard");
  registry.resolve(first);
  registry.resolve(ref("actor", "iraqi border guard"));
  registry.resolve(ref("actor", "Kurdish Peshmerga"));
  registry.reportImplicit();
  assert.deepEqual(registry.diagnostics, [
    {
      file: first.file,
      line: first.line,
      column: 9,
      severity: "warning",
      rule: "entity-implicit",
      message:
        'actors: "Iraqi Border Guard" matches no actor file (used 2 times), so it gets a page of its own; did you mean "Iraqi Border Guards"?',
    },
    {
      file: first.file,
      line: first.line + 2,
      column: 9,
      severity: "warning",
      rule: "entity-implicit",
      message:
        'actors: "Kurdish Peshmerga" matches no actor file, so it gets a page of its own; add content/actors/kurdish-peshmerga.md to describe it',
    },
  ]);
});

test("the suggestion is the alias as written when the alias is what came close", () => {
  const registry = hts();
  registry.resolve(ref("actor", "HTSS"));
  registry.reportImplicit();
  assert.match(registry.diagnostics[0]!.message, /did you mean "HTS"\?$/);
});

test("strict makes implicit entities errors", () => {
  const registry = new Registry();
  registry.resolve(ref("figure", "Hayder Karkhi"));
  registry.reportImplicit();
  const diagnostics = applyStrict(registry.diagnostics);
  assert.equal(diagnostics.length, 1);
  assert.equal(diagnostics[0]!.severity, "error");
  assert.equal(diagnostics[0]!.rule, "entity-implicit");
});

test("a reference matching one entity by id and another by name is ambiguous, names both files, resolves to none", () => {
  const registry = new Registry();
  registry.define("place", [
    defined("place", "qaim", "al-Qaim District", [], "content/places/qaim-district.md"),
    defined("place", "qaim-town", "Qaim", [], "content/places/qaim-town.md"),
  ]);
  const at = ref("place", "qaim");
  assert.equal(registry.resolve(at), undefined);
  assert.deepEqual(registry.diagnostics, [
    {
      file: at.file,
      line: at.line,
      column: 9,
      severity: "error",
      rule: "entity-ambiguous",
      message:
        'location: "qaim" matches two places: "al-Qaim District" (content/places/qaim-district.md) by id and "Qaim" (content/places/qaim-town.md) by name; use the id of the one you mean',
    },
  ]);
  // The ids themselves stay unambiguous.
  assert.equal(registry.resolve(ref("place", "qaim-town")), "qaim-town");
  assert.equal(registry.resolve(ref("place", "al-Qaim District")), "qaim");
  assert.equal(registry.entities.place.size, 2, "no implicit place for an ambiguous reference");
});

test("two files claiming one name or alias (after normalisation) is an error at the second claim naming both files", () => {
  const registry = new Registry();
  registry.define("actor", [
    defined("actor", "hts", "Hay’at Tahrir al-Sham", ["HTS"], "content/actors/hts.md"),
    defined(
      "actor",
      "tahrir-committee",
      "Tahrir al-Sham Committee",
      ["Hayʼat Tahrir al–Sham", "hts"],
      "content/actors/tahrir-committee.md",
    ),
  ]);
  assert.deepEqual(registry.diagnostics, [
    {
      file: "content/actors/tahrir-committee.md",
      line: 4,
      column: 5,
      severity: "error",
      rule: "entity-collision",
      message:
        '"Hayʼat Tahrir al–Sham" is also a name or alias of content/actors/hts.md ("Hay’at Tahrir al-Sham"); a name must point at one actor',
    },
    {
      file: "content/actors/tahrir-committee.md",
      line: 5,
      column: 5,
      severity: "error",
      rule: "entity-collision",
      message:
        '"hts" is also a name or alias of content/actors/hts.md ("Hay’at Tahrir al-Sham"); a name must point at one actor',
    },
  ]);
  // The first file keeps the name.
  assert.equal(registry.resolve(ref("actor", "HTS")), "hts");
});

test("one file repeating its own name as an alias is not a collision", () => {
  const registry = new Registry();
  registry.define("place", [defined("place", "al-qaim", "al-Qaim", ["Al-Qaim", "AL–QAIM"])]);
  assert.deepEqual(registry.diagnostics, []);
});

test("two entity files with one id: error at the second naming the first; the first is kept", () => {
  const registry = new Registry();
  registry.define("place", [
    defined("place", "border-town", "Husaybah", [], "content/places/husaybah.md"),
    defined("place", "border-town", "Al-Husaybah", [], "content/places/al-husaybah.md"),
  ]);
  assert.deepEqual(registry.diagnostics, [
    {
      file: "content/places/al-husaybah.md",
      line: 2,
      column: 7,
      severity: "error",
      rule: "id-duplicate",
      message: 'the place id "border-town" is already used by content/places/husaybah.md',
    },
  ]);
  assert.equal(registry.entities.place.get("border-town")!.name, "Husaybah");
});
