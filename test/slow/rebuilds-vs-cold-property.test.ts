// The two ways Dateline avoids rebuilding everything, against a cold build, under random sequences of the
// edits editors make: fast-check picks the edits (to events, to places and actors, to site.yml) and their
// targets, and after every edit both the dev server's site (`npm start`'s edit loop) and a build with the
// build cache of the previous one (`npm run build`) must be byte for byte what a cold build of the same
// content writes. A failure prints the seed and the sequence of edits, so it can be replayed.
// test/slow/dev-vs-cold.test.ts runs a fixed sequence against the dev server.
import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import fc from "fast-check";
import { generateArchive, writeArchive } from "../../src/bench/generate.ts";
import { build, type PhaseTiming } from "../../src/build.ts";
import { DevSite } from "../../src/dev/dev-site.ts";
import { hashTree } from "../hash-tree.ts";

const PER_PART = 150;

let tmp: string;
let archive: string;

before(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "dateline-dev-property-"));
  archive = path.join(tmp, "archive");
  await writeArchive(generateArchive({ events: 300, seed: 47 }), archive);
});

after(async () => {
  if (tmp) await fs.rm(tmp, { recursive: true, force: true });
});

type Edit =
  | { kind: "title" | "date" | "place" | "actors" | "delete" | "add" | "rename"; at: number }
  | { kind: "rename-place" | "move-place" | "alias-actor"; at: number }
  | { kind: "site-title" };

const eventEdit = fc.record({
  kind: fc.constantFrom("title", "date", "place", "actors", "delete", "add", "rename" as const),
  at: fc.nat(),
}) as fc.Arbitrary<Edit>;
const entityEdit = fc.record({
  kind: fc.constantFrom("rename-place", "move-place", "alias-actor" as const),
  at: fc.nat(),
}) as fc.Arbitrary<Edit>;
const siteEdit = fc.constant<Edit>({ kind: "site-title" });
const edits = fc.array(fc.oneof({ weight: 4, arbitrary: eventEdit }, { weight: 2, arbitrary: entityEdit }, siteEdit), {
  minLength: 2,
  maxLength: 3,
});

/** The content's original files of one folder (translations and other files left out), sorted. */
async function originals(content: string, folder: string): Promise<string[]> {
  const dir = path.join(content, folder);
  const names = await fs.readdir(dir, { recursive: true });
  return names
    .filter((name) => /^[^.]+\.md$/.test(path.basename(name)))
    .sort()
    .map((name) => path.join(dir, name));
}

async function rewrite(file: string, change: (text: string) => string): Promise<void> {
  await fs.writeFile(file, change(await fs.readFile(file, "utf8")));
}

/** A list field (`location:` or `actors:`), in either YAML form, replaced by one value. */
const setList = (text: string, key: string, value: string) =>
  text.replace(new RegExp(`^${key}:[^\\n]*(\\n {2}- [^\\n]*)*`, "m"), `${key}: [${value}]`);

async function apply(content: string, edit: Edit, step: number): Promise<void> {
  if (edit.kind === "site-title") {
    return rewrite(path.join(content, "site.yml"), (t) => t.replace(/^title: .*$/m, `title: Timeline, edit ${step}`));
  }
  if (edit.kind === "rename-place" || edit.kind === "move-place") {
    const places = await originals(content, "places");
    const file = places[edit.at % places.length]!;
    if (edit.kind === "move-place") {
      const districts = (await Promise.all(places.map((p) => fs.readFile(p, "utf8"))))
        .map((text) => /^name: (.*District)$/m.exec(text)?.[1])
        .filter((name): name is string => name !== undefined);
      const target = districts[(edit.at + step) % districts.length]!;
      return rewrite(file, (t) => (/^within:/m.test(t) ? t.replace(/^within: .*$/m, `within: ${target}`) : t));
    }
    return rewrite(file, (t) =>
      /^aliases:/m.test(t)
        ? t
        : t.replace(/^name: (.*)$/m, (_, old: string) => `name: Renamed ${step}\naliases: [${old}]`),
    );
  }
  if (edit.kind === "alias-actor") {
    const actors = await originals(content, "actors");
    const file = actors[edit.at % actors.length]!;
    return rewrite(file, (t) => (/^aliases:/m.test(t) ? t : t.replace(/^kind:/m, `aliases: [Alias ${step}]\nkind:`)));
  }
  const events = await originals(content, "events");
  const file = events[edit.at % events.length]!;
  switch (edit.kind) {
    case "title":
      return rewrite(file, (t) => t.replace(/^title: .*$/m, `title: Corrected title ${step}`));
    case "date":
      // The end goes with it: kept, it could fall before the new date, which check rightly refuses. The
      // archive spans 2016-2021: a date in 2022 or 2023 adds a year, and may leave one empty.
      return rewrite(file, (t) =>
        t
          .replace(/^date: .*$/m, `date: ${2017 + (edit.at % 7)}-0${1 + (edit.at % 9)}-1${step}`)
          .replace(/^end: .*\n/m, ""),
      );
    case "place":
      return rewrite(file, (t) => setList(t, "location", "Raqqa"));
    case "actors":
      return rewrite(file, (t) => setList(t, "actors", "Government of Syria, Islamic State"));
    case "delete":
      return fs.rm(file);
    case "rename":
      return fs.rename(file, file.replace(/\.md$/, `-renamed-${step}.md`));
    case "add": {
      const text = await fs.readFile(file, "utf8");
      const copy = file.replace(/\.md$/, `-copy-${step}.md`);
      return fs.writeFile(copy, text.replace(/^title: .*$/m, `title: Added event ${step}`));
    }
  }
}

