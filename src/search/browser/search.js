// The search page (/search/), on Pagefind's JavaScript API (/pagefind/pagefind.js, written by the build).
// A large archive's index comes in parts (src/search/parts.ts), which are merged here.
//
// Why a small UI of our own instead of Pagefind's Default UI or Component UI (both ship in /pagefind/):
// - The address is the state. Neither keeps the query, filters and order in the URL, so a search could
//   not be shared, bookmarked or walked back with the Back button. Here /search/?q=crossing&actor=…&sort=newest
//   restores exactly what the reader saw, and every deliberate change is a history entry.
// - Order. Pagefind sorts by our `date` key only through its API; neither UI offers newest or oldest first.
// - Filters. Ours list every value with a live count in a fieldset with a legend, drill down (each checked
//   value must match), and keep their order while the counts change, so the checkbox in focus stays put.
// - Safety and fit. Pagefind's UIs insert the excerpt as HTML and bring their own look; here results are
//   built with createElement/textContent in the site's own styles, light and dark.
//
// Nothing from content is ever parsed as HTML: titles, dates, places and filter values are set as text;
// the excerpt is cut from the record's plain text with its <mark> highlighting rebuilt around the matched
// words (Pagefind's own excerpt HTML is never used); a result links to Pagefind's `url` (the event's path,
// set by the build) after checking it stays on this site, never to anything in its meta.

const PAGE_SIZE = 20; // results loaded at a time
const COLLAPSED = 8; // values a filter shows before "Show all"
const TYPING_DELAY = 250; // ms of quiet before a typed query runs
const ORDERS = { newest: { date: "desc" }, oldest: { date: "asc" } };
const PART_FILTER = "part"; // SEARCH_PART_FILTER of src/search/parts.ts

const app = document.getElementById("search-app");
const unavailable = document.getElementById("search-unavailable");
const form = document.getElementById("search-form");
const input = document.getElementById("search-q");
const sortSelect = document.getElementById("search-sort");
const statusLine = document.getElementById("search-status");
const list = document.getElementById("search-results");
const empty = document.getElementById("search-empty");
const more = document.getElementById("search-more");
const active = document.getElementById("search-active");
const activeList = active.querySelector("ul");
const clearButton = document.getElementById("search-clear");
const filtersPanel = document.getElementById("search-filters");
const filtersCount = document.getElementById("search-filters-count");
const facetsNone = document.getElementById("search-facets-none");

const language = app.dataset.language || "en";
const numbers = safely(() => new Intl.NumberFormat(language), () => new Intl.NumberFormat("en"));
const collator = safely(() => new Intl.Collator(language, { numeric: true }), () => new Intl.Collator("en", { numeric: true }));
const baseTitle = document.title;

/** One per fieldset[data-facet] in the page, in page order. */
const facets = [...app.querySelectorAll("fieldset[data-facet]")].map((fieldset) => ({
  key: fieldset.dataset.facet,
  label: fieldset.querySelector("legend").textContent,
  singular: fieldset.dataset.singular,
  fieldset,
  list: fieldset.querySelector(".facet-values"),
  toggle: fieldset.querySelector(".facet-toggle"),
  /** value → { item, box, count } */
  values: new Map(),
  /** Values in display order. */
  order: [],
  expanded: false,
}));

let pagefind;
/** URLs of the index's further parts, oldest events first; none for most archives. */
const parts = (app.dataset.merge ?? "").split(" ").filter(Boolean);
let state = readState(location.search);
let results = [];
let shown = 0;
let lastCounts = {};
/** Bumped by every search; an older search that finishes late is dropped. */
let sequence = 0;
let typingTimer;
/** True while the current history entry was made by typing, so further typing replaces it. */
let typingEntry = false;

start();

