// Faults lose nothing: `npm run build` killed with SIGKILL (which no handler sees) at several points leaves
// the previous site byte for byte, and the next build cleans up what the killed ones left; two builds
// started at once into one output never publish a mix of both; a full disk fails the build at once.
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { generateArchive, writeArchive } from "../../src/bench/generate.ts";
import { hashTree } from "../hash-tree.ts";
import { spawnCli } from "../run-cli.ts";

const REPO = fileURLToPath(new URL("../..", import.meta.url));

let root: string;
let content: string;
let output: string;
/** The site every complete build of the unchanged content publishes: builds are deterministic. */
let site: Map<string, string>;

before(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), "dateline-faults-"));
  content = path.join(root, "content");
  output = path.join(root, "_site");
  await writeArchive(generateArchive({ events: 400, seed: 7 }), content);
  const first = await spawnCli("build", ["--content", content, "--output", output, "--no-cache", "--quiet"]);
  assert.equal(first.code, 0, first.stderr);
  site = await hashTree(output);
});
after(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

/** What lies beside the output folder besides the content (staging folders, a lock …). */
const besideOutput = async () => (await fs.readdir(root)).filter((name) => name !== "content").sort();

/** Starts a build and kills it with SIGKILL once a progress line matches `when` (or at once for "start"). */
function buildKilledAt(when: RegExp | "start"): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "scripts/build.ts", "--content", content, "--output", output, "--no-cache"],
      {
        cwd: REPO,
        stdio: ["ignore", "ignore", "pipe"],
      },
    );
    let stderr = "";
    const kill = () => child.kill("SIGKILL");
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
      if (when !== "start" && stderr.split("\n").some((line) => when.test(line))) kill();
    });
    // "start": once the build holds its lock and has made its staging folder.
    const poll =
      when === "start"
        ? setInterval(() => {
            void besideOutput().then((names) => {
              if (names.some((n) => n.startsWith("_site.staging-"))) kill();
            });
          }, 20)
        : undefined;
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearInterval(poll);
      if (signal === "SIGKILL") resolve(stderr);
      else reject(new Error(`the build ended (${code}) before it was killed at ${String(when)}:\n${stderr}`));
    });
  });
}

test(
  "SIGKILL at five points of a build leaves the previous site byte for byte; the next build removes what they left",
  { timeout: 600_000 },
  async () => {
    for (const when of ["start", /^load /, /^index /, /^(render|search) /, /^verify /] as const) {
      await buildKilledAt(when);
      assert.deepEqual(await hashTree(output), site, `killed at ${String(when)}`);
      // Each killed build took over the lock of the one before and removed its staging folder.
      const left = await besideOutput();
      assert.ok(left.includes("_site.lock"), `a killed build leaves its lock: ${left.join(", ")}`);
      assert.ok(left.filter((name) => name.startsWith("_site.staging-")).length <= 1, left.join(", "));
    }
    assert.equal((await besideOutput()).filter((name) => name.startsWith("_site.staging-")).length, 1);

    const next = await spawnCli("build", ["--content", content, "--output", output, "--no-cache"]);
    assert.equal(next.code, 0, next.stderr);
    assert.match(next.stderr, /^left by a build that was killed: _site\.staging-\w+ removed$/m);
    assert.deepEqual(await besideOutput(), ["_site"]);
    assert.deepEqual(await hashTree(output), site);
  },
);

test(
  "two builds started at once into one output: one publishes, the other stops naming it; never a mix",
  { timeout: 300_000 },
  async () => {
    const args = ["--content", content, "--output", output, "--no-cache", "--quiet"];
    const runs = await Promise.all([spawnCli("build", args), spawnCli("build", args)]);
    assert.deepEqual(runs.map((run) => run.code).sort(), [0, 2], runs.map((run) => run.stderr).join("\n"));
    const stopped = runs.find((run) => run.code === 2)!;
    assert.match(
      stopped.stderr,
      /^error: another build \(process \d+ on .+, started \d{4}-\d\d-\d\dT[\d:.]+Z\) is publishing into .*_site; wait for it to end and build again/m,
    );
    assert.match(stopped.stderr, /_site is unchanged\.$/m);
    assert.deepEqual(await besideOutput(), ["_site"]);
    assert.deepEqual(await hashTree(output), site);
  },
);

test(
  "a disk that fills up during a build: exit 2 at once with a plain message, the previous site intact, nothing left",
  { timeout: 300_000 },
  async () => {
    // A 12 MB file system holds the sample site (about 7 MB) but not, beside it, the staged 400-event site.
    const disk = await fs.mkdtemp(path.join(os.tmpdir(), "dateline-full-disk-"));
    const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", "size=12m", "tmpfs", disk], { encoding: "utf8" });
    assert.equal(mounted.status, 0, `mounting a tmpfs needs root, as .ci/run runs: ${mounted.stderr}`);
    try {
      const out = path.join(disk, "_site");
      const sample = fileURLToPath(new URL("../../content", import.meta.url));
      const first = await spawnCli("build", ["--content", sample, "--output", out, "--no-cache", "--quiet"]);
      assert.equal(first.code, 0, first.stderr);
      const published = await hashTree(out);

      const started = Date.now();
      const full = await spawnCli("build", ["--content", content, "--output", out, "--no-cache", "--quiet"]);
      assert.equal(full.code, 2, full.stderr);
      // After the content's warnings, the failure in plain words, and the site named unchanged.
      assert.match(
        full.stderr,
        /^error: the disk is full: no space left on device(?: writing .+)?; free some space and build again\n.*_site is unchanged\.\n$/m,
      );
      assert.doesNotMatch(full.stderr, /\n\s+at /, "no stack trace");
      assert.ok(Date.now() - started < 120_000, "it fails, it does not wait");
      assert.deepEqual(await hashTree(out), published);
      assert.deepEqual((await fs.readdir(disk)).sort(), ["_site"]);
    } finally {
      spawnSync("umount", [disk]);
      await fs.rm(disk, { recursive: true, force: true });
    }
  },
);
