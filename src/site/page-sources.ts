// Which content file each event page is made from, at its address in every edition: what the manifest
// of published addresses (src/publish/manifest.ts) records, to name the file when a page would vanish.
// Paths are from the content folder (`events/2024/<id>.md`), so a site reads the same wherever it is built.
import path from "node:path";
import type { Timeline } from "../model/timeline.ts";
import type { Edition } from "../model/types.ts";
import { urlsFor } from "./urls.ts";

/** The pages of draft events, in every edition: shown by a preview build, never published for good. */
export function draftPages(timeline: Pick<Timeline, "events">, editions: readonly Edition[]): Set<string> {
  const drafts = timeline.events.filter((event) => event.draft);
  return new Set(editions.flatMap(({ prefix }) => drafts.map((event) => urlsFor(prefix).event(event.id))));
}

export function eventPageSources(
  timeline: Pick<Timeline, "events" | "withdrawn">,
  editions: readonly Edition[],
  contentDir: string,
): Map<string, string> {
  const root = path.resolve(contentDir);
  const events = [...timeline.events, ...timeline.withdrawn].map((event) => ({
    id: event.id,
    file: path.relative(root, path.resolve(event.file)).split(path.sep).join("/"),
  }));
  const sources = new Map<string, string>();
  for (const { prefix } of editions) {
    const urls = urlsFor(prefix);
    for (const { id, file } of events) sources.set(urls.event(id), file);
  }
  return sources;
}