async function start() {
  app.hidden = false;
  syncControls();
  placeFiltersPanel();
  statusLine.textContent = "Loading search…";
  let totals;
  try {
    pagefind = await import(app.dataset.bundle);
    await Promise.all(parts.map((url) => pagefind.mergeIndex(url)));
    totals = await pagefind.filters();
  } catch (error) {
    // A site with no events yet has an index without languages, which Pagefind reports as an error.
    if (/no language indexes/i.test(String(error?.message ?? error))) {
      statusLine.textContent = "No events have been published yet.";
      return;
    }
    console.error("Search could not be loaded:", error);
    app.hidden = true;
    unavailable.hidden = false;
    return;
  }
  for (const facet of facets) buildFacet(facet, totals[facet.key] ?? {});
  // Whatever was typed while the index loaded is the query.
  state.q = input.value;
  syncSortOptions();
  wireEvents();
  await runSearch();
}

// ---- State and the address ----

function readState(search) {
  const params = new URLSearchParams(search);
  const filters = {};
  for (const facet of facets) {
    filters[facet.key] = [...new Set(params.getAll(facet.key).map((v) => v.trim()).filter(Boolean))];
  }
  const sort = params.get("sort");
  return { q: params.get("q") ?? "", filters, sort: sort === "newest" || sort === "oldest" || sort === "relevance" ? sort : "" };
}

function stateUrl() {
  const params = new URLSearchParams();
  const q = state.q.trim();
  if (q) params.set("q", q);
  for (const facet of facets) for (const value of state.filters[facet.key]) params.append(facet.key, value);
  if (state.sort) params.set("sort", state.sort);
  // %20 rather than +, as links elsewhere on the site write it; a literal + is already %2B.
  const query = params.toString().replace(/\+/g, "%20");
  return `${location.pathname}${query ? `?${query}` : ""}`;
}

/** "push" for a deliberate change (a filter, the order, a submitted query), "replace" while typing. */
function commit(mode) {
  const url = stateUrl();
  if (url !== `${location.pathname}${location.search}`) {
    if (mode === "push") history.pushState(null, "", url);
    else history.replaceState(null, "", url);
  }
  document.title = state.q.trim() ? `“${state.q.trim()}” · ${baseTitle}` : baseTitle;
}

/** Best match needs words to match; without a query the newest come first. */
function effectiveOrder() {
  const hasQuery = state.q.trim() !== "";
  if (state.sort === "newest" || state.sort === "oldest") return state.sort;
  return hasQuery ? "relevance" : "newest";
}

function activeFilterCount() {
  return facets.reduce((n, facet) => n + state.filters[facet.key].length, 0);
}

// ---- Events ----

function wireEvents() {
  input.addEventListener("input", () => {
    state.q = input.value;
    if (input.value.trim()) pagefind.preload(input.value.trim());
    syncSortOptions();
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      commit(typingEntry ? "replace" : "push");
      typingEntry = true;
      runSearch();
    }, TYPING_DELAY);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    state.q = input.value;
    commit(typingEntry ? "replace" : "push");
    typingEntry = false;
    runSearch();
  });
  sortSelect.addEventListener("change", () => {
    const chosen = sortSelect.value;
    state.sort = "";
    if (chosen !== effectiveOrder()) state.sort = chosen;
    change();
  });
  clearButton.addEventListener("click", () => {
    for (const facet of facets) state.filters[facet.key] = [];
    change();
    input.focus();
  });
  more.addEventListener("click", () => showMore(sequence, true));
  for (const facet of facets) {
    facet.toggle.addEventListener("click", () => {
      facet.expanded = !facet.expanded;
      updateFacet(facet);
    });
  }
  window.addEventListener("popstate", () => {
    clearTimeout(typingTimer);
    state = readState(location.search);
    typingEntry = false;
    syncControls();
    runSearch();
  });
}

/** A deliberate change: its own history entry, then search. */
function change() {
  clearTimeout(typingTimer);
  typingEntry = false;
  commit("push");
  syncSortOptions();
  return runSearch();
}

function setFilter(key, value, on) {
  const values = state.filters[key].filter((v) => v !== value);
  if (on) values.push(value);
  state.filters[key] = values;
  return change();
}

