// The page templates every kind of entity has, made from the table of kinds (src/model/entity-kinds.ts):
// its pages (`/places/<id>/`, and `/places/<id>/page/<n>/` when its events run past one page), its index
// (`/places/`), its Atom feeds (`/places/<id>/feed.xml`) and its embeds (`/embed/places/<id>/`, with their
// oEmbed JSON). src/render/templates.ts hands Eleventy those of each kind, so a kind needs no files of its own.
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
import { langAttr } from "../../_includes/content-language.ts";
import { embedPage } from "../../_includes/embed-page.ts";
import { html } from "../markup/html.ts";
import { entityEmbed, oembedJson } from "../site/embed-code.ts";

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

/** The embed of each entity's latest events (`/embed/places/<id>/`), rendered with its feed: both list them. */
export function entityEmbedTemplate(kind: EntityKind): PageTemplate<FeedData> {
  return {
    data: {
      pagination: { data: `${SELECTION_KEY}.entityFeeds.${kind}`, size: 1, alias: "entity" },
      permalink: (d) => outputPath(d.dateline.urls.entityEmbed(kind, d.entity.id)),
    },
    render: ({ dateline, entity }) => {
      const entry = dateline.entry(kind, entity.id);
      if (!entry) throw new Error(`no index entry for ${kind} "${entity.id}"`);
      const name = html`<span dir="auto"${langAttr(dateline, entity.lang)}>${entity.name}</span>`;
      return embedPage(dateline, {
        heading: dateline.messages.html("embed.heading.entity", { name }),
        label: dateline.messages.t("embed.heading.entity", { name: entity.name }),
        fullPage: dateline.urls.entity(kind, entity.id),
        events: entry.events.map(({ event }) => event),
        path: dateline.urls.entityEmbed(kind, entity.id),
      });
    },
  };
}

/** Each entity embed's oEmbed description, beside it. */
export function entityOembedTemplate(kind: EntityKind): PageTemplate<FeedData> {
  return {
    data: {
      pagination: { data: `${SELECTION_KEY}.entityFeeds.${kind}`, size: 1, alias: "entity" },
      permalink: (d) => d.dateline.urls.oembed(d.dateline.urls.entityEmbed(kind, d.entity.id)),
    },
    render: ({ dateline, entity }) => oembedJson(dateline.site, entityEmbed(dateline, entity)),
  };
}
