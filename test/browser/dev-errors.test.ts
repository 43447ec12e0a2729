// A bad edit under `npm start`: the dev server keeps serving the last good site, shows the problem in the
// terminal and on the open page, and recovers on the next save, even one that restores the last good text.
// The bad save replaces the file (a copy renamed over it), as many editors save; the saves after it write
// into the new file, which the watcher must still see. A second `npm start` in the same project is refused:
// both would render into one folder.
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { stopDevServer } from "../stop-dev-server.ts";
import { launchChromium } from "./browser.ts";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const TSX = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
const EVENT = "content/events/2024/al-qaim-opens-to-humanitarian-traffic.md";

let project: string;
let server: ChildProcess;
let terminal = "";
let browser: Browser;
let page: Page;
let good: string;

/** Resolves once the terminal has printed a line matching `pattern` after `from` characters of output. */
async function printed(pattern: RegExp, from: number): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!pattern.test(terminal.slice(from))) {
    if (Date.now() > deadline) throw new Error(`npm start never printed ${pattern}:\n${terminal.slice(from)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

before(async () => {
  project = mkdtempSync(path.join(tmpdir(), "dateline-dev-errors-"));
  cpSync(path.join(REPO, "content"), path.join(project, "content"), { recursive: true });
  good = readFileSync(path.join(project, EVENT), "utf8");
  server = spawn(process.execPath, ["--import", TSX, path.join(REPO, "scripts/serve.ts"), "--port", "8393"], {
    cwd: project,
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout!.on("data", (chunk: Buffer) => (terminal += chunk.toString()));
  server.stderr!.on("data", (chunk: Buffer) => (terminal += chunk.toString()));
  await printed(/^Serving \S+/m, 0);
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(`${/^Serving (\S+)/m.exec(terminal)![1]}events/al-qaim-opens-to-humanitarian-traffic/`);
});

after(async () => {
  await browser?.close();
  await stopDevServer(server, project);
});

test(
  "a bad save: the last good page stays, with the problem above it and in the terminal; the next save recovers",
  { timeout: 120_000 },
  async () => {
    const file = path.join(project, EVENT);
    const heading = page.getByRole("heading", { level: 1 });
    assert.equal(await heading.textContent(), "al-Qaim crossing opens to humanitarian traffic only");
    const banner = page.getByRole("alert").filter({ hasText: "Content errors" });

    let from = terminal.length;
    writeFileSync(`${file}.swp`, good.replace("date: 2024-12-11", "date: 2024-02-30"));
    renameSync(`${file}.swp`, file);
    await printed(/^Content errors; still serving the last good site/m, from);
    assert.match(terminal.slice(from), /al-qaim-opens-to-humanitarian-traffic\.md:3:7: error: .*\[date-invalid\]/);
    // The open page reloads by itself and shows the problem where the file has it.
    await banner.waitFor({ timeout: 20_000 });
    assert.match(
      (await banner.textContent()) ?? "",
      /events\/2024\/al-qaim-opens-to-humanitarian-traffic\.md:3:7: error: date: 2024-02-30 is not a calendar date \[date-invalid\]/,
    );
    assert.equal(await heading.textContent(), "al-Qaim crossing opens to humanitarian traffic only");
    assert.match((await page.locator("main").textContent()) ?? "", /11 December 2024/, "the last good page");

    // Saving the last good text back changes no page, and is still reported as the fix it is.
    from = terminal.length;
    writeFileSync(file, good);
    await printed(/^Content errors fixed\. No page changed in /m, from);
    await banner.waitFor({ state: "detached", timeout: 20_000 });

    // The file that replaced the original is still watched: an edit inside it shows.
    from = terminal.length;
    writeFileSync(file, good.replace("title: al-Qaim crossing", "title: The al-Qaim crossing"));
    await printed(/^Rendered \d+ pages in /m, from);
    // The open page follows by itself, as it does after every edit.
    await page.waitForFunction(
      `document.querySelector("h1")?.textContent === "The al-Qaim crossing opens to humanitarian traffic only"`,
    );
  },
);

test("a second npm start in the same project stops at once, naming the one serving the folder", async () => {
  const second = spawn(process.execPath, ["--import", TSX, path.join(REPO, "scripts/serve.ts"), "--port", "8394"], {
    cwd: project,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  second.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  // Were it to serve too, it would never end by itself: stop it, and fail.
  second.stdout.on("data", (chunk: Buffer) => {
    if (/^Serving /m.test(chunk.toString())) second.kill("SIGINT");
  });
  const code = await new Promise<number | null>((resolve) => second.on("close", resolve));
  assert.equal(code, 2, stderr);
  assert.match(
    stderr,
    new RegExp(
      `^error: another npm start \\(process ${server.pid} on .+, started [\\dT:.Z-]+\\) is serving \\.dateline/dev-site; use that one, or stop it \\(Ctrl-C\\) and start again`,
    ),
  );
});