function syncControls() {
  input.value = state.q;
  document.title = state.q.trim() ? `“${state.q.trim()}” · ${baseTitle}` : baseTitle;
  syncSortOptions();
}

function syncSortOptions() {
  const relevance = sortSelect.querySelector('option[value="relevance"]');
  relevance.disabled = state.q.trim() === "";
  sortSelect.value = effectiveOrder();
}

// On wide screens the filters are a sidebar, always open; on narrow ones a disclosure above the results.
function placeFiltersPanel() {
  const wide = window.matchMedia("(min-width: 52rem)");
  const place = () => {
    filtersPanel.open = wide.matches;
  };
  place();
  wide.addEventListener("change", place);
  filtersPanel.querySelector("summary").addEventListener("click", (event) => {
    if (wide.matches) event.preventDefault();
  });
}

// ---- Searching ----

async function runSearch() {
  const mine = ++sequence;
  const order = effectiveOrder();
  const options = { filters: pagefindFilters() };
  if (order !== "relevance") options.sort = ORDERS[order];
  list.setAttribute("aria-busy", "true");
  let search;
  try {
    search = await searchIndex(state.q.trim() || null, options);
  } catch (error) {
    if (mine !== sequence) return;
    console.error("Search failed:", error);
    statusLine.textContent = "Search failed. Please try again.";
    list.removeAttribute("aria-busy");
    return;
  }
  if (mine !== sequence) return;
  results = search.results;
  shown = 0;
  lastCounts = search.filters ?? {};
  for (const facet of facets) updateFacet(facet);
  facetsNone.hidden = facets.some((facet) => !facet.fieldset.hidden);
  updateActive();
  list.replaceChildren();
  await showMore(mine, false);
  if (mine !== sequence) return;
  list.removeAttribute("aria-busy");
  empty.hidden = results.length > 0;
  statusLine.textContent = describe(results.length, order);
}

/**
 * Pagefind orders merged results by score, and in a date-sorted search the score is a result's place in
 * its own part. Each part holds a stretch of the timeline, the first the oldest, so a sorted search runs
 * once per part and the lists are joined in order; the filter counts of the parts add up.
 */
async function searchIndex(term, options) {
  if (!options.sort || parts.length === 0) return pagefind.search(term, options);
  const numbers = Array.from({ length: parts.length + 1 }, (_, i) => String(i + 1));
  const each = await Promise.all(numbers.map((n) => pagefind.search(term, { ...options, filters: { ...options.filters, [PART_FILTER]: [n] } })));
  if (Object.values(options.sort)[0] === "desc") each.reverse();
  const filters = {};
  for (const { filters: counts } of each) {
    for (const [key, values] of Object.entries(counts ?? {})) {
      const sum = (filters[key] ??= {});
      for (const [value, count] of Object.entries(values)) sum[value] = (sum[value] ?? 0) + count;
    }
  }
  return { results: each.flatMap((search) => search.results), filters };
}

/** Every checked value must match: each filter narrows the results further. */
function pagefindFilters() {
  const filters = {};
  for (const facet of facets) if (state.filters[facet.key].length) filters[facet.key] = state.filters[facet.key];
  return filters;
}

function describe(total, order) {
  const q = state.q.trim();
  const filtered = activeFilterCount() > 0;
  if (total === 0) {
    if (q) return `No events match “${q}”${filtered ? " with these filters" : ""}.`;
    return filtered ? "No events match these filters." : "No events yet.";
  }
  const count = `${numbers.format(total)} ${total === 1 ? "event" : "events"}`;
  const verb = total === 1 ? "matches" : "match";
  const what = q ? `${count} ${verb} “${q}”${filtered ? " with these filters" : ""}` : filtered ? `${count} ${verb} these filters` : count;
  const how = order === "relevance" ? "best match first" : order === "newest" ? "newest first" : "oldest first";
  return `${what}, ${how}.`;
}

