// `npm run bench` end to end on a small generated archive, with the peers: bare Eleventy for real and,
// in Hugo's place, a stand-in put first on the PATH that writes one page per event file, so the
// comparison runs the same code whether or not Hugo is installed. No timings are asserted.
import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { spawnCli } from "../run-cli.ts";

/** Answers `hugo version`; given `--source DIR --destination OUT`, writes OUT/events/<id>/index.html per event. */
const STAND_IN = `#!${process.execPath}
const fs = require("node:fs");
const path = require("node:path");
const args = process.argv.slice(2);
if (args[0] === "version") {
  console.log("hugo v0.0.0-stand-in");
  process.exit(0);
}
const value = (flag) => args[args.indexOf(flag) + 1];
for (const file of fs.readdirSync(path.join(value("--source"), "content", "events"))) {
  const page = path.join(value("--destination"), "events", file.replace(/\\.md$/, ""), "index.html");
  fs.mkdirSync(path.dirname(page), { recursive: true });
  fs.writeFileSync(page, '<!doctype html><html lang="en"><title>stand-in</title><article data-pagefind-body>Stand-in page</article></html>\\n');
}
`;

let bin: string;
before(async () => {
  bin = await fs.mkdtemp(path.join(os.tmpdir(), "dateline-bench-bin-"));
  await fs.writeFile(path.join(bin, "hugo"), STAND_IN, { mode: 0o755 });
});
after(async () => {
  if (bin) await fs.rm(bin, { recursive: true, force: true });
});

/** A row of the tools table, split into its cells (they are two or more spaces apart). */
function row(stdout: string, tool: string): string[] {
  const line = stdout.split("\n").find((l) => l.startsWith(`${tool} `));
  assert.ok(line, `no ${tool} row in:\n${stdout}`);
  return line.trim().split(/\s{2,}/);
}

test(
  "npm run bench -- --events 200 --peers --editions --rebuild prints Dateline's pages, a row with ratios for each peer, the editions' cost and the rebuild's",
  { timeout: 300_000 },
  async () => {
    const PATH = `${bin}${path.delimiter}${process.env.PATH ?? ""}`;
    const run = await spawnCli("bench", ["--events", "200", "--peers", "--editions", "--rebuild"], { env: { PATH } });
    assert.equal(run.code, 0, `${run.stderr}\n${run.stdout}`);
    const { stdout } = run;
    // dateline   <wall time>   <CPU time>   <peak memory>   <pages>  (Dateline's own row has no ratio columns)
    const cells = row(stdout, "dateline");
    const shown = cells.join("  ");
    assert.match(cells[1] ?? "", /^\d[\d.]* (ms|s)$/, shown);
    assert.match(cells[2] ?? "", /^\d[\d.]* (ms|s)$/, shown);
    assert.match(cells[3] ?? "", /^\d[\d.]* (B|kB|MB|GB)$/, shown);
    const pages = Number(cells[4]?.replace(/,/g, ""));
    assert.ok(pages > 200, `pages ${cells[4]} in: ${shown}`);
    // eleventy / hugo   <wall time>   <CPU time>   <peak memory>   <pages>   <wall, CPU and memory ratios>
    // Each peer alone, then followed by Pagefind's CLI over its output, as its users get search.
    for (const peer of ["eleventy", "hugo", "eleventy+pagefind", "hugo+pagefind"]) {
      const peerCells = row(stdout, peer);
      assert.equal(peerCells[4], "200", `${peer}: one page per event in ${peerCells.join("  ")}`);
      const ratios = peerCells.slice(5).join(" ");
      assert.match(ratios, /^\d+\.\d\d× \d+\.\d\d× \d+\.\d\d×$/, `${peer}: ratios in ${peerCells.join("  ")}`);
    }
    assert.match(stdout, /; hugo v0\.0\.0-stand-in$/m, "the report names the Hugo it compared with");
    assert.match(stdout, /^load \(read, parse, validate, resolve\)/m);
    assert.match(stdout, /^search: (index|not built)/m);
    // The same events with three more editions: four times the pages, and their time per page beside English's.
    const editions =
      /^editions \(en, ar, ckb, tr\): .* for ([\d,]+) pages: [\d.]+ ms a page, against [\d.]+ ms with English alone \(\d+\.\d\d× the one-edition time per page\)$/m.exec(
        stdout,
      );
    assert.ok(editions, `no editions line in:\n${stdout}`);
    assert.equal(Number(editions[1]!.replace(/,/g, "")), pages * 4, "every page in every edition");
    // A build with the cache after one title edit and after an added event, each against Hugo alone, and
    // checked against a cold build.
    const times = String.raw`[\d.]+ m?s wall, [\d.]+ m?s CPU, [\d.]+ [kMG]?B peak, \d+\.\d\d× Hugo alone`;
    assert.match(
      stdout,
      new RegExp(
        String.raw`^rebuild \(npm run build with the cache, after one title edit\): ${times}; ` +
          String.raw`after one event added on the newest day: ${times}; its site is byte for byte a cold build's$`,
        "m",
      ),
    );
  },
);
