// Shared by the suites that read pages rendered from a model built in the test: the model is rendered
// into a temporary folder before the suite's tests (as a normal build would, drafts left out) and the
// folder is removed after them.
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before } from "node:test";
import { buildTimeline } from "../src/model/timeline.ts";
import type { Model } from "../src/model/types.ts";
import { renderSite } from "../src/render/render.ts";

export interface RenderedSite {
  /** The output folder; set once the suite's `before` hooks ran. */
  dir: string;
  /** A rendered file's text, by its path in the site (`places/anbar/index.html`). */
  page: (file: string) => Promise<string>;
  exists: (file: string) => Promise<boolean>;
}

/** Call inside a `describe`: registers the hooks that render `makeModel()` for that suite. */
export function renderedSite(name: string, makeModel: () => Model): RenderedSite {
  const site: RenderedSite = {
    dir: "",
    page: (file) => readFile(path.join(site.dir, file), "utf8"),
    exists: (file) =>
      stat(path.join(site.dir, file)).then(
        () => true,
        () => false,
      ),
  };
  before(async () => {
    site.dir = await mkdtemp(path.join(tmpdir(), `dateline-${name}-`));
    const model = makeModel();
    await renderSite({ model, timeline: buildTimeline(model, { drafts: false }), drafts: false }, site.dir);
  });
  after(async () => {
    if (site.dir) await rm(site.dir, { recursive: true, force: true });
  });
  return site;
}
