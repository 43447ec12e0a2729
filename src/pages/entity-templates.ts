// The page templates every kind of entity has, made from the table of kinds (src/model/entity-kinds.ts):
// its pages (`/places/<id>/`, and `/places/<id>/page/<n>/` when its events run past one page), its index
// (`/places/`) and its Atom feeds (`/places/<id>/feed.xml`). src/render/templates.ts hands Eleventy the
// three of each kind, so a kind needs no template files of its own.
import { atomFeed } from "../feeds/atom.ts";
import { entityFeed } from "../feeds/feeds.ts";
import { feedPathsFor } from "../feeds/links.ts";
import type { EntityPage } from "../model/entity-index.ts";
import type { Entity, EntityKind } from "../model/types.ts";
import { sitePage, type PageData, type TemplateData } from "../site/page-data.ts";
import { SELECTION_KEY } from "../site/page-selection.ts";
import { outputPath } from "../site/urls.ts";
import { entityIndex } from "../../_includes/entity-index.ts";
import { entityPage } from "../../_includes/entity-page.ts";

/** What an 11ty.js template module exports. */
export interface PageTemplate<D> {
  data: TemplateData<D>;
  render: (data: D) => string;
}

type ChunkData = PageData & { chunk: EntityPage };
type FeedData = PageData & { entity: Entity };

/** One page per entity of the kind, paginated one chunk at a time over pages precomputed once per render. */
export function entityPagesTemplate(kind: EntityKind): PageTemplate<ChunkData> {
  return {
    data: {
      pagination: { data: `${SELECTION_KEY}.entityPages.${kind}`, size: 1, alias: "chunk" },
      permalink: (d) => outputPath(d.dateline.urls.entityPage(kind, d.chunk.entry.entity.id, d.chunk.pageNumber)),
    },
    render: ({ dateline, chunk }) => entityPage(dateline, chunk).toString(),
  };
}

/** Every entity of the kind, A–Z, with its event count. */
export function entityIndexTemplate(kind: EntityKind): PageTemplate<PageData> {
  return {
    data: sitePage("indexes", (d) => outputPath(d.dateline.urls.entityIndex(kind))),
    render: ({ dateline }) => entityIndex(dateline, kind).toString(),
  };
}

/** The Atom feed of each entity's latest events, paginated one entity at a time. */
export function entityFeedTemplate(kind: EntityKind): PageTemplate<FeedData> {
  return {
    data: {
      pagination: { data: `${SELECTION_KEY}.entityFeeds.${kind}`, size: 1, alias: "entity" },
      permalink: (d) => feedPathsFor(d.dateline.urls).entity(kind, d.entity.id),
    },
    render: ({ dateline, entity }) => {
      const entry = dateline.entry(kind, entity.id);
      if (!entry) throw new Error(`no index entry for ${kind} "${entity.id}"`);
      return atomFeed(entityFeed(dateline.model, entry, dateline.messages, dateline));
    },
  };
}
