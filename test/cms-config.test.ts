// The web editor's configuration against the schemas `check` applies: a field in a schema that the editor
// does not offer, or offers differently (required, translated), fails here.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse, stringify } from "yaml";
import { z } from "zod";
import { ADMIN_COPIES, writeAdmin } from "../src/cms/admin-files.ts";
import { CMS_KINDS, cmsConfig, cmsFields, type CmsCollection, type CmsField } from "../src/cms/cms-config.ts";
import { loadContent } from "../src/content/load.ts";
import { loadSiteConfig } from "../src/content/site-config.ts";
import { KNOWN_KEYS, TRANSLATION_KEYS } from "../src/content/schema.ts";
import { tempContent } from "./fixtures/support.ts";

const SAMPLE = "content";

async function sampleConfig() {
  const { site } = await loadSiteConfig(SAMPLE);
  return cmsConfig(site, "content", { repo: "newsroom/timeline", branch: "main" }) as {
    collections: CmsCollection[];
    i18n?: { locales: string[]; default_locale: string; structure: string };
  };
}

const KINDS = { events: "event", places: "place", actors: "actor", figures: "figure" } as const;

describe("the web editor's configuration", () => {
  it("offers every key each schema accepts, in the schema's order, then the body", async () => {
    const { collections } = await sampleConfig();
    assert.deepEqual(
      collections.map((c) => c.name),
      ["events", "places", "actors", "figures"],
    );
    for (const collection of collections) {
      const keys = KNOWN_KEYS[KINDS[collection.name as keyof typeof KINDS]];
      assert.deepEqual(
        collection.fields.map((field) => field.name),
        [...keys, "body"],
        collection.name,
      );
      assert.equal(collection.folder, `content/${collection.name}`);
    }
  });

  it("fails for a key added to a schema without a widget in the editor", () => {
    const spec = CMS_KINDS.events;
    assert.throws(
      () => cmsFields({ ...spec, schema: spec.schema.extend({ casualties_source: z.string() }) }),
      /no widget for the field "casualties_source"/,
    );
  });

  it("requires exactly the keys check requires, translated ones in the original's language only", async () => {
    const { collections } = await sampleConfig();
    const required = Object.fromEntries(
      collections.map((c) => [c.name, c.fields.filter((f) => f.required).map((f) => [f.name, f.required])]),
    );
    assert.deepEqual(required, {
      events: [
        ["title", ["en"]],
        ["date", true],
      ],
      places: [["name", ["en"]]],
      actors: [["name", ["en"]]],
      figures: [["name", ["en"]]],
    });
  });

  it("on a site with editions, translates the keys a translation may hold and the body, and no other", async () => {
    const config = await sampleConfig();
    assert.deepEqual(config.i18n?.locales, ["en", "ar", "ckb", "tr"]);
    assert.equal(config.i18n?.structure, "multiple_files");
    for (const collection of config.collections) {
      const words = TRANSLATION_KEYS[KINDS[collection.name as keyof typeof KINDS]];
      const translated = collection.fields.filter((f) => f.i18n === true).map((f) => f.name);
      assert.deepEqual(translated, [
        ...collection.fields.map((f) => f.name).filter((n) => (words as readonly string[]).includes(n)),
        "body",
      ]);
      assert.ok(collection.fields.every((f) => typeof f.i18n === "boolean"));
    }
  });

  it("on a site with editions, types a correction's text and the withdrawal's reason in each language, copying their dates", async () => {
    const { collections } = await sampleConfig();
    const events = collections.find((c) => c.name === "events")!;
    const subfields = (name: string) =>
      (events.fields.find((f) => f.name === name)!.fields as CmsField[]).map((f) => [f.name, f.i18n, f.required]);
    // Required in English alone: a translation may leave a text for later, and Sveltia then leaves it out.
    assert.deepEqual(subfields("corrections"), [
      ["date", "duplicate", ["en"]],
      ["text", true, ["en"]],
    ]);
    assert.deepEqual(subfields("withdrawn"), [
      ["date", "duplicate", ["en"]],
      ["reason", true, ["en"]],
    ]);
    // The sources are the original's alone: no subfield of theirs has a language.
    assert.ok((events.fields.find((f) => f.name === "sources")!.fields as CmsField[]).every((f) => !("i18n" in f)));
  });

  it("on a site in one language, has no translations", async () => {
    const { site } = await loadSiteConfig(SAMPLE);
    const single = { ...site, editions: site.editions.slice(0, 1) };
    const config = cmsConfig(single, "content", { repo: "newsroom/timeline", branch: "main" });
    assert.equal(config.i18n, undefined);
    assert.deepEqual(config.backend, { name: "github", repo: "newsroom/timeline", branch: "main" });
    const collections = config.collections as CmsCollection[];
    assert.ok(collections.every((c) => c.i18n === undefined && c.fields.every((f) => f.i18n === undefined)));
    const subfields = collections[0]!.fields.flatMap((f) => (f.fields as CmsField[] | undefined) ?? []);
    assert.ok(subfields.length > 0 && subfields.every((f) => !("i18n" in f)));
    const corrections = collections[0]!.fields.find((f) => f.name === "corrections")!.fields as CmsField[];
    assert.ok(
      corrections.every((f) => f.required === undefined),
      "each required, Sveltia's default",
    );
  });

  it("picks places, actors and figures by any of their names and aliases, and saves their ids", async () => {
    const { collections } = await sampleConfig();
    const events = collections.find((c) => c.name === "events")!;
    for (const [field, collection] of [
      ["location", "places"],
      ["actors", "actors"],
      ["figures", "figures"],
    ]) {
      const relation = events.fields.find((f) => f.name === field)!;
      assert.equal(relation.widget, "relation");
      assert.equal(relation.collection, collection);
      assert.deepEqual(relation.search_fields, ["name", "aliases"]);
      assert.equal(relation.value_field, "{{slug}}");
      assert.equal(relation.multiple, true);
    }
    const within = collections.find((c) => c.name === "places")!.fields.find((f) => f.name === "within")!;
    assert.equal(within.collection, "places");
    assert.equal(within.multiple, false);
  });

  it("checks dates as check reads them", async () => {
    const { collections } = await sampleConfig();
    const date = collections[0]!.fields.find((f) => f.name === "date")!;
    const pattern = new RegExp((date.pattern as [string, string])[0]);
    for (const good of ["2024", "2024-12", "2024-12-19", "2024-12-19T14:30+03:00"]) assert.match(good, pattern);
    for (const bad of ["19 December 2024", "2024/12/19", "24-12"]) assert.doesNotMatch(bad, pattern);
  });
});

