// Staging-and-swap semantics: the output changes only when every step succeeded, and nothing is left
// beside it either way.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { outputDirProblem } from "../src/publish/guard.ts";
import { publishAtomically } from "../src/publish/publish.ts";
import { swapIntoPlace } from "../src/publish/swap.ts";

let root: string;
describe("staging and swap", () => {
  before(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), "dateline-publish-"));
  });
  after(async () => {
    await fs.rm(root, { recursive: true, force: true });
  });

  /** A fresh folder holding `site/` with a previous build in it. */
  async function withPreviousSite(): Promise<{ dir: string; output: string }> {
    const dir = await fs.mkdtemp(path.join(root, "case-"));
    const output = path.join(dir, "site");
    await fs.mkdir(path.join(output, "events", "old"), { recursive: true });
    await fs.writeFile(path.join(output, "index.html"), "<h1>old home</h1>");
    await fs.writeFile(path.join(output, "events", "old", "index.html"), "<h1>old event</h1>");
    return { dir, output };
  }

  /** Every file's relative path and content hash. */
  async function snapshot(dir: string): Promise<Record<string, string>> {
    const result: Record<string, string> = {};
    for (const name of await fs.readdir(dir, { recursive: true })) {
      const file = path.join(dir, name);
      const stat = await fs.lstat(file);
      result[name] = stat.isFile()
        ? createHash("sha256")
            .update(await fs.readFile(file))
            .digest("hex")
        : stat.isDirectory()
          ? "dir"
          : "other";
    }
    return result;
  }

  describe("publishAtomically", () => {
    test("replaces the output, stale files included, and leaves nothing beside it", async () => {
      const { dir, output } = await withPreviousSite();
      await publishAtomically(output, async (staging) => {
        assert.equal(path.dirname(staging), dir, "staging is a sibling of the output");
        assert.match(path.basename(staging), /^site\.staging-/);
        await fs.writeFile(path.join(staging, "index.html"), "<h1>new home</h1>");
      });
      assert.deepEqual(await snapshot(output), snapshotOf({ "index.html": "<h1>new home</h1>" }));
      assert.deepEqual(await fs.readdir(dir), ["site"]);
    });

    test("creates the output when there was none", async () => {
      const dir = await fs.mkdtemp(path.join(root, "case-"));
      const output = path.join(dir, "nested", "site");
      await publishAtomically(output, async (staging) => fs.writeFile(path.join(staging, "index.html"), "hi"));
      assert.equal(await fs.readFile(path.join(output, "index.html"), "utf8"), "hi");
      assert.deepEqual(await fs.readdir(path.join(dir, "nested")), ["site"]);
    });

    test("a failing step leaves the previous output byte-identical and no staging folder", async () => {
      const { dir, output } = await withPreviousSite();
      const before = await snapshot(output);
      await assert.rejects(
        publishAtomically(output, async (staging) => {
          await fs.writeFile(path.join(staging, "index.html"), "<h1>half built</h1>");
          throw new Error("render crashed");
        }),
        /render crashed/,
      );
      assert.deepEqual(await snapshot(output), before);
      assert.deepEqual(await fs.readdir(dir), ["site"]);
    });

    test("a failing first build removes the parent folders it created", async () => {
      const dir = await fs.mkdtemp(path.join(root, "case-"));
      const output = path.join(dir, "a", "b", "site");
      await assert.rejects(
        publishAtomically(output, async () => Promise.reject(new Error("boom"))),
        /boom/,
      );
      assert.deepEqual(await fs.readdir(dir), []);
    });
  });

  describe("interrupted builds", () => {
    test("Ctrl-C during a build removes the staging folder and leaves the output as it was", async () => {
      const { dir, output } = await withPreviousSite();
      const before = await snapshot(output);
      const publishModule = fileURLToPath(new URL("../src/publish/publish.ts", import.meta.url));
      const child = path.join(dir, "child.mts"); // .mts: an ES module wherever it lives
      await fs.writeFile(
        child,
        `import { publishAtomically } from ${JSON.stringify(publishModule)};
       await publishAtomically(${JSON.stringify(output)}, async () => {
         console.log("staged");
         await new Promise((resolve) => setTimeout(resolve, 60_000));
       });`,
      );
      const proc = spawn(process.execPath, ["--import", "tsx", child], {
        cwd: fileURLToPath(new URL("..", import.meta.url)),
      });
      await new Promise<void>((resolve, reject) => {
        proc.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("staged") && resolve());
        proc.on("exit", (code) => reject(new Error(`child exited early with ${code}`)));
      });
      assert.equal((await fs.readdir(dir)).filter((name) => name.includes(".staging-")).length, 1);
      const exited = new Promise<NodeJS.Signals | null>((resolve) =>
        proc.on("exit", (_code, signal) => resolve(signal)),
      );
      proc.kill("SIGINT");
      assert.equal(await exited, "SIGINT");
      await fs.rm(child);
      assert.deepEqual(await fs.readdir(dir), ["site"]);
      assert.deepEqual(await snapshot(output), before);
    });
  });

  describe("swapIntoPlace", () => {
    test("puts the previous output back when the staging folder cannot be moved in", async () => {
      const { dir, output } = await withPreviousSite();
      const before = await snapshot(output);
      assert.throws(() => swapIntoPlace(path.join(dir, "site.staging-missing"), output), /ENOENT/);
      assert.deepEqual(await snapshot(output), before);
      assert.deepEqual(await fs.readdir(dir), ["site"]);
    });

    test("returns the previous output's new name for removal", async () => {
      const { dir, output } = await withPreviousSite();
      const staging = path.join(dir, "site.staging-x");
      await fs.mkdir(staging);
      const previous = swapIntoPlace(staging, output);
      assert.ok(previous);
      assert.match(path.basename(previous), /^site\.previous-[0-9a-f]+$/);
      assert.equal(await fs.readFile(path.join(previous, "index.html"), "utf8"), "<h1>old home</h1>");
      assert.deepEqual(await fs.readdir(output), []);
    });
  });

  describe("outputDirProblem", () => {
    test("refuses the root, the working directory, its ancestors and the content folder's family", async () => {
      const cwd = await fs.mkdtemp(path.join(root, "project-"));
      await fs.mkdir(path.join(cwd, "content", "events"), { recursive: true });
      const problem = (output: string) => outputDirProblem(output, { contentDir: "content", cwd });
      assert.match((await problem("/")) ?? "", /file system root/);
      assert.match((await problem(".")) ?? "", /working directory itself/);
      assert.match((await problem("..")) ?? "", /contains the working directory/);
      assert.match((await problem("content")) ?? "", /is the content folder/);
      assert.match((await problem("content/events")) ?? "", /inside the content folder/);
      assert.equal(await problem("_site"), undefined);
      assert.equal(await problem("build/site"), undefined);
    });

    test("refuses the content folder's ancestor and folders that do not look like a built site", async () => {
      const cwd = await fs.mkdtemp(path.join(root, "project-"));
      await fs.mkdir(path.join(cwd, "data", "content"), { recursive: true });
      await fs.mkdir(path.join(cwd, "src"));
      await fs.writeFile(path.join(cwd, "src", "main.ts"), "");
      await fs.writeFile(path.join(cwd, "notes.txt"), "");
      await fs.mkdir(path.join(cwd, "_site"));
      await fs.writeFile(path.join(cwd, "_site", "index.html"), "");
      const problem = (output: string) => outputDirProblem(output, { contentDir: "data/content", cwd });
      assert.match((await problem("data")) ?? "", /contains the content folder/);
      assert.match((await problem("src")) ?? "", /does not look like a built site/);
      assert.match((await problem("notes.txt")) ?? "", /not a folder/);
      assert.equal(await problem("_site"), undefined);
    });
  });

  function snapshotOf(files: Record<string, string>): Record<string, string> {
    const result: Record<string, string> = {};
    for (const [name, text] of Object.entries(files)) result[name] = createHash("sha256").update(text).digest("hex");
    return result;
  }
});
