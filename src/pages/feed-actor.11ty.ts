// /actors/<id>/feed.xml — Atom feed of one actor's latest events, paginated one actor at a time.
import { atomFeed } from "../feeds/atom.ts";
import { entityFeed } from "../feeds/feeds.ts";
import { feedPaths } from "../feeds/links.ts";
import type { Entity } from "../model/types.ts";
import type { PageData, TemplateData } from "../site/page-data.ts";

type Data = PageData & { entity: Entity };

export const data: TemplateData<Data> = {
  pagination: { data: "selection.entityFeeds.actor", size: 1, alias: "entity" },
  permalink: (d) => feedPaths.entity("actor", d.entity.id),
};

export function render({ dateline, entity }: Data): string {
  const entry = dateline.entry("actor", entity.id);
  if (!entry) throw new Error(`no index entry for actor "${entity.id}"`);
  return atomFeed(entityFeed(dateline.model, entry));
}
