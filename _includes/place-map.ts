// The locator map on a place page: the place marked in its country, what lies within it as dots, other
// places nearby as lighter dots, country outlines around it. Fitted to the place and the places directly
// within it, never closer than minSpan (a town shows its neighbourhood, not a street) nor wider than
// maxSpan; when zoomed in closer than INSET_BELOW an inset shows where that is in the wider region.
import { countryName } from "../src/site/map/country-names.ts";
import type { EntityEntry } from "../src/model/entity-index.ts";
import { html, type SafeHtml } from "../src/markup/html.ts";
import { baseMap, countryShape } from "../src/site/map/base-map.ts";
import { mapFigure, type Dot } from "../src/site/map/figure.ts";
import { fitFrame, frameBox, inFrame, toFrame, type Frame } from "../src/site/map/frame.ts";
import { mercator, type Box } from "../src/site/map/geography.ts";
import { covers, insetSvg, quietestCorner } from "../src/site/map/inset.ts";
import { placeLabels, type LabelRequest } from "../src/site/map/labels.ts";
import { placePoints, type Ranked } from "../src/site/map/place-points.ts";
import type { Messages } from "../src/site/messages.ts";
import type { SiteData } from "../src/site/site-data.ts";

const LOCATOR = { width: 640, height: 400, margin: 0.12, minSpan: 4, maxSpan: 40 };
const INSET_BELOW = 16;
/** The most active places drawn within the place, and nearby: enough for context, few enough to read. */
const WITHIN_CAP = 40;
const NEARBY_CAP = 30;
/** Of those, the most active may be named (as far as room allows); the rest stay dots. */
const NAMED = { within: 20, nearby: 15 };
/** Country names on the map, largest share of it first. */
const COUNTRY_NAMES = 4;
const RADIUS = { marker: 7, within: 4.5, nearby: 3.5 };

type Shown = Ranked & { at: [number, number] };

export function placeMap(data: SiteData, entry: EntityEntry): SafeHtml {
  const { entity } = entry;
  const { messages } = data;
  if (entity.kind !== "place" || !entity.coordinates) return html``;
  const points = placePoints(data);
  const self = mercator(entity.coordinates);
  const children = entry.children.filter((c) => c.coordinates).map((c) => mercator(c.coordinates!));
  const frame = fitFrame([self, ...children], LOCATOR);
  const base = baseMap(frame);
  const country = points.country(entity.id, frame.resolution);
  const marker = toFrame(frame, self);
  const { within, nearby, inset } = placesShown(data, entry, frame, marker);

  const dots: Dot[] = [
    ...nearby.map((l) => ({ x: l.at[0], y: l.at[1], r: RADIUS.nearby, className: "map-dot" })),
    ...within.map((l) => ({ x: l.at[0], y: l.at[1], r: RADIUS.within, className: "map-dot map-dot-within" })),
    { x: marker[0], y: marker[1], r: RADIUS.marker, className: "map-marker" },
  ];
  // A country's own page names it already, as the marker's label.
  const countries = base.countries
    .filter((c) => inFrame(frame, c.anchor, 24) && countryName(data, c.country.name) !== entity.name)
    .slice(0, COUNTRY_NAMES);
  const placeName = (l: Shown): LabelRequest => ({
    text: l.place.name,
    kind: "place",
    x: l.at[0],
    y: l.at[1],
    href: data.urls.entity("place", l.place.id),
  });
  const requests: LabelRequest[] = [
    // The place's own name goes first and may cover other dots: it is what the map is about.
    { text: entity.name, kind: "self", x: marker[0], y: marker[1], avoidDots: false },
    ...countries.map((c): LabelRequest => ({
      text: countryName(data, c.country.name),
      kind: "country",
      x: c.anchor[0],
      y: c.anchor[1],
    })),
    ...within.slice(0, NAMED.within).map(placeName),
    ...nearby.slice(0, NAMED.nearby).map(placeName),
  ];

  const place = entity.name;
  const around = base.countries
    .map((c) => countryName(data, c.country.name))
    .filter((name) => name !== (country && countryName(data, country.name)));
  const neighbours = messages.list(around.slice(0, 5));
  const area = country
    ? around.length
      ? messages.t("map.place.areaInCountryAround", {
          place,
          country: countryName(data, country.name),
          countries: neighbours,
        })
      : messages.t("map.place.areaInCountry", { place, country: countryName(data, country.name) })
    : around.length
      ? messages.t("map.place.areaAround", { place, countries: neighbours })
      : messages.t("map.place.area", { place });
  const description = [
    area,
    within.length && messages.t("map.place.withinDots", { count: within.length, place }),
    nearby.length && messages.t("map.place.nearbyDots", { count: nearby.length }),
    inset && messages.t("map.place.inset"),
  ]
    .filter(Boolean)
    .join(" ");

  return mapFigure({
    id: "place-map",
    className: "map-locator",
    frame,
    base,
    title: messages.t("map.place.title", { place }),
    description,
    layers: country ? countryShape(frame, country) : "",
    dots,
    overlay: inset ? insetSvg(frame, inset, country) : "",
    labels: placeLabels({ width: frame.width, height: frame.height, requests, dots, blocked: inset ? [inset] : [] }),
    linksLabel: messages.t("map.place.links", { place }),
    caption: legend(messages, place, within.length > 0, nearby.length > 0),
  });
}

