// The locator map on a place page: the place marked in its country, what lies within it as dots, other
// places nearby as lighter dots, country outlines around it, names where they fit, and an inset of the
// wider region when zoomed in close. Where everything goes is decided in src/site/map/place-map-layout.ts.
import { countryName } from "../src/site/map/country-names.ts";
import type { EntityEntry } from "../src/model/entity-index.ts";
import { html, type SafeHtml } from "../src/markup/html.ts";
import { baseMap, countryShape } from "../src/site/map/base-map.ts";
import { mapFigure, type Dot } from "../src/site/map/figure.ts";
import { inFrame } from "../src/site/map/frame.ts";
import { insetSvg } from "../src/site/map/inset.ts";
import { placeLabels, type LabelRequest } from "../src/site/map/labels.ts";
import { DOT_RADIUS, placeMapLayout, type Shown } from "../src/site/map/place-map-layout.ts";
import { placePoints } from "../src/site/map/place-points.ts";
import type { Messages } from "../src/site/messages.ts";
import type { SiteData } from "../src/site/site-data.ts";

/** Of the places drawn, the most active may be named (as far as room allows); the rest stay dots. */
const NAMED = { within: 20, nearby: 15 };
/** Country names on the map, largest share of it first. */
const COUNTRY_NAMES = 4;

export function placeMap(data: SiteData, entry: EntityEntry): SafeHtml {
  const { entity } = entry;
  const { messages } = data;
  const layout = placeMapLayout(data, entry);
  if (!layout) return html``;
  const { frame, marker, within, nearby, inset } = layout;
  const base = baseMap(frame);
  const country = placePoints(data).country(entity.id, frame.resolution);

  const dots: Dot[] = [
    ...nearby.map((l) => ({ x: l.at[0], y: l.at[1], r: DOT_RADIUS.nearby, className: "map-dot" })),
    ...within.map((l) => ({ x: l.at[0], y: l.at[1], r: DOT_RADIUS.within, className: "map-dot map-dot-within" })),
    { x: marker[0], y: marker[1], r: DOT_RADIUS.marker, className: "map-marker" },
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
