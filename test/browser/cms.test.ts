// The web editor at /admin/ as `npm start` serves it: Sveltia CMS with the configuration Dateline makes from
// its schemas, working on the project's folder ("Work with Local Repository"). In a browser that folder comes
// from the operating system's folder picker, which no test can drive; here the picker hands Sveltia a
// folder in the browser's own private file system (OPFS) holding a copy of the project, and the test copies
// what Sveltia saved there back to the project on disk, as the real picker's folder would have it.
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { parse } from "yaml";
import { runCli } from "../run-cli.ts";
import { stopDevServer } from "../stop-dev-server.ts";
import { launchChromium } from "./browser.ts";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const TSX = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

interface ProjectFile {
  path: string;
  text: string;
}

/** Every file under `dir`, with its path from `root`. */
function filesUnder(root: string, dir: string): ProjectFile[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const relative = `${dir}/${name}`;
    return statSync(path.join(root, relative)).isDirectory()
      ? filesUnder(root, relative)
      : [{ path: relative, text: readFileSync(path.join(root, relative), "utf8") }];
  });
}

/** Starts `npm start` in the project folder; resolves with the editor's address once it is served. */
function startDevServer(project: string): Promise<{ server: ChildProcess; editor: string }> {
  const server = spawn(process.execPath, ["--import", TSX, path.join(REPO, "scripts/serve.ts"), "--port", "8391"], {
    cwd: project,
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    server.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const editor = /Editor: (\S+)/.exec(output)?.[1];
      if (editor) resolve({ server, editor });
    });
    server.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    server.on("exit", (code) => reject(new Error(`npm start stopped (${code}):\n${output}`)));
  });
}

/** The files of the project as the browser's private file system holds them after the editor saved. */
async function savedFiles(page: Page): Promise<ProjectFile[]> {
  return page.evaluate(async () => {
    const found: ProjectFile[] = [];
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle("project");
    const stack: [FileSystemDirectoryHandle, string][] = [[root, ""]];
    while (stack.length > 0) {
      const [dir, prefix] = stack.pop()!;
      for await (const [name, handle] of (
        dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }
      ).entries()) {
        if (handle.kind === "directory") stack.push([handle as FileSystemDirectoryHandle, `${prefix}${name}/`]);
        else
          found.push({
            path: `${prefix}${name}`,
            text: await (await (handle as FileSystemFileHandle).getFile()).text(),
          });
      }
    }
    return found;
  });
}

function frontMatter(text: string): { fields: Record<string, unknown>; body: string } {
  const [, front = "", body = ""] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  return { fields: parse(front) as Record<string, unknown>, body };
}