/**
 * A translation's front matter as Sveltia writes it from `fields`: a translated field (`i18n: true`) with
 * what the translator typed (`typed`, by key path: `corrections.0.text`), a copied one (`"duplicate"`) with
 * the original's value, no other field; a value left empty is left out (`omit_empty_optional_fields`, the
 * subfields being required in the original's language only).
 */
function asSveltiaWrites(
  fields: readonly CmsField[],
  original: Record<string, unknown>,
  typed: Record<string, string>,
  prefix = "",
): Record<string, unknown> {
  const written: Record<string, unknown> = {};
  for (const field of fields) {
    const at = `${prefix}${field.name}`;
    const value = original[field.name];
    const subfields = field.fields as CmsField[] | undefined;
    if (field.i18n === "duplicate") {
      if (value !== undefined) written[field.name] = value;
    } else if (field.i18n === true && subfields && Array.isArray(value)) {
      written[field.name] = value.map((item, i) =>
        asSveltiaWrites(subfields, item as Record<string, unknown>, typed, `${at}.${i}.`),
      );
    } else if (field.i18n === true && subfields && value !== undefined) {
      written[field.name] = asSveltiaWrites(subfields, value as Record<string, unknown>, typed, `${at}.`);
    } else if (field.i18n === true && typed[at]) {
      written[field.name] = typed[at];
    }
  }
  return written;
}

