// Every page template, for Eleventy as virtual templates (eleventy.config.ts). Eleventy imports a file
// template of the 11ty.js language afresh on every run, never from its cache; through tsx's loader that
// cost about 140 ms per run, most of rendering the two dozen pages an edit touches in the dev server.
// Imported here once, the modules are handed to every run. A test checks that each file in src/pages
// is listed, so a new template cannot be left out.
import * as actor from "../pages/actor.11ty.ts";
import * as actors from "../pages/actors.11ty.ts";
import * as event from "../pages/event.11ty.ts";
import * as feed from "../pages/feed.11ty.ts";
import * as feedActor from "../pages/feed-actor.11ty.ts";
import * as feedFigure from "../pages/feed-figure.11ty.ts";
import * as feedJson from "../pages/feed-json.11ty.ts";
import * as feedPlace from "../pages/feed-place.11ty.ts";
import * as figure from "../pages/figure.11ty.ts";
import * as figures from "../pages/figures.11ty.ts";
import * as home from "../pages/home.11ty.ts";
import * as notFound from "../pages/not-found.11ty.ts";
import * as place from "../pages/place.11ty.ts";
import * as places from "../pages/places.11ty.ts";
import * as search from "../pages/search.11ty.ts";
import * as searchScript from "../pages/search-script.11ty.ts";
import * as stylesheet from "../pages/stylesheet.11ty.ts";
import * as timeline from "../pages/timeline.11ty.ts";
import * as timelineYear from "../pages/timeline-year.11ty.ts";

/** Virtual path (relative to src/pages, in the 11ty.js language) and module of each page template. */
export const PAGE_TEMPLATES: ReadonlyArray<readonly [string, object]> = [
  ["actor.11ty.js", actor],
  ["actors.11ty.js", actors],
  ["event.11ty.js", event],
  ["feed.11ty.js", feed],
  ["feed-actor.11ty.js", feedActor],
  ["feed-figure.11ty.js", feedFigure],
  ["feed-json.11ty.js", feedJson],
  ["feed-place.11ty.js", feedPlace],
  ["figure.11ty.js", figure],
  ["figures.11ty.js", figures],
  ["home.11ty.js", home],
  ["not-found.11ty.js", notFound],
  ["place.11ty.js", place],
  ["places.11ty.js", places],
  ["search.11ty.js", search],
  ["search-script.11ty.js", searchScript],
  ["stylesheet.11ty.js", stylesheet],
  ["timeline.11ty.js", timeline],
  ["timeline-year.11ty.js", timelineYear],
];