/** Files whose bytes differ between two sites, or are in one only. */
async function differences(site: string, cold: string): Promise<string[]> {
  const [mine, theirs] = await Promise.all([hashTree(site), hashTree(cold)]);
  return [...new Set([...mine.keys(), ...theirs.keys()])].filter((name) => mine.get(name) !== theirs.get(name)).sort();
}

async function built(content: string, outputDir: string, cacheDir?: string): Promise<PhaseTiming[]> {
  const phases: PhaseTiming[] = [];
  const notes: string[] = [];
  const done = await build({
    contentDir: content,
    outputDir,
    // The random edits delete and rename events on purpose; refusing that is test/manifest.test.ts.
    allowRemovals: true,
    drafts: true,
    eventsPerSearchPart: PER_PART,
    ...(cacheDir ? { cacheDir, onNote: (line: string) => notes.push(line) } : {}),
    onPhase: (phase) => phases.push(phase),
  });
  assert.equal(done.exitCode, 0, done.failure ?? JSON.stringify(done.diagnostics.slice(0, 3)));
  assert.deepEqual(
    notes.filter((note) => !note.includes("none yet")),
    [],
    "the cache is used",
  );
  return phases;
}

test(
  "random sequences of edits: after each, the dev site and a build with the cache are byte for byte a cold build",
  { timeout: 900_000 },
  async (t) => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(edits, async (sequence) => {
        const dir = path.join(tmp, `run-${++run}`);
        const content = path.join(dir, "content");
        const [devDir, cached, cacheDir, cold] = [
          path.join(dir, "dev"),
          path.join(dir, "cached"),
          path.join(dir, "cache"),
          path.join(dir, "cold"),
        ];
        await fs.cp(archive, content, { recursive: true });
        const dev = new DevSite(content, devDir, { eventsPerSearchPart: PER_PART });
        try {
          assert.ok((await dev.update()).ok, "the first dev build");
          await built(content, cached, cacheDir);
          for (const [step, edit] of sequence.entries()) {
            const after = `after ${JSON.stringify(sequence.slice(0, step + 1))}`;
            t.diagnostic(`run ${run}: ${JSON.stringify(edit)}`);
            await apply(content, edit, step + 1);
            assert.ok((await dev.update()).ok, `${JSON.stringify(edit)}: the dev site updates`);
            await dev.searchSettled();
            const phases = await built(content, cached, cacheDir);
            await built(content, cold);
            assert.deepEqual((await differences(devDir, cold)).slice(0, 20), [], `the dev site, ${after}`);
            assert.deepEqual((await differences(cached, cold)).slice(0, 20), [], `the cached build, ${after}`);
            // Only a change to the site's settings renders every page again.
            const render = phases.find((phase) => phase.name === "render");
            if (edit.kind !== "site-title") assert.ok(render?.items, `${after}: the cached build renders what changed`);
            await fs.rm(cold, { recursive: true, force: true });
          }
        } finally {
          await dev.searchSettled();
          await fs.rm(dir, { recursive: true, force: true });
        }
      }),
      {
        numRuns: 5,
        endOnFailure: true,
        includeErrorInReport: true,
        // Sequences that once failed, run first: a place moved into another district (its neighbours' maps
        // changed), an edit after a change of the site's settings (the cache kept a site of the old ones),
        // and a place edit that left a place unnamed.
        examples: [
          [
            [
              { kind: "move-place", at: 913998118 },
              { kind: "alias-actor", at: 794404107 },
            ],
          ],
          [[{ kind: "site-title" }, { kind: "place", at: 2147483635 }]],
          // An event moved away from the only place it named: that place's embed stayed behind.
          [[{ kind: "place", at: 161526005 }]],
          // An event moved into a year of its own (2022): the year before kept no link to it.
          [[{ kind: "date", at: 5 }]],
          // A place moved under another district after an added event: the district's page kept its old list.
          [
            [
              { kind: "add", at: 320303496 },
              { kind: "move-place", at: 313336982 },
            ],
          ],
        ],
      },
    );
  },
);