async function showMore(mine, moveFocus) {
  const next = results.slice(shown, shown + PAGE_SIZE);
  let data;
  try {
    data = await Promise.all(next.map((result) => result.data()));
  } catch (error) {
    console.error("Search results could not be loaded:", error);
    if (mine === sequence) statusLine.textContent = "Some results could not be loaded. Please try again.";
    return;
  }
  if (mine !== sequence) return;
  const items = data.map(resultItem);
  list.append(...items);
  shown += next.length;
  more.hidden = shown >= results.length;
  more.textContent = `Show more results (${numbers.format(shown)} of ${numbers.format(results.length)} shown)`;
  if (moveFocus) items[0]?.querySelector("a, h3")?.focus();
}

// ---- Results: text only ----

function resultItem(data) {
  const meta = data.meta ?? {};
  const item = element("li");
  const card = element("article", "card search-result");
  const when = element("p", "card-date");
  when.append(text(meta.date, "search-result-date"));
  if (meta.place) {
    when.append(text(" · ", "search-result-sep"), text(meta.place, "search-result-place"));
  }
  const heading = element("h3", "card-title");
  heading.dir = "auto";
  const href = sameSitePath(data.url);
  const title = meta.title || "Untitled event";
  if (href) {
    const link = element("a");
    link.href = href;
    link.textContent = title;
    heading.append(link);
  } else {
    heading.tabIndex = -1;
    heading.textContent = title;
  }
  card.append(when, heading);
  const excerpt = excerptOf(data);
  if (excerpt.length) {
    const paragraph = element("p", "card-summary search-excerpt");
    paragraph.dir = "auto";
    paragraph.append(...excerpt);
    card.append(paragraph);
  }
  item.append(card);
  return item;
}

/** The path of a URL on this site, or undefined for anything that would leave it. */
function sameSitePath(url) {
  if (typeof url !== "string" || url === "") return undefined;
  try {
    const parsed = new URL(url, location.href);
    if (parsed.origin !== location.origin) return undefined;
    return `${parsed.pathname}${parsed.search}${parsed.hash}`;
  } catch {
    return undefined;
  }
}

const EXCERPT_WORDS = 30;

/**
 * The excerpt, as text nodes and <mark> elements holding text. It is cut from the event's own words (the
 * record's first `text_words` words: summary and body), around the densest run of matches among them;
 * when the query only matched the title or a name, the text's opening words, unmarked. Words are split
 * exactly as Pagefind counts them, so its match locations index into them.
 */
function excerptOf(data) {
  const source = data.raw_content ?? data.content ?? "";
  const zeroWidth = source.includes("\u200B");
  const words = source.split(zeroWidth ? "\u200B" : /[^\S\uFEFF]+/);
  const declared = Number.parseInt(data.meta?.text_words ?? "", 10);
  const end = Number.isInteger(declared) && declared >= 0 ? Math.min(declared, words.length) : words.length;
  if (end === 0) return [];
  const hits = new Set((data.locations ?? []).filter((at) => Number.isInteger(at) && at >= 0 && at < end));
  let start = 0;
  let best = -1;
  for (const at of hits) {
    const from = Math.max(0, Math.min(at - 6, end - EXCERPT_WORDS));
    let count = 0;
    for (const other of hits) if (other >= from && other < from + EXCERPT_WORDS) count++;
    if (count > best) [best, start] = [count, from];
  }
  const stop = Math.min(end, start + EXCERPT_WORDS);
  const joiner = zeroWidth ? "" : " ";
  const nodes = [];
  let plain = start > 0 ? `…${joiner}` : "";
  for (let at = start; at < stop; at++) {
    // raw_content is the text with only < and > escaped; undo exactly that.
    const word = words[at].replace(/&lt;|&gt;/g, (entity) => (entity === "&lt;" ? "<" : ">"));
    const gap = at > start ? joiner : "";
    if (hits.has(at)) {
      // Highlight the word, not the punctuation around it: "(crossing)," marks only "crossing".
      const [, before, core, after] = /^(\p{P}*)(.*?)(\p{P}*)$/su.exec(word);
      const mark = element("mark");
      mark.textContent = core || word;
      nodes.push(plain + gap + (core ? before : ""), mark);
      plain = core ? after : "";
    } else {
      plain += gap + word;
    }
  }
  if (stop < end) plain += `${joiner}…`;
  nodes.push(plain);
  return nodes.filter((node) => node !== "");
}

