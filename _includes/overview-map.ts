// The home page's map of where events happened: a circle at each place, its area proportional to the
// events there, fitted to those places. Each event counts where it can be located (its place, or the
// nearest enclosing place with coordinates), never again at the places enclosing it, so no region is
// counted twice. Only the OVERVIEW_CAP most active places are drawn, which keeps a page of a
// many-thousand-place archive light; the names that fit are links, and a list under the map links
// every place drawn.
import { countryName } from "../src/site/map/country-names.ts";
import { html, type SafeHtml } from "../src/markup/html.ts";
import { baseMap } from "../src/site/map/base-map.ts";
import { mapFigure, type Dot } from "../src/site/map/figure.ts";
import { fitFrame, inFrame, toFrame } from "../src/site/map/frame.ts";
import { placeLabels, type LabelRequest } from "../src/site/map/labels.ts";
import { placePoints } from "../src/site/map/place-points.ts";
import type { Entity } from "../src/model/types.ts";
import type { SiteData } from "../src/site/site-data.ts";
import { langAttr } from "./content-language.ts";

const OVERVIEW = { width: 960, height: 600, margin: 0.08, minSpan: 8, maxSpan: 360 };
export const OVERVIEW_CAP = 150;
/**
 * Circle radii in viewBox units: area grows with the count, the busiest place at most MAX_RADIUS, and a
 * single event never larger than ONE_EVENT, so a small archive is not drawn in giant circles.
 */
const MAX_RADIUS = 30;
const ONE_EVENT = 7;
const MIN_RADIUS = 2.5;
const COUNTRY_NAMES = 6;

/** One place in the list under the map: its name, linked, and its number of events. */
function placeItem(data: SiteData, place: Entity, count: string): SafeHtml {
  return html`<li><a href="${data.urls.entity("place", place.id)}" dir="auto"${langAttr(data, place.lang)}>${place.name}</a> <span>${count}</span></li>`;
}

export function overviewMap(data: SiteData): SafeHtml {
  const points = placePoints(data);
  const { messages } = data;
  const places = [...points.counts()]
    .map(([id, count]) => ({ place: data.entity("place", id)!, count }))
    .sort((a, b) => b.count - a.count || data.collator.compare(a.place.name, b.place.name))
    .slice(0, OVERVIEW_CAP);
  if (places.length === 0) return html``;

  const located = places.map((p) => ({ ...p, point: points.locate(p.place.id)!.point }));
  const frame = fitFrame(
    located.map((p) => p.point),
    OVERVIEW,
  );
  const base = baseMap(frame);
  const perRootEvent = Math.min(ONE_EVENT, MAX_RADIUS / Math.sqrt(located[0]!.count));
  const drawn = located.map((p) => {
    const [x, y] = toFrame(frame, p.point);
    return { ...p, x, y, r: Math.max(MIN_RADIUS, perRootEvent * Math.sqrt(p.count)) };
  });
  // Largest first, so every smaller circle stays on top of the larger ones around it.
  const dots: Dot[] = drawn.map((p) => {
    const hint = messages.t("map.overview.hint", { place: p.place.name, count: p.count });
    return { x: p.x, y: p.y, r: p.r, className: "map-bubble", hint };
  });
  const requests: LabelRequest[] = [
    ...drawn.map((p): LabelRequest => ({
      text: p.place.name,
      kind: "place",
      x: p.x,
      y: p.y,
      gap: p.r,
      href: data.urls.entity("place", p.place.id),
      avoidDots: false,
    })),
    ...base.countries
      .filter((c) => inFrame(frame, c.anchor, 24))
      .slice(0, COUNTRY_NAMES)
      .map((c): LabelRequest => ({
        text: countryName(data, c.country.name),
        kind: "country",
        x: c.anchor[0],
        y: c.anchor[1],
      })),
  ];
  // Circles overlap by nature, so place names may cover other circles; country names keep clear of them.
  const labels = placeLabels({ width: frame.width, height: frame.height, requests, dots });

  const busiest = drawn
    .slice(0, 3)
    .map((p) => messages.t("map.overview.topPlace", { place: p.place.name, count: p.count }));
  const shown = { count: places.length, top: messages.list(busiest) };
  const countries = messages.list(base.countries.slice(0, 6).map((c) => countryName(data, c.country.name)));
  const description = base.countries.length
    ? messages.t("map.overview.description", { ...shown, countries })
    : messages.t("map.overview.descriptionNoCountries", shown);
  const total = points.counts().size;
  const summary =
    total > places.length
      ? messages.t("map.overview.most", { count: places.length, total })
      : messages.t("map.overview.all", { count: places.length });
  const key = html`<details class="map-places">
<summary>${summary}</summary>
<ol class="map-places-list">${drawn.map((p) => placeItem(data, p.place, messages.number(p.count)))}</ol>
</details>`;
  const figure = mapFigure({
    id: "overview-map",
    className: "map-overview",
    frame,
    base,
    title: messages.t("map.overview.title"),
    description,
    dots,
    labels,
    linksLabel: messages.t("map.links"),
    extra: key,
    caption: html`${messages.t("map.overview.caption")} <span class="map-credit">${messages.t("map.credit")}</span>`,
  });
  return html`<section class="map-section" aria-labelledby="map-heading">
<h2 id="map-heading" class="section-heading">${messages.t("map.overview.heading")}</h2>
${figure}
</section>`;
}
