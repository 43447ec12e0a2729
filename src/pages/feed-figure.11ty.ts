// /figures/<id>/feed.xml — Atom feed of one figure's latest events, paginated one figure at a time.
import { atomFeed } from "../feeds/atom.ts";
import { entityFeed } from "../feeds/feeds.ts";
import { feedPaths } from "../feeds/links.ts";
import type { Entity } from "../model/types.ts";
import type { PageData, TemplateData } from "../site/page-data.ts";

type Data = PageData & { entity: Entity };

export const data: TemplateData<Data> = {
  pagination: { data: "selection.entityFeeds.figure", size: 1, alias: "entity" },
  permalink: (d) => feedPaths.entity("figure", d.entity.id),
};

export function render({ dateline, entity }: Data): string {
  const entry = dateline.entry("figure", entity.id);
  if (!entry) throw new Error(`no index entry for figure "${entity.id}"`);
  return atomFeed(entityFeed(dateline.model, entry));
}