// ---- Filters ----

function buildFacet(facet, totals) {
  const values = Object.keys(totals);
  // Years newest first; everything else most events first, then by name.
  if (facet.key === "year") values.sort((a, b) => collator.compare(b, a));
  else values.sort((a, b) => totals[b] - totals[a] || collator.compare(a, b));
  // A shared link may name a value this index no longer has: show it, checked, so it can be removed.
  for (const value of state.filters[facet.key]) if (!(value in totals)) values.push(value);
  for (const value of values) addValue(facet, value);
}

function addValue(facet, value) {
  if (facet.values.has(value)) return;
  const item = element("li", "facet-value");
  const label = element("label");
  const box = element("input");
  box.type = "checkbox";
  box.name = facet.key;
  box.value = value;
  box.addEventListener("change", () => setFilter(facet.key, value, box.checked));
  const count = element("span", "facet-count");
  label.append(box, text(value, "facet-name", "auto"), count);
  item.append(label);
  facet.list.append(item);
  facet.values.set(value, { item, box, count });
  facet.order.push(value);
}

function updateFacet(facet) {
  // Values of a stale shared link that the index lacks still need a checkbox to remove them.
  for (const value of state.filters[facet.key]) addValue(facet, value);
  const counts = lastCounts[facet.key] ?? {};
  const selected = new Set(state.filters[facet.key]);
  let relevant = 0;
  for (const value of facet.order) {
    const { item, box, count } = facet.values.get(value);
    const n = counts[value] ?? 0;
    const on = selected.has(value);
    box.checked = on;
    count.replaceChildren(text(", ", "visually-hidden"), numbers.format(n), text(n === 1 ? " event" : " events", "visually-hidden"));
    if (!on && n === 0) {
      item.hidden = true;
      continue;
    }
    relevant++;
    item.hidden = !on && !facet.expanded && relevant > COLLAPSED;
  }
  facet.fieldset.hidden = relevant === 0;
  facet.toggle.hidden = relevant <= COLLAPSED;
  facet.toggle.setAttribute("aria-expanded", String(facet.expanded));
  facet.toggle.textContent = facet.expanded ? "Show fewer" : `Show all ${numbers.format(relevant)} ${facet.label.toLowerCase()}`;
}

function updateActive() {
  const chips = [];
  for (const facet of facets) {
    for (const value of state.filters[facet.key]) {
      const button = element("button", "search-chip");
      button.type = "button";
      button.append(
        text("Remove filter ", "visually-hidden"),
        text(`${facet.singular}: `, "search-chip-kind"),
        text(value, "search-chip-value", "auto"),
      );
      const cross = text("×", "search-chip-x");
      cross.setAttribute("aria-hidden", "true");
      button.append(cross);
      const index = chips.length;
      button.addEventListener("click", () => removeChip(facet.key, value, index));
      const item = element("li");
      item.append(button);
      chips.push(item);
    }
  }
  activeList.replaceChildren(...chips);
  active.hidden = chips.length === 0;
  filtersCount.textContent = chips.length ? `(${numbers.format(chips.length)} active)` : "";
}

/** Removing a chip removes its button: keep focus nearby, on the chip that takes its place. */
async function removeChip(key, value, index) {
  await setFilter(key, value, false);
  const buttons = activeList.querySelectorAll("button");
  const next = buttons[Math.min(index, buttons.length - 1)];
  if (next) next.focus();
  else input.focus();
}

// ---- Small DOM helpers ----

function element(tag, className) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}

/** A span holding `value` as text. */
function text(value, className, dir) {
  const span = element("span", className);
  if (dir) span.dir = dir;
  span.textContent = value ?? "";
  return span;
}

function safely(make, fallback) {
  try {
    return make();
  } catch {
    return fallback();
  }
}