/**
 * The places drawn besides the place itself, most active first: those within it (at any depth) and its
 * neighbours, and the inset's corner when the map is zoomed in, with the dots it would hide left out.
 */
function placesShown(
  data: SiteData,
  entry: EntityEntry,
  frame: Frame,
  marker: [number, number],
): { within: Shown[]; nearby: Shown[]; inset?: Box } {
  const { entity } = entry;
  const points = placePoints(data);
  const lineage = new Set([entity.id, ...entry.ancestors.map((a) => a.id)]);
  const view = frameBox(frame, -8);
  const hidden = (r: Ranked) => {
    if (lineage.has(r.place.id)) return true;
    // A country is drawn as an outline and named on the map; a dot at its centre would only mislead.
    if (r.place.category === "country") return true;
    const [x, y] = r.point;
    if (x < view.x0 || x > view.x1 || y < view.y0 || y > view.y1) return true;
    // A place drawn under the marker would only hide behind it.
    return (
      Math.hypot((x - frame.left) * frame.scale - marker[0], (frame.top - y) * frame.scale - marker[1]) <= RADIUS.marker
    );
  };
  const descendants = new Set(descendantsOf(data, entry));
  // Neighbours are its siblings and other spots nearby: a province's centre next to a village is no
  // neighbour of it, though its rolled-up events would rank it first.
  const isNeighbour = (r: Ranked) => !descendants.has(r.place.id) && (r.place.within === entity.within || !r.enclosing);
  const shown = (r: Ranked): Shown => ({ ...r, at: toFrame(frame, r.point) });
  let within = [...descendants]
    .flatMap((id) => points.ranked(id) ?? [])
    .filter((r) => !hidden(r))
    .sort((a, b) => a.rank - b.rank)
    .slice(0, WITHIN_CAP)
    .map(shown);
  let nearby = points.mostActiveInside(view, NEARBY_CAP, (r) => isNeighbour(r) && !hidden(r)).map(shown);
  if (frame.width / frame.scale >= INSET_BELOW) return { within, nearby };
  const inset = quietestCorner(frame, [marker, ...within.map((l) => l.at), ...nearby.map((l) => l.at)]);
  if (!inset) return { within, nearby };
  within = within.filter((l) => !covers(inset, l.at));
  nearby = nearby.filter((l) => !covers(inset, l.at));
  return { within, nearby, inset };
}

/** The key under the map: what the marker and each kind of dot stand for, and the map's source. */
function legend(messages: Messages, name: string, within: boolean, nearby: boolean): SafeHtml {
  const item = (swatch: string, text: SafeHtml) =>
    html`<span class="map-key-item"><span class="${swatch}" aria-hidden="true"></span>${text}</span>`;
  const place = html`<span dir="auto">${name}</span>`;
  const inside = html`<span>${messages.html("map.place.legend.within", { place })}</span>`;
  const around = html`<span>${messages.t("map.place.legend.nearby")}</span>`;
  const credit = html`<span class="map-credit">${messages.t("map.credit")}</span>`;
  const items = [
    item("map-swatch", place),
    within && item("map-swatch map-swatch-within", inside),
    nearby && item("map-swatch map-swatch-nearby", around),
  ];
  return html`<span class="map-key">${items}</span> ${credit}`;
}

/** Ids of every place within this one, at any depth. */
function descendantsOf(data: SiteData, entry: EntityEntry): string[] {
  const queue = [...entry.children];
  for (let i = 0; i < queue.length; i++) queue.push(...(data.entry("place", queue[i]!.id)?.children ?? []));
  return queue.map((place) => place.id);
}