describe("the web editor at /admin/ (npm start, Sveltia CMS on the project's folder)", () => {
  let project: string;
  let server: ChildProcess;
  let editor: string;
  let browser: Browser;
  let page: Page;
  const fromOtherHosts: string[] = [];

  before(async () => {
    project = mkdtempSync(path.join(tmpdir(), "dateline-cms-"));
    cpSync(path.join(REPO, "content"), path.join(project, "content"), { recursive: true });
    ({ server, editor } = await startDevServer(project));
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // The folder picker's stand-in: the project's copy in the browser's private file system.
    // (A string: a function would be compiled by tsx, which names it with a helper the page lacks.)
    await context.addInitScript(`window.showDirectoryPicker = async () =>
      (await navigator.storage.getDirectory()).getDirectoryHandle("project", { create: true });`);
    page = await context.newPage();
    // A request to another host may be made (Sveltia asks a CDN for fonts); the page's policy refuses it, so
    // no answer from one may ever arrive.
    page.on("response", (response) => {
      if (!response.url().startsWith(new URL(editor).origin) && !/^(data|blob):/.test(response.url()))
        fromOtherHosts.push(response.url());
    });
    await page.goto(editor);
    const files = [...filesUnder(project, "content"), { path: ".git/HEAD", text: "ref: refs/heads/main\n" }];
    await page.evaluate(async (files: ProjectFile[]) => {
      const root = await (await navigator.storage.getDirectory()).getDirectoryHandle("project", { create: true });
      for (const file of files) {
        const parts = file.path.split("/");
        let dir = root;
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(file.text);
        await writable.close();
      }
    }, files);
    await page.getByRole("button", { name: "Work with Local Repository" }).click();
    await page.getByRole("row", { name: /Iraq sends nearly 2,000 Syrian soldiers home/ }).waitFor();
  });

  after(async () => {
    await browser?.close();
    await stopDevServer(server, project);
  });

  /** Opens a relation field's list, types into its filter and picks the one option left. */
  async function pick(field: string, typed: string, expected: string): Promise<void> {
    await page.getByRole("combobox", { name: field }).click();
    // Opening the list puts the keyboard in its filter.
    await page.waitForFunction(() => document.activeElement?.getAttribute("aria-label") === "Filter Options");
    await page.keyboard.type(typed);
    const listId = await page.evaluate(() => document.activeElement?.getAttribute("aria-controls"));
    const list = page.locator(`[id="${listId}"]`);
    const option = list.getByRole("option", { name: expected, exact: true });
    await option.waitFor();
    assert.equal(
      await list.locator('[role="option"]:visible').count(),
      1,
      `typing "${typed}" leaves ${expected} alone`,
    );
    await option.click();
  }

  /** Waits until the editor has saved `file` (path from the project) and returns its text. */
  async function waitForSaved(file: string, unlike?: string): Promise<string> {
    for (let tries = 0; tries < 100; tries++) {
      const saved = (await savedFiles(page)).find((f) => f.path === file);
      if (saved && saved.text !== unlike) return saved.text;
      await page.waitForTimeout(100);
    }
    throw new Error(`the editor did not save ${file}`);
  }

  it("creates an event with a month's date, a place and an actor picked by an alias; check accepts it and the build links them", async () => {
    await page.goto(`${editor}#/collections/events/new`);
    await page.getByRole("textbox", { name: "Title" }).fill("Iraq reopens al-Qaim to trade");
    await page.getByRole("textbox", { name: "Date", exact: true }).fill("2025-03");
    await pick("Places", "Husaybah", "al-Qaim border crossing");
    await pick("Actors", "Hashd", "Popular Mobilization Forces");
    await page.getByRole("button", { name: "Save" }).click();

    const file = "content/events/2025/iraq-reopens-al-qaim-to-trade.md";
    const text = await waitForSaved(file);
    const before = new Set(filesUnder(project, "content").map((f) => f.path));
    const added = (await savedFiles(page)).filter((f) => f.path.startsWith("content/") && !before.has(f.path));
    assert.deepEqual(
      added.map((f) => f.path),
      [file],
      "one file, and no empty translation beside it",
    );
    const { fields } = frontMatter(text);
    assert.equal(fields.title, "Iraq reopens al-Qaim to trade");
    assert.equal(String(fields.date), "2025-03");
    assert.deepEqual(fields.location, ["al-qaim-border-crossing"]);
    assert.deepEqual(fields.actors, ["popular-mobilization-forces"]);

    mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
    writeFileSync(path.join(project, file), text);
    const checked = await runCli("check", ["--content", path.join(project, "content")]);
    assert.equal(checked.code, 0, checked.stdout + checked.stderr);
    const output = path.join(project, "_site");
    const built = await runCli("build", [
      "--content",
      path.join(project, "content"),
      "--output",
      output,
      "--no-cache",
      "--quiet",
    ]);
    assert.equal(built.code, 0, built.stderr);
    const eventPage = readFileSync(path.join(output, "events/iraq-reopens-al-qaim-to-trade/index.html"), "utf8");
    assert.match(eventPage, /href="\/places\/al-qaim-border-crossing\/"/);
    assert.match(eventPage, /href="\/actors\/popular-mobilization-forces\/"/);
    assert.match(eventPage, /March 2025/);
  });

  it("edits an existing event's title: every other value and the body stay; the front matter is written in the form's order", async () => {
    const file = "content/events/2024/syrian-soldiers-return-through-al-qaim.md";
    const original = readFileSync(path.join(project, file), "utf8");
    await page.goto(`${editor}#/collections/events`);
    await page.getByRole("row", { name: /Iraq sends nearly 2,000 Syrian soldiers home/ }).click();
    // The Arabic translation beside the original, typed right to left.
    await page
      .getByRole("row", { name: /Iraq sends nearly 2,000 Syrian soldiers home/ })
      .waitFor({ state: "detached" });
    await page.getByText("Arabic", { exact: true }).last().click();
    const arabicTitle = page.locator('input[lang="ar"]').first();
    assert.equal(await arabicTitle.getAttribute("dir"), "rtl");
    assert.equal(
      await arabicTitle.inputValue(),
      frontMatter(readFileSync(path.join(project, file.replace(/\.md$/, ".ar.md")), "utf8")).fields.title,
    );
    const title = page.locator('input[lang="en"]').first();
    await title.fill("Iraq returns nearly 2,000 Syrian soldiers through al-Qaim");
    await page.getByRole("button", { name: "Save" }).click();

    const saved = frontMatter(await waitForSaved(file, original));
    const was = frontMatter(original);
    // What the README says the editor rewrites: the keys in the form's order (the schema's), the two
    // switches written out as false (what leaving them out means), and a blank line before the body.
    assert.deepEqual(saved.fields, {
      ...was.fields,
      title: "Iraq returns nearly 2,000 Syrian soldiers through al-Qaim",
      circa: false,
      draft: false,
    });
    assert.deepEqual(Object.keys(saved.fields), [
      "title",
      "date",
      "circa",
      "location",
      "actors",
      "counts",
      "tags",
      "summary",
      "sources",
      "draft",
    ]);
    assert.equal(saved.body, `\n${was.body}`);
    assert.deepEqual(fromOtherHosts, [], "nothing is loaded from another host");
  });

  it("translates a correction beside the English, its date copied; one added in English waits untranslated; check accepts both files", async () => {
    const file = "content/events/2024/iraq-closes-al-qaim-crossing.md";
    const arabicFile = file.replace(/\.md$/, ".ar.md");
    const englishBefore = readFileSync(path.join(project, file), "utf8");
    const arabicBefore = readFileSync(path.join(project, arabicFile), "utf8");
    const first = (frontMatter(englishBefore).fields.corrections as { text: string }[])[0]!.text;
    const retranslated = "ذكرت نسخة سابقة أن المنفذ أغلق في 8 كانون الأول، ولا تذكر روداو اليوم.";
    const newer = "An earlier version named the wrong district; the crossing links al-Qaim district with Abu Kamal.";
    await page.goto(`${editor}#/collections/events`);
    const row = page.getByRole("row", { name: /Iraq shuts the al-Qaim crossing with Syria/ });
    await row.click();
    await row.waitFor({ state: "detached" });
    await page.getByText("Arabic", { exact: true }).last().click();
    const field = (label: string, lang: string) =>
      page.getByLabel(label, { exact: true }).and(page.locator(`[lang="${lang}"]`));
    // The Arabic pane: the correction's date is the original's, not editable there; its text is typed in Arabic.
    assert.equal(await field("Corrected on", "ar").getAttribute("readonly"), "");
    await field("What was corrected", "ar").fill(retranslated);
    // The English pane: a newer correction, added at the end.
    await field("Title", "en").hover();
    for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 600);
    await page
      .getByRole("button", { name: /Add\W*Corrections/ })
      .first()
      .click();
    await field("Corrected on", "en").last().fill("2025-01-05");
    await field("What was corrected", "en").last().fill(newer);
    await page.getByRole("button", { name: "Save" }).click();

    const english = await waitForSaved(file, englishBefore);
    const arabic = await waitForSaved(arabicFile, arabicBefore);
    const corrections = (text: string) =>
      (frontMatter(text).fields.corrections as Record<string, unknown>[]).map((c) =>
        Object.entries(c).map(([key, value]) => `${key}: ${String(value)}`),
      );
    assert.deepEqual(corrections(english), [
      ["date: 2024-12-23", `text: ${first}`],
      ["date: 2025-01-05", `text: ${newer}`],
    ]);
    // What Sveltia writes into the translation: the dates copied, the text typed, the newer one without text
    // (shown in English on the Arabic page until it is translated).
    assert.deepEqual(corrections(arabic), [["date: 2024-12-23", `text: ${retranslated}`], ["date: 2025-01-05"]]);
    writeFileSync(path.join(project, file), english);
    writeFileSync(path.join(project, arabicFile), arabic);
    const checked = await runCli("check", ["--content", path.join(project, "content")]);
    assert.equal(checked.code, 0, checked.stdout + checked.stderr);
  });
});
