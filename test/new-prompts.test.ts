// `npm run new` asking in a terminal: each answer checked as it is given, names and aliases resolved to
// their entity's name, a near miss offered its closest name, and what is written is a file check accepts.
import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { after, before, describe, test } from "node:test";
import { askNewEvent } from "../scripts/new-prompts.ts";
import { entityNames } from "../src/content/entity-names.ts";
import { loadContent } from "../src/content/load.ts";
import { writeNewEvent } from "../src/content/new-event.ts";

let tmp: string;
describe("npm run new, asking in a terminal", () => {
  before(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), "dateline-new-prompts-"));
  });
  after(async () => {
    if (tmp) await fs.rm(tmp, { recursive: true, force: true });
  });

  /** Answers the questions with `answers`, one line each, and returns what was asked and the values. */
  async function converse(answers: string[]) {
    const input = new PassThrough();
    const output = new PassThrough();
    let shown = "";
    output.on("data", (chunk: Buffer) => (shown += chunk.toString("utf8")));
    const names = await entityNames("content");
    const asked = askNewEvent({ input, output, terminal: false }, names);
    for (const answer of answers) input.write(`${answer}\n`);
    input.end();
    return { values: await asked, shown };
  }

  test("names and aliases, in any script, from the entity files and their translations", async () => {
    const names = await entityNames("content");
    const pmf = names.actor.find((entity) => entity.name === "Popular Mobilization Forces");
    assert.ok(pmf, "the actor file's name");
    assert.ok(pmf.aliases.includes("Hashd al-Shaabi") && pmf.aliases.includes("الحشد الشعبي"), pmf.aliases.join(", "));
    assert.ok(names.place.length >= 5 && names.figure.length >= 1);
  });

  test("asks again for a date it cannot read, resolves an alias, and offers the closest name for a typo", async () => {
    const { values, shown } = await converse([
      "Crossing reopens to trucks",
      "19 December 2024",
      "2024-12",
      "al-Qiam",
      "y",
      "hashd al-shaabi, Somebody New",
      "",
      "trade",
    ]);
    assert.match(shown, /date: .*19 December 2024/, "the reason the date was refused");
    assert.match(shown, /"al-Qiam" is not a known name\. Did you mean "al-Qaim"\?/);
    assert.match(shown, /"Somebody New" is not a known name: it gets a page of its own/);
    assert.deepEqual(values, {
      title: "Crossing reopens to trucks",
      date: "2024-12",
      location: ["al-Qaim"],
      actors: ["Popular Mobilization Forces", "Somebody New"],
      figures: [],
      tags: ["trade"],
    });
  });

  test("the file written from the answers is one check accepts, naming the entities as their files do", async () => {
    const content = path.join(tmp, "content");
    await fs.cp("content", content, { recursive: true });
    const { values } = await converse(["Trucks cross again", "2024-12-21", "al-qaim", "PMF", "", ""]);
    assert.ok(values);
    const written = await writeNewEvent(content, values);
    assert.ok(written.ok);
    const text = await fs.readFile(written.file, "utf8");
    assert.match(text, /^location:\n {2}- al-Qaim$/m);
    assert.match(text, /^actors:\n {2}- Popular Mobilization Forces$/m);
    const { diagnostics } = await loadContent(content);
    assert.deepEqual(
      diagnostics.filter((d) => d.severity === "error"),
      [],
    );
  });

  test("ending the input (Ctrl-D) writes nothing", async () => {
    const { values } = await converse(["A title only"]);
    assert.equal(values, undefined);
  });
});
