// An overview chart as HTML: a bar chart drawn in inline SVG at build time, its axis labels, and the
// same numbers as a table. Pure: chart data in, markup out.
//
// Accessibility structure, and why. Links inside role="img" are hidden from screen readers (its
// children are presentational) and axe reports them as nested interactive content, so the parts are
// kept apart:
// - the drawing is an <svg role="img"> with a <title> (aria-labelledby) and a <desc> summing it up
//   (aria-describedby), and holds no links;
// - over it lies a layer of full-height columns, one link per bar, for pointer and touch: hovering
//   one tints its bar and shows "December 2024: 9 events". It is aria-hidden and its links are
//   out of the tab order (tabindex="-1"): up to a hundred tab stops a few pixels wide would tire
//   keyboard users, fail WCAG 2.5.8's target size (axe checks it) and repeat the table;
// - the accessible path is the table in a <details> after the drawing: one row per bar with events,
//   each linking to the same place as its bar. Closed, it adds nothing to the reading order; open, it
//   gives every number (which touch readers, who cannot hover, also need).
// Axis labels are plain HTML text, so they keep their size however narrow the drawing gets; they are
// aria-hidden (the description and the table say the same) except year links on the home page.
import { html, join, type SafeHtml } from "../markup/html.ts";
import type { Messages } from "./messages.ts";
import type { ChartBar, ChartData } from "./chart-data.ts";

export interface ChartOptions {
  /** Prefix for the ids of the drawing's title and description; unique on the page. */
  id: string;
  /** The site's words (SiteData.messages): titles, descriptions, table headings, numbers. */
  messages: Messages;
  /** Whose events, for the title: "al-Qaim" gives "al-Qaim: events per month, 2024". */
  subject?: string;
  /** Per-month charts: show the row of years under the bars (off on a year's own page). */
  years?: boolean;
  /** The year labels link to the year pages (the home page's way to every year). */
  linkYears?: boolean;
}

/**
 * Drawing units: each bar gets a 10-wide slot, 8 of it bar; up to a year's twelve bars, 6, so a few
 * wide bars do not turn into blocks. The plot is 100 high.
 */
const SLOT = 10;
const barWidth = (bars: number) => (bars <= 12 ? 6 : 8);
const HEIGHT = 100;
/** A bar of one event among thousands still shows. */
const MIN_BAR = 1.5;

