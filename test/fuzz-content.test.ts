// No content crashes `check` or the build's loading: thousands of generated and mutated content files
// (test/content-arbitraries.ts) each give diagnostics with a file, a line and a column inside that file,
// a rule and a message, and never an exception, and folders without errors go through the build's steps
// before rendering; the files of a few folders go through the real command, which exits 0 or 1 and
// prints no stack trace. On a failure fast-check prints its seed and the smallest folder it found. What
// it has found is pinned in test/yaml.test.ts and test/refused-links.test.ts.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import fc from "fast-check";
import { loadContent } from "../src/content/load.ts";
import { displayPath } from "../src/content/files.ts";
import { hasErrors, printDiagnostics, type Diagnostic } from "../src/diagnostics.ts";
import { eventsCsvChunks } from "../src/export/csv.ts";
import { eventsGeoJsonChunks } from "../src/export/geojson.ts";
import { eventsJsonChunks } from "../src/export/json.ts";
import { timelineJsonChunks } from "../src/export/timelinejs.ts";
import { atomFeed } from "../src/feeds/atom.ts";
import { siteFeed } from "../src/feeds/feeds.ts";
import { jsonFeed } from "../src/feeds/json-feed.ts";
import { buildTimeline } from "../src/model/timeline.ts";
import type { Model } from "../src/model/types.ts";
import { searchRecords } from "../src/search/records.ts";
import { searchEditions, type SearchEdition } from "../src/search/search-editions.ts";
import { SiteData } from "../src/site/site-data.ts";
import { contentFolder } from "./content-arbitraries.ts";

const REPO = fileURLToPath(new URL("..", import.meta.url));
/** Folders loaded in process: about seven files each, some 2,000 files in about three seconds. */
const IN_PROCESS_RUNS = 300;
/** Runs of the real command: each starts Node (about a second), so one, on the files of four folders. */
const CLI_RUNS = 1;
const FOLDERS_PER_CLI_RUN = 4;

