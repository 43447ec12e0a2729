// One map as HTML: a <figure> holding the drawing, an <svg role="img"> named by its <title> and
// described by its <desc>, with the names laid over it as HTML (labels.ts) and a caption. Links stay
// outside the role="img" drawing, in a list of their own, so they remain links for assistive
// technology and the keyboard. Colours come only from classes styled in map.css.
import { escapeHtml, html, raw, type SafeHtml } from "../../markup/html.ts";
import type { BaseMap } from "./base-map.ts";
import type { Frame } from "./frame.ts";
import type { PlacedLabel } from "./labels.ts";

export interface Dot {
  /** viewBox units. */
  x: number;
  y: number;
  r: number;
  /** Classes from map.css (`map-dot map-dot-within` …). */
  className: string;
  /** Shown by browsers on hover; the drawing's description says what the dots are. */
  hint?: string;
}

export interface MapFigure {
  /** Unique on the page, used for the title and description ids. */
  id: string;
  /** `map-locator`, `map-event`, `map-overview`. */
  className: string;
  frame: Frame;
  base: BaseMap;
  title: string;
  description: string;
  /** Our own SVG markup drawn between the base map and the dots (a highlighted country). */
  layers?: string;
  /** Drawn in order: later dots on top. */
  dots: readonly Dot[];
  /** Our own SVG markup drawn over everything (an inset map). */
  overlay?: string;
  labels: readonly PlacedLabel[];
  /** What the links among the labels are, for assistive technology ("Places on the map"). */
  linksLabel: string;
  caption: SafeHtml;
  /** Inside the figure, after the drawing and before the caption (the overview's list of places). */
  extra?: SafeHtml;
}

const one = (n: number) => Math.round(n * 10) / 10;

// viewBox units are about CSS pixels, so whole units place a dot well enough and save bytes. Dots are
// many, so they are written as plain strings: numbers need no escaping, and the hint is escaped.
function dot({ x, y, r, hint }: Dot): string {
  const circle = `<circle cx="${Math.round(x)}" cy="${Math.round(y)}" r="${one(r)}"`;
  return hint ? `${circle}><title>${escapeHtml(hint)}</title></circle>` : `${circle}/>`;
}

/** Runs of dots of one class, each in a <g> of that class (fill and stroke are inherited). */
function dotGroups(dots: readonly Dot[]): SafeHtml {
  let out = "";
  for (let i = 0; i < dots.length;) {
    const className = dots[i]!.className;
    out += `<g class="${escapeHtml(className)}">`;
    for (; i < dots.length && dots[i]!.className === className; i++) out += dot(dots[i]!);
    out += "</g>";
  }
  return raw(out);
}

function labelClass(label: PlacedLabel): string {
  return `map-label map-label-${label.request.kind} map-label-${label.side}${label.wide ? " map-label-wide" : ""}`;
}

// Only two numbers, computed by us, go into the style attribute: the name's anchor on the map.
const position = (label: PlacedLabel) => `left:${label.left}%;top:${label.top}%`;

/** Names are many on a busy map: plain strings, every value from content escaped. */
function names(labels: readonly PlacedLabel[]): SafeHtml {
  let out = "";
  for (const l of labels)
    out += `<span class="${labelClass(l)}" style="${position(l)}" dir="auto">${escapeHtml(l.request.text)}</span>`;
  return raw(out);
}

function links(labels: readonly PlacedLabel[]): SafeHtml {
  let out = "";
  for (const l of labels)
    out += `<li class="${labelClass(l)}" style="${position(l)}"><a href="${escapeHtml(l.request.href!)}" dir="auto">${escapeHtml(l.request.text)}</a></li>`;
  return raw(out);
}

export function mapFigure(map: MapFigure): SafeHtml {
  const { id, frame } = map;
  const named = map.labels.filter((l) => !l.request.href);
  const linked = map.labels.filter((l) => l.request.href);
  return html`<figure class="map ${map.className}">
<div class="map-frame">
<svg class="map-art" viewBox="0 0 ${frame.width} ${frame.height}" role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc"><title id="${id}-title">${map.title}</title><desc id="${id}-desc">${map.description}</desc>${raw(map.base.ground)}${raw(map.layers ?? "")}${raw(map.base.borders)}${dotGroups(map.dots)}${raw(map.overlay ?? "")}</svg>
${named.length > 0 && html`<div class="map-names" aria-hidden="true">${names(named)}</div>`}
${linked.length > 0 && html`<ul class="map-links" aria-label="${map.linksLabel}">${links(linked)}</ul>`}
</div>
${map.extra ?? ""}
<figcaption class="map-caption">${map.caption}</figcaption>
</figure>`;
}
