// Old addresses that lead on: every former id of an event or entity (`former_ids:`) keeps its URL as a
// redirect to the current page, in every edition, and the whole list goes into `/_redirects` for hosts
// that redirect by themselves (Netlify, Cloudflare Pages).
import { ENTITY_KINDS, type PerKind } from "../model/entity-kinds.ts";
import type { Timeline } from "../model/timeline.ts";
import type { Edition, Entity } from "../model/types.ts";
import type { Urls } from "./urls.ts";

export interface Redirect {
  /** The old page's URL (`/ar/events/old-id/`) and the current one's. */
  from: string;
  to: string;
  /** What the current page shows as its title, and the language it is written in. */
  title: string;
  lang: string;
}

/** Redirects of one edition, to the pages it publishes (a draft left out of a build is no target). */
export function redirectsOf(data: { timeline: Timeline; entityLists: PerKind<Entity[]>; urls: Urls }): Redirect[] {
  const redirects: Redirect[] = [];
  for (const event of [...data.timeline.events, ...data.timeline.withdrawn]) {
    for (const former of event.formerIds ?? [])
      redirects.push({
        from: data.urls.event(former),
        to: data.urls.event(event.id),
        title: event.title,
        lang: event.lang,
      });
  }
  for (const kind of ENTITY_KINDS) {
    for (const entity of data.entityLists[kind]) {
      for (const former of entity.formerIds ?? [])
        redirects.push({
          from: data.urls.entity(kind, former),
          to: data.urls.entity(kind, entity.id),
          title: entity.name,
          lang: entity.lang,
        });
    }
  }
  return redirects.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/**
 * `/_redirects`: a line `from to 301` per old address in every edition, from the default edition's
 * redirects (`redirects`, at the root) with each edition's prefix: the ids are the same in every language.
 */
export function redirectsFile(redirects: readonly Redirect[], editions: readonly Edition[]): string {
  const lines = editions.flatMap(({ prefix }) =>
    redirects.map(({ from, to }) => `${prefix}${from} ${prefix}${to} 301`),
  );
  return lines.length ? `${lines.join("\n")}\n` : "";
}