let root: string;
describe("no content crashes check or loading", () => {
  before(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), "dateline-fuzz-"));
  });
  after(async () => {
    await rm(root, { recursive: true, force: true });
  });

  /**
   * Runs `check` on the files written into a content folder of their own, then removes them. The folders of
   * each kind are made once and kept: making and removing them for every run cost more than the loading.
   */
  async function withFolder(name: string, files: Record<string, Uint8Array>, check: (dir: string) => Promise<void>) {
    const dir = path.join(root, name);
    for (const folder of ["events/2024", "places", "actors", "figures"]) {
      await mkdir(path.join(dir, folder), { recursive: true });
    }
    const paths = Object.keys(files).map((file) => path.join(dir, file));
    try {
      await Promise.all(Object.values(files).map((bytes, i) => writeFile(paths[i]!, bytes)));
      await check(dir);
    } finally {
      await Promise.all(paths.map((file) => rm(file, { force: true })));
    }
  }

  /** The lines of a file as the loader counts them (BOM dropped, CRLF and CR as one line end). */
  function linesOf(bytes: Uint8Array): string[] {
    return Buffer.from(bytes)
      .toString("utf8")
      .replace(/^\uFEFF/, "")
      .split(/\r\n?|\n/);
  }

  /** Every diagnostic names a file of the folder, a line and column inside it, a rule and a message. */
  function assertWellFormed(diagnostics: readonly Diagnostic[], dir: string, files: Record<string, Uint8Array>): void {
    const byShownPath = new Map(
      Object.entries(files).map(([name, bytes]) => [displayPath(path.join(dir, name)), bytes]),
    );
    const lineCache = new Map<Uint8Array, string[]>();
    for (const d of diagnostics) {
      const where = JSON.stringify(d);
      assert.ok(Number.isInteger(d.line) && d.line >= 1 && Number.isInteger(d.column) && d.column >= 1, where);
      assert.ok(d.severity === "error" || d.severity === "warning", where);
      assert.match(d.rule, /^[a-z]+(?:-[a-z]+)*$/, where);
      assert.ok(typeof d.message === "string" && d.message.trim() !== "", where);
      const bytes = byShownPath.get(d.file);
      assert.ok(bytes, `${where}: not a file of the folder`);
      const lines = lineCache.get(bytes) ?? lineCache.set(bytes, linesOf(bytes)).get(bytes)!;
      assert.ok(d.line <= lines.length, `${where}: the file has ${lines.length} lines`);
      assert.ok(d.column <= (lines[d.line - 1] ?? "").length + 1, `${where}: past the end of its line`);
    }
    printDiagnostics(diagnostics);
    JSON.parse(printDiagnostics(diagnostics, "json"));
  }

  /** What the build computes from a model without errors before Eleventy renders pages. */
  function buildStages(model: Model): void {
    const timeline = buildTimeline(model, { drafts: false });
    const { messages } = new SiteData({ model, timeline, drafts: false });
    for (const chunks of [eventsJsonChunks, eventsCsvChunks, eventsGeoJsonChunks, timelineJsonChunks]) {
      [...chunks(model, timeline.events)].join("");
    }
    atomFeed(siteFeed(model, timeline.events, "atom", messages));
    jsonFeed(siteFeed(model, timeline.events, "json", messages));
    for (const edition of editionsWithCatalogs(model)) searchRecords(edition, timeline.events);
  }

  /** An edition in a language without a message catalog stops the build with the file to add, before it renders. */
  function editionsWithCatalogs(model: Model): SearchEdition[] {
    try {
      return searchEditions(model);
    } catch (error) {
      if (error instanceof Error && /has no message catalog/.test(error.message)) return [];
      throw error;
    }
  }

  async function loadsCleanly(files: Record<string, Uint8Array>): Promise<void> {
    await withFolder("in-process", files, async (dir) => {
      const { diagnostics, model } = await loadContent(dir);
      assert.ok(Array.isArray(diagnostics));
      assertWellFormed(diagnostics, dir, files);
      if (!hasErrors(diagnostics)) buildStages(model);
    });
  }

  test("generated and mutated content folders load into diagnostics, never an exception", async () => {
    await fc.assert(fc.asyncProperty(contentFolder, loadsCleanly), { numRuns: IN_PROCESS_RUNS });
  });

  /** Several folders as one: each folder's files renamed apart (`events/2-a.md`), the first site.yml kept. */
  function together(folders: readonly Record<string, Uint8Array>[]): Record<string, Uint8Array> {
    const files: Record<string, Uint8Array> = {};
    folders.forEach((folder, i) => {
      for (const [name, bytes] of Object.entries(folder)) {
        const { dir, base } = path.posix.parse(name);
        const renamed = name === "site.yml" ? name : path.posix.join(dir, `${i}-${base}`);
        files[renamed] ??= bytes;
      }
    });
    return files;
  }

  test("the check command exits 0 or 1 on generated content, with positions and without a stack trace", async () => {
    const size = { minLength: FOLDERS_PER_CLI_RUN, maxLength: FOLDERS_PER_CLI_RUN };
    const folders = fc.array(contentFolder, size).map(together);
    await fc.assert(
      fc.asyncProperty(folders, (files) =>
        withFolder("command", files, async (dir) => {
          const args = ["--import", "tsx", "scripts/check.ts", "--content", dir, "--format", "json"];
          const run = await promisify(execFile)(process.execPath, args, {
            cwd: REPO,
            maxBuffer: 64 * 1024 * 1024,
          }).then(
            ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
            (error: { code: number; stdout: string; stderr: string }) => error,
          );
          assert.ok(run.code === 0 || run.code === 1, `exit ${run.code}: ${run.stderr}`);
          assert.doesNotMatch(run.stderr, /\n\s+at |Error/, run.stderr);
          const diagnostics = JSON.parse(run.stdout) as Diagnostic[];
          assertWellFormed(diagnostics, dir, files);
          assert.equal(run.code, hasErrors(diagnostics) ? 1 : 0);
        }),
      ),
      { numRuns: CLI_RUNS },
    );
  });
});