/** The top gridline: the largest count rounded up to a number that reads well (12, 15, 20, 25 …). */
export function gridTop(max: number): number {
  if (max <= 10) return Math.max(1, max);
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Every bar with events, as one path of `M x 100 V top h width V 100 Z`. */
function barPath(chart: ChartData, top: number): string {
  const parts: string[] = [];
  const width = barWidth(chart.bars.length);
  chart.bars.forEach((bar, i) => {
    if (!bar.count) return;
    const height = Math.max(MIN_BAR, round1((bar.count / top) * HEIGHT));
    parts.push(`M${i * SLOT + (SLOT - width) / 2} ${HEIGHT}V${round1(HEIGHT - height)}h${width}V${HEIGHT}Z`);
  });
  return parts.join("");
}

function spanText(chart: ChartData): string {
  const first = chart.bars[0]!;
  const last = chart.bars.at(-1)!;
  const from = chart.scale === "decade" ? first.label : chart.words.year(first.year);
  const to = chart.scale === "decade" ? last.label : chart.words.year(last.year);
  return from === to ? from : `${from}–${to}`;
}

export function chartTitle(chart: ChartData, messages: Messages, subject?: string): string {
  const span = spanText(chart);
  return subject
    ? messages.t(`chart.titleOf.${chart.scale}`, { subject, span })
    : messages.t(`chart.title.${chart.scale}`, { span });
}

/** What the drawing shows, in words: total, the peak, the empty stretch, what it leaves out. */
export function chartSummary(chart: ChartData, messages: Messages): string {
  const { scale } = chart;
  const peaks = chart.bars.filter((b) => b.count === chart.max);
  const when =
    peaks.length <= 3
      ? peaks.map((b) => b.label).join(", ")
      : messages.t(`chart.summary.units.${scale}`, { count: peaks.length });
  const sentences = [
    messages.t("chart.summary.total", { count: chart.total }),
    messages.t(`chart.summary.peak.${scale}`, { max: chart.max, when }),
  ];
  const empty = chart.bars.length - chart.filled;
  if (empty > 0) sentences.push(messages.t(`chart.summary.empty.${scale}`, { empty, count: chart.bars.length }));
  const undated = chart.yearOnly.reduce((a, b) => a + b.count, 0);
  if (undated > 0) sentences.push(messages.t("chart.summary.undated", { count: undated }));
  return sentences.join(" ");
}

/** The pointer layer: one column per bar, a link where the bar has events. */
function hits(chart: ChartData, messages: Messages): SafeHtml {
  const column = (bar: ChartBar) => {
    if (!bar.href) return html`<i></i>`;
    const text = messages.t("chart.bar", { label: bar.label, count: bar.count });
    return html`<a href="${bar.href}" tabindex="-1"><span>${text}</span></a>`;
  };
  return html`<div class="chart-hits" aria-hidden="true">${chart.bars.map(column)}</div>`;
}

/**
 * Labels for a per-year or per-decade axis: the round ones (every `step`-th year or decade), with a step
 * that keeps them to a dozen; on narrow screens CSS hides the `minor` half. Linked labels (home page)
 * lead to the year's page when it has one.
 */
function stepLabels(chart: ChartData, link: boolean): SafeHtml {
  const value = (bar: ChartBar) => (chart.scale === "decade" ? bar.year / 10 : bar.year);
  const count = chart.bars.length;
  const step = [1, 2, 5, 10, 20, 50, 100].find((s) => count / s <= 12) ?? 100;
  let labelled = chart.bars.map((bar) => value(bar) % step === 0);
  let major = chart.bars.map((bar) => value(bar) % (2 * step) === 0);
  if (labelled.filter(Boolean).length < 2) labelled = major = chart.bars.map((_, i) => i === 0 || i === count - 1);
  const linked = link && chart.scale === "year";
  const cells = chart.bars.map((bar, i) => {
    if (!labelled[i]) return html`<i></i>`;
    const text = linked && bar.href ? html`<a href="${bar.href}">${bar.label}</a>` : bar.label;
    return major[i] ? html`<span>${text}</span>` : html`<span class="chart-minor">${text}</span>`;
  });
  return html`<div class="chart-axis chart-steps"${linked ? "" : html` aria-hidden="true"`}>${cells}</div>`;
}

function monthLabels(chart: ChartData): SafeHtml {
  const narrow = chart.words.monthsNarrow;
  if (narrow) {
    const cells = chart.words.monthsShort.map(
      (m, i) =>
        html`<span><span class="chart-month-name">${m}</span><span class="chart-month-number">${narrow[i]}</span></span>`,
    );
    return html`<div class="chart-axis chart-months" aria-hidden="true">${cells}</div>`;
  }
  return html`<div class="chart-axis chart-months" aria-hidden="true">${chart.words.monthsShort.map((m) => html`<span>${m}</span>`)}</div>`;
}

/** One cell per calendar year, each spanning its twelve bars. */
function yearLabels(chart: ChartData, link: boolean): SafeHtml {
  const years: ChartBar[] = chart.bars.filter((b) => b.month === 1);
  const hasEvents = new Set(chart.bars.filter((b) => b.count).map((b) => b.year));
  for (const b of chart.yearOnly) hasEvents.add(b.year);
  const cell = (year: number) =>
    link && hasEvents.has(year)
      ? html`<span><a href="${chart.words.urls.year(year)}">${chart.words.year(year)}</a></span>`
      : html`<span>${chart.words.year(year)}</span>`;
  return html`<div class="chart-axis chart-years"${link ? "" : html` aria-hidden="true"`}>${years.map((b) => cell(b.year))}</div>`;
}

function table(chart: ChartData, messages: Messages): SafeHtml {
  const { scale } = chart;
  const heading = messages.t(`chart.table.heading.${scale}`);
  const row = (bar: ChartBar, label: string) =>
    html`<tr><th scope="row"><a href="${bar.href}">${label}</a></th><td>${messages.number(bar.count)}</td></tr>`;
  // Events dated only to a year sit first in their year, as on the year page.
  const rows: SafeHtml[] = [];
  const undated = new Map(chart.yearOnly.map((b) => [b.year, b]));
  for (const bar of chart.bars) {
    const alone = bar.month === 1 ? undated.get(bar.year) : undefined;
    if (alone) rows.push(row(alone, messages.t("chart.table.yearOnly", { year: alone.label })));
    if (bar.count) rows.push(row(bar, bar.label));
  }
  return html`<details class="chart-table">
<summary>${messages.t(`chart.table.summary.${scale}`)}</summary>
<table>
<thead><tr><th scope="col">${heading}</th><th scope="col">${messages.t("chart.table.events")}</th></tr></thead>
<tbody>${rows}</tbody>
</table>
</details>`;
}

/** The drawing's name and description: its <title> and <desc>, by id. */
function labelledBy(id: string): SafeHtml {
  return html`aria-labelledby="${id}-title" aria-describedby="${id}-desc"`;
}

/** Under the bars, when some events have no month: "Not in the bars: 2 events dated only to 2023." */
function note(chart: ChartData, undated: number, messages: Messages): string {
  const only = chart.yearOnly.length === 1 ? chart.yearOnly[0] : undefined;
  return only
    ? messages.t("chart.note.year", { count: undated, year: only.label })
    : messages.t("chart.note.years", { count: undated });
}

/** The whole figure: caption, gridline label, drawing, pointer layer, axis, note and table. */
export function chartFigure(chart: ChartData, options: ChartOptions): SafeHtml {
  const { id, messages } = options;
  const top = gridTop(chart.max);
  const width = chart.bars.length * SLOT;
  const undated = chart.yearOnly.reduce((a, b) => a + b.count, 0);
  const axis =
    chart.scale !== "month"
      ? stepLabels(chart, options.linkYears === true)
      : join(
          [
            chart.bars.length === 12 && monthLabels(chart),
            options.years !== false && yearLabels(chart, options.linkYears === true),
          ],
          "\n",
        );
  const span = html`<span class="chart-span">${spanText(chart)}</span>`;
  const caption = messages.html(`chart.caption.${chart.scale}`, { span });
  const title = chartTitle(chart, messages, options.subject);
  const summary = chartSummary(chart, messages);
  const drawing = html`viewBox="0 0 ${width} ${HEIGHT}" preserveAspectRatio="none" role="img" ${labelledBy(id)}`;
  const named = html`<title id="${id}-title">${title}</title><desc id="${id}-desc">${summary}</desc>`;
  return html`<figure class="chart chart-${chart.scale}">
<figcaption class="chart-caption">${caption}</figcaption>
<div class="chart-plot">
<span class="chart-top" aria-hidden="true">${messages.t("events.count", { count: top })}</span>
<svg class="chart-svg" ${drawing}>${named}<path class="chart-bars" d="${barPath(chart, top)}"/></svg>
${hits(chart, messages)}
</div>
${axis}
${undated > 0 && html`<p class="chart-note">${note(chart, undated, messages)}</p>`}
${table(chart, messages)}
</figure>`;
}