describe("what the web editor writes into a translation", () => {
  it("passes check: the dates copied from the original, the texts typed, a text not yet typed left out", async () => {
    const { collections } = await sampleConfig();
    const events = collections.find((c) => c.name === "events")!;
    const original = {
      title: "Iraq closes the al-Qaim crossing",
      date: "2024-12-06",
      withdrawn: { date: "2025-01-10", reason: "The only source was retracted by its publisher." },
      corrections: [
        { date: "2024-12-08", text: "The crossing was misnamed." },
        { date: "2024-12-23", text: "The day is now marked as approximate." },
      ],
      sources: ["https://www.rudaw.net/english/middleeast/iraq/22122024"],
    };
    const translation = asSveltiaWrites(events.fields, original, {
      title: "العراق يغلق منفذ القائم",
      "withdrawn.reason": "سحب الناشر المصدر الوحيد.",
      "corrections.0.text": "كان اسم المنفذ خاطئا.",
    });
    assert.deepEqual(translation, {
      title: "العراق يغلق منفذ القائم",
      withdrawn: { date: "2025-01-10", reason: "سحب الناشر المصدر الوحيد." },
      corrections: [{ date: "2024-12-08", text: "كان اسم المنفذ خاطئا." }, { date: "2024-12-23" }],
    });
    const file = (fields: object) => `---\n${stringify(fields)}---\n`;
    const { dir, cleanup } = await tempContent({
      "site.yml": "language: en\neditions: [ar]\n",
      "events/crossing.md": file(original),
      "events/crossing.ar.md": file(translation),
    });
    try {
      const { model, diagnostics } = await loadContent(dir);
      assert.deepEqual(diagnostics, []);
      const ar = model.events[0]!.translations.ar!;
      assert.deepEqual(ar.corrections, ["كان اسم المنفذ خاطئا.", undefined]);
      assert.equal(ar.withdrawnReason, "سحب الناشر المصدر الوحيد.");
    } finally {
      await cleanup();
    }
  });
});

describe("the published editor (/admin/)", () => {
  it("is written when site.yml names the repository, with every file it loads, and removed when it does not", async () => {
    const site = mkdtempSync(path.join(tmpdir(), "dateline-admin-"));
    try {
      const { site: config } = await loadSiteConfig(SAMPLE);
      const cms = { repo: "newsroom/timeline", branch: "main", authUrl: "https://auth.example.org" };
      await writeAdmin(site, { ...config, cms }, SAMPLE);
      const page = readFileSync(path.join(site, "admin/index.html"), "utf8");
      for (const name of ["sveltia-cms.js", "fonts.css", "config.yml"]) assert.match(page, new RegExp(`"${name}"`));
      for (const name of ADMIN_COPIES.keys()) assert.ok(existsSync(path.join(site, "admin", name)), name);
      // Scripts only from the site itself; data only from it, GitHub's API and the sign-in server.
      assert.match(page, /script-src &#39;self&#39;;/);
      assert.match(page, /connect-src &#39;self&#39; https:\/\/api\.github\.com https:\/\/auth\.example\.org data:/);
      const published = parse(readFileSync(path.join(site, "admin/config.yml"), "utf8")) as Record<string, unknown>;
      assert.deepEqual(published.backend, {
        name: "github",
        repo: "newsroom/timeline",
        branch: "main",
        base_url: "https://auth.example.org",
      });

      await writeAdmin(site, config, SAMPLE);
      assert.equal(existsSync(path.join(site, "admin")), false);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});

describe("site.yml's cms settings", () => {
  it("are read, and a misspelt key or a repository not written as owner/name is reported at its line", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "dateline-cms-site-"));
    try {
      writeFileSync(path.join(dir, "site.yml"), "title: T\ncms:\n  repo: newsroom/timeline\n");
      assert.deepEqual((await loadSiteConfig(dir)).site.cms, { repo: "newsroom/timeline", branch: "main" });
      writeFileSync(path.join(dir, "site.yml"), "title: T\ncms:\n  repo: timeline\n  brnach: main\n");
      const { diagnostics } = await loadSiteConfig(dir);
      assert.deepEqual(diagnostics.map((d) => [d.line, d.rule]).sort(), [
        [3, "field-invalid"],
        [4, "key-unknown"],
      ]);
      assert.match(diagnostics.find((d) => d.rule === "key-unknown")!.message, /did you mean "branch"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
