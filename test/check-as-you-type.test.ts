// Editors see a content file's problems while they type: the remark plugin reports what `npm run check`
// reports for the file, and remark's language server (scripts/editor-server.ts, reading .remarkrc.mjs as
// VS Code's remark extension does) publishes them to the editor at their line and column.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath, pathToFileURL } from "node:url";
import { remark } from "remark";
import remarkFrontmatter from "remark-frontmatter";
import { checkAsYouType } from "../src/editing/check-as-you-type.ts";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const EVENT = path.join(REPO, "content/events/2024/al-qaim-opens-to-humanitarian-traffic.md");
const ORIGINAL = readFileSync(EVENT, "utf8");
const TYPO = ORIGINAL.replace("\ntags:", "\ntgas:");

async function problems(file: string, value: string) {
  const checked = await remark().use(remarkFrontmatter).use(checkAsYouType).process({ path: file, value });
  return checked.messages.map((m) => ({
    line: m.line,
    column: m.column,
    rule: m.ruleId,
    fatal: m.fatal,
    reason: m.reason,
  }));
}

test("the plugin reports a misspelt key where it stands, with the key meant, as check does; a clean file gets nothing", async () => {
  assert.deepEqual(await problems(EVENT, ORIGINAL), []);
  assert.deepEqual(await problems(EVENT, TYPO), [
    { line: 8, column: 1, rule: "key-unknown", fatal: true, reason: 'unknown field "tgas"; did you mean "tags"?' },
  ]);
});

test("the plugin knows a translation from its name, and leaves files outside a content folder alone", async () => {
  const arabic = EVENT.replace(/\.md$/, ".ar.md");
  const withDate = readFileSync(arabic, "utf8").replace("\nsummary:", "\ndate: 2024-12-11\nsummary:");
  const [found, ...rest] = await problems(arabic, withDate);
  assert.deepEqual(rest, []);
  assert.deepEqual([found?.line, found?.column, found?.rule], [3, 1, "translation-field"]);
  assert.deepEqual(await problems(path.join(REPO, "README.md"), "---\ntgas: x\n---\n# Not content\n"), []);
});

/** A minimal language client: Content-Length framed JSON-RPC over the server's stdio. */
function languageClient() {
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/editor-server.ts", "--stdio"], {
    cwd: REPO,
    stdio: ["pipe", "pipe", "inherit"],
  });
  let buffered = Buffer.alloc(0);
  const waiting: { match: (message: Record<string, unknown>) => boolean; resolve: (m: unknown) => void }[] = [];
  server.stdout.on("data", (chunk: Buffer) => {
    buffered = Buffer.concat([buffered, chunk]);
    for (;;) {
      const header = buffered.indexOf("\r\n\r\n");
      if (header < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffered.subarray(0, header).toString())?.[1]);
      if (buffered.length < header + 4 + length) return;
      const message = JSON.parse(buffered.subarray(header + 4, header + 4 + length).toString("utf8")) as Record<
        string,
        unknown
      >;
      buffered = buffered.subarray(header + 4 + length);
      // Requests from the server (configuration, capability registration) get an empty answer.
      if (message.id !== undefined && message.method) send({ jsonrpc: "2.0", id: message.id, result: null });
      const index = waiting.findIndex((w) => w.match(message));
      if (index >= 0) waiting.splice(index, 1)[0]!.resolve(message);
    }
  });
  const send = (message: object) => {
    const body = Buffer.from(JSON.stringify(message), "utf8");
    server.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]));
  };
  const next = <T>(match: (message: Record<string, unknown>) => boolean) =>
    new Promise<T>((resolve) => waiting.push({ match, resolve: resolve as (m: unknown) => void }));
  return { server, send, next };
}

interface Published {
  params: {
    uri: string;
    diagnostics: {
      range: { start: { line: number; character: number } };
      severity: number;
      code: string;
      source: string;
      message: string;
    }[];
  };
}

test(
  "remark's language server underlines a misspelt key in an unsaved edit, and clears it once corrected",
  { timeout: 60_000 },
  async () => {
    const { server, send, next } = languageClient();
    try {
      const uri = pathToFileURL(EVENT).href;
      const published = () => next<Published>((m) => m.method === "textDocument/publishDiagnostics");
      send({
        jsonrpc: "2.0",
        id: 1,
        method: "initialize",
        params: { processId: process.pid, rootUri: pathToFileURL(REPO).href, capabilities: {} },
      });
      await next((m) => m.id === 1);
      send({ jsonrpc: "2.0", method: "initialized", params: {} });

      let diagnostics = published();
      send({
        jsonrpc: "2.0",
        method: "textDocument/didOpen",
        params: { textDocument: { uri, languageId: "markdown", version: 1, text: ORIGINAL } },
      });
      assert.deepEqual((await diagnostics).params.diagnostics, []);

      diagnostics = published();
      send({
        jsonrpc: "2.0",
        method: "textDocument/didChange",
        params: { textDocument: { uri, version: 2 }, contentChanges: [{ text: TYPO }] },
      });
      const [shown, ...more] = (await diagnostics).params.diagnostics;
      assert.deepEqual(more, []);
      // Zero-based in the protocol: line 8, column 1 of the file.
      assert.deepEqual(shown?.range.start, { line: 7, character: 0 });
      assert.deepEqual([shown?.severity, shown?.code, shown?.source], [1, "key-unknown", "dateline"]);
      assert.match(shown?.message ?? "", /did you mean "tags"/);

      diagnostics = published();
      send({
        jsonrpc: "2.0",
        method: "textDocument/didChange",
        params: { textDocument: { uri, version: 3 }, contentChanges: [{ text: ORIGINAL }] },
      });
      assert.deepEqual((await diagnostics).params.diagnostics, []);
    } finally {
      server.kill();
    }
  },
);
