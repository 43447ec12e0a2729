// /places/<id>/feed.xml — Atom feed of one place's latest events, paginated one place at a time.
import { atomFeed } from "../feeds/atom.ts";
import { entityFeed } from "../feeds/feeds.ts";
import { feedPaths } from "../feeds/links.ts";
import type { Entity } from "../model/types.ts";
import type { PageData, TemplateData } from "../site/page-data.ts";

type Data = PageData & { entity: Entity };

export const data: TemplateData<Data> = {
  pagination: { data: "selection.entityFeeds.place", size: 1, alias: "entity" },
  permalink: (d) => feedPaths.entity("place", d.entity.id),
};

export function render({ dateline, entity }: Data): string {
  const entry = dateline.entry("place", entity.id);
  if (!entry) throw new Error(`no index entry for place "${entity.id}"`);
  return atomFeed(entityFeed(dateline.model, entry));
}
