// The edit loop as an editor lives it with `npm start`: the dev site is built once, then one event file
// is saved again and again with a new title, and each time we time from the save until the event's page,
// and the page of its first place, show the new title; and until the search index is rebuilt behind it.
// Works on a copy of the content, never on the editor's own files.
import { promises as fs } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { listContentFiles } from "../content/files.ts";
import { DevSite } from "../dev/dev-site.ts";
import { settleDisk } from "./measure.ts";
import { median } from "./median.ts";

export interface EditLoopResult {
  /** The first, full build of the dev site. */
  firstBuildMs: number;
  /** From saving the file to its pages being written, per edit. */
  editsMs: number[];
  medianEditMs: number;
  maxEditMs: number;
  /** Pages rendered per edit (median). */
  pagesPerEdit: number;
  /** From saving to the rebuilt search index being in place (median). */
  searchReadyMs: number;
}

export async function measureEditLoop(contentDir: string, workDir: string, edits = 5): Promise<EditLoopResult> {
  const content = path.join(workDir, "content");
  await fs.cp(contentDir, content, { recursive: true });
  let searchDoneAt = 0;
  const site = new DevSite(content, path.join(workDir, "site"), { onSearch: () => (searchDoneAt = performance.now()) });

  const first = await site.update();
  if (!first.ok) throw new Error("the content has errors");
  const firstBuildMs = first.ms;
  await site.searchSettled();
  // An editor saves long after the server started; the first build's writes are on disk by then.
  await settleDisk();

  // An event in the middle of the archive, with a place: the common case of an editor correcting one.
  const { files } = await listContentFiles(content);
  const events = files.filter((f) => f.kind === "event");
  const file = events[Math.floor(events.length / 2)]!;
  const original = await fs.readFile(file.absolutePath, "utf8");
  if (!/^title: .*$/m.test(original)) throw new Error(`${file.file} has no plain title line to edit`);

  const editsMs: number[] = [];
  const pages: number[] = [];
  const searchMs: number[] = [];
  for (let n = 1; n <= edits; n++) {
    const title = `Edited title number ${n}`;
    const saved = performance.now();
    await fs.writeFile(file.absolutePath, original.replace(/^title: .*$/m, `title: ${title}`));
    const update = await site.update();
    const shown = performance.now();
    if (!update.ok || update.full) throw new Error(`edit ${n} did not update in part`);
    await expectTitle(site, file.absolutePath, title);
    editsMs.push(shown - saved);
    pages.push(update.pages);
    await site.searchSettled();
    searchMs.push(searchDoneAt - saved);
  }
  await fs.writeFile(file.absolutePath, original);
  return {
    firstBuildMs,
    editsMs,
    medianEditMs: median(editsMs),
    maxEditMs: Math.max(...editsMs),
    pagesPerEdit: median(pages),
    searchReadyMs: median(searchMs),
  };
}

/** The edit is visible where a reader looks: the event's page and its first place's page. */
async function expectTitle(site: DevSite, file: string, title: string): Promise<void> {
  const event = site.eventOfFile(file);
  if (!event) throw new Error(`no event for ${file}`);
  const pages = [`events/${event.id}/index.html`, ...(event.places[0] ? [`places/${event.places[0]}/index.html`] : [])];
  for (const page of pages) {
    const html = await fs.readFile(path.join(site.outputDir, page), "utf8");
    if (!html.includes(title)) throw new Error(`${page} does not show the edited title`);
  }
}
