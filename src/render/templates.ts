// Every page template, for Eleventy as virtual templates (src/render/eleventy-setup.ts). Eleventy imports a file
// template of the 11ty.js language afresh on every run, never from its cache; through tsx's loader that
// cost about 140 ms per run, most of rendering the two dozen pages an edit touches in the dev server.
// Imported here once, the modules are handed to every run, with the three templates of each kind of
// entity made from the table of kinds (src/pages/entity-templates.ts). A test checks that each file in
// src/pages is listed, so a new template cannot be left out.
import { ENTITY_KIND, ENTITY_KINDS } from "../model/entity-kinds.ts";
import {
  entityEmbedTemplate,
  entityFeedTemplate,
  entityIndexTemplate,
  entityOembedTemplate,
} from "../pages/entity-templates.ts";
import { entityPagesTemplate } from "../pages/entity-templates.ts";
import * as embed from "../pages/embed.11ty.ts";
import * as embedOembed from "../pages/embed-oembed.11ty.ts";
import * as embedPageScript from "../pages/embed-page-script.11ty.ts";
import * as embedScript from "../pages/embed-script.11ty.ts";
import * as embedStylesheet from "../pages/embed-stylesheet.11ty.ts";
import * as corrections from "../pages/corrections.11ty.ts";
import * as correctionsFeed from "../pages/corrections-feed.11ty.ts";
import * as event from "../pages/event.11ty.ts";
import * as feed from "../pages/feed.11ty.ts";
import * as feedJson from "../pages/feed-json.11ty.ts";
import * as home from "../pages/home.11ty.ts";
import * as notFound from "../pages/not-found.11ty.ts";
import * as redirect from "../pages/redirect.11ty.ts";
import * as redirectsFile from "../pages/redirects-file.11ty.ts";
import * as search from "../pages/search.11ty.ts";
import * as searchScript from "../pages/search-script.11ty.ts";
import * as stylesheet from "../pages/stylesheet.11ty.ts";
import * as timeline from "../pages/timeline.11ty.ts";
import * as timelineYear from "../pages/timeline-year.11ty.ts";
import * as withdrawn from "../pages/withdrawn.11ty.ts";

/** Virtual path (relative to src/pages, in the 11ty.js language) and module of each page template. */
export const PAGE_TEMPLATES: ReadonlyArray<readonly [string, object]> = [
  ["corrections.11ty.js", corrections],
  ["corrections-feed.11ty.js", correctionsFeed],
  ["embed.11ty.js", embed],
  ["embed-oembed.11ty.js", embedOembed],
  ["embed-page-script.11ty.js", embedPageScript],
  ["embed-script.11ty.js", embedScript],
  ["embed-stylesheet.11ty.js", embedStylesheet],
  ["event.11ty.js", event],
  ["feed.11ty.js", feed],
  ["feed-json.11ty.js", feedJson],
  ["home.11ty.js", home],
  ["not-found.11ty.js", notFound],
  ["redirect.11ty.js", redirect],
  ["redirects-file.11ty.js", redirectsFile],
  ["search.11ty.js", search],
  ["search-script.11ty.js", searchScript],
  ["stylesheet.11ty.js", stylesheet],
  ["timeline.11ty.js", timeline],
  ["timeline-year.11ty.js", timelineYear],
  ["withdrawn.11ty.js", withdrawn],
  // `place.11ty.js`, `places.11ty.js`, `feed-place.11ty.js` …: no files of their own.
  ...ENTITY_KINDS.flatMap((kind) => [
    [`${kind}.11ty.js`, entityPagesTemplate(kind)] as const,
    [`${ENTITY_KIND[kind].urlSegment}.11ty.js`, entityIndexTemplate(kind)] as const,
    [`feed-${kind}.11ty.js`, entityFeedTemplate(kind)] as const,
    [`embed-${kind}.11ty.js`, entityEmbedTemplate(kind)] as const,
    [`oembed-${kind}.11ty.js`, entityOembedTemplate(kind)] as const,
  ]),
];
