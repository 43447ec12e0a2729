// The web editor's configuration against the schemas `check` applies: a field in a schema that the editor
// does not offer, or offers differently (required, translated), fails here.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { ADMIN_COPIES, writeAdmin } from "../src/cms/admin-files.ts";
import { CMS_KINDS, cmsConfig, cmsFields, type CmsCollection } from "../src/cms/cms-config.ts";
import { loadSiteConfig } from "../src/content/site-config.ts";
import { KNOWN_KEYS, TRANSLATION_KEYS } from "../src/content/schema.ts";

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

  it("on a site in one language, has no translations", async () => {
    const { site } = await loadSiteConfig(SAMPLE);
    const single = { ...site, editions: site.editions.slice(0, 1) };
    const config = cmsConfig(single, "content", { repo: "newsroom/timeline", branch: "main" });
    assert.equal(config.i18n, undefined);
    assert.deepEqual(config.backend, { name: "github", repo: "newsroom/timeline", branch: "main" });
    const collections = config.collections as CmsCollection[];
    assert.ok(collections.every((c) => c.i18n === undefined && c.fields.every((f) => f.i18n === undefined)));
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
