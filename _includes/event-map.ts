// A small map on an event page: where the event happened, in its region. A place without coordinates
// is shown at its nearest enclosing place that has them, and the caption says so. Many events share
// their places, so each distinct list of places is drawn once per render and then looked up.
import { countryName } from "../src/site/map/country-names.ts";
import type { TimelineEvent } from "../src/model/types.ts";
import { html, type SafeHtml } from "../src/markup/html.ts";
import { baseMap, countryShape } from "../src/site/map/base-map.ts";
import { mapFigure, type Dot } from "../src/site/map/figure.ts";
import { fitFrame, inFrame, toFrame } from "../src/site/map/frame.ts";
import { placeLabels, type LabelRequest } from "../src/site/map/labels.ts";
import { placePoints, type Located } from "../src/site/map/place-points.ts";
import type { SiteData } from "../src/site/site-data.ts";
import { langAttr } from "./content-language.ts";

const EVENT_MAP = { width: 360, height: 200, margin: 0.15, minSpan: 10, maxSpan: 40 };
/** An event naming more places than this shows its first few. */
const MARKERS = 4;
const COUNTRY_NAMES = 3;
const RADIUS = 5;

const drawn = new WeakMap<SiteData, Map<string, SafeHtml>>();

export function eventMap(data: SiteData, event: TimelineEvent): SafeHtml {
  let maps = drawn.get(data);
  if (!maps) drawn.set(data, (maps = new Map<string, SafeHtml>()));
  const key = event.places.join(" ");
  let map = maps.get(key);
  if (!map) maps.set(key, (map = drawEventMap(data, event.places)));
  return map;
}

function drawEventMap(data: SiteData, placeIds: readonly string[]): SafeHtml {
  const { messages } = data;
  const points = placePoints(data);
  // Each located place once, with the names of the event's places it stands for.
  const located = new Map<string, { at: Located; for: string[] }>();
  for (const id of placeIds) {
    const found = points.locate(id);
    if (!found) continue;
    const shown = located.get(found.place.id);
    if (shown) shown.for.push(id);
    else if (located.size < MARKERS) located.set(found.place.id, { at: found, for: [id] });
  }
  const marks = [...located.values()];
  const first = marks[0];
  if (!first) return html``;

  const frame = fitFrame(
    marks.map((m) => m.at.point),
    EVENT_MAP,
  );
  const base = baseMap(frame);
  const country = points.country(first.at.place.id, frame.resolution);
  const at = marks.map((m) => toFrame(frame, m.at.point));
  const dots: Dot[] = at.map(([x, y]) => ({ x, y, r: RADIUS, className: "map-marker" }));
  const names = marks.map((m) => m.at.place.name);
  const requests: LabelRequest[] = [
    ...marks.map((m, i): LabelRequest => ({ text: m.at.place.name, kind: "place", x: at[i]![0], y: at[i]![1] })),
    ...base.countries
      // An event placed at a country is named by its marker already.
      .filter((c) => inFrame(frame, c.anchor, 16) && !names.includes(countryName(data, c.country.name)))
      .slice(0, COUNTRY_NAMES)
      .map((c): LabelRequest => ({
        text: countryName(data, c.country.name),
        kind: "country",
        x: c.anchor[0],
        y: c.anchor[1],
      })),
  ];
  const labels = placeLabels({ width: frame.width, height: frame.height, requests, dots, wideTier: false });

  // "Husaybah is shown at al-Qaim, the nearest place enclosing it with coordinates."
  const standIns = marks.flatMap((m) =>
    m.for
      .filter((id) => id !== m.at.place.id)
      .map((id) => {
        const note = messages.html("map.event.standIn", {
          place: html`<span dir="auto">${data.name("place", id)}</span>`,
          shownAt: html`<span dir="auto"${langAttr(data, m.at.place.lang)}>${m.at.place.name}</span>`,
        });
        return html` <span class="map-note">${note}</span>`;
      }),
  );
  const places = messages.list(names);
  const separator = messages.t("map.caption.separator");
  return mapFigure({
    id: "event-map",
    className: "map-event",
    frame,
    base,
    title: messages.t("map.event.title", { places }),
    description: country
      ? messages.t("map.event.description", { country: countryName(data, country.name), places })
      : messages.t("map.event.descriptionRegion", { places }),
    layers: country ? countryShape(frame, country) : "",
    dots,
    labels,
    linksLabel: messages.t("map.links"),
    caption: html`<span class="map-where">${marks.map((m, i) => html`${i > 0 && separator}<span dir="auto"${langAttr(data, m.at.place.lang)}>${m.at.place.name}</span>`)}${country && !names.includes(countryName(data, country.name)) && html`${separator}${countryName(data, country.name)}`}</span>${standIns}`,
  });
}
