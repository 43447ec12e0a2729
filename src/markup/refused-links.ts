// The links markdown-it refused while parsing a body, and where they were written. markdown-it drops a
// refused link without a word (the text stays, the link goes); an editor needs to be told where. Each
// refusal is noted as md.validateLink gives its verdict, during the same parse that makes the page's
// HTML, so what `check` reports is exactly what the page leaves out.
import type { Env, MarkdownIt, StateBlock, StateInline, Token } from "markdown-it";
import { linkRefusal, type LinkRefusal } from "./link-policy.ts";

export interface RefusedLink {
  /** 0-based line of the body. */
  line: number;
  /** 1-based column where the destination starts. */
  column: number;
  /** The destination as written (without the angle brackets of `<…>`), up to the end of its first line. */
  written: string;
  refusal: LinkRefusal;
}

/** What markdown-it is parsing when it asks whether a link may be made. */
type Site =
  /** A reference definition (`[name]: url`) at `line`, in the block phase; its state's text is the body. */
  | { kind: "reference"; state: StateBlock; line: number }
  /** A link, image or autolink in an inline token's text (or in an image's alt text inside it). */
  | { kind: "inline"; state: StateInline };

interface Destination {
  src: string;
  start: number;
  end: number;
}

interface Recording {
  /** The body being parsed, and its lines once a refusal needs them. */
  body: string;
  lines?: string[];
  found: Map<string, RefusedLink>;
  site?: Site;
  /** The inline token being parsed, and the lines its text came from. */
  token?: Token;
  map?: [number, number];
  /** The destination markdown-it parsed last; a link's or image's verdict follows right after it. */
  destination?: Destination;
}

export type ParseNotingRefusals = (src: string, env: Env) => { tokens: Token[]; refused: RefusedLink[] };

const LESS_THAN = 0x3c;

/**
 * Sets `md`'s link verdict (src/markup/link-policy.ts) and returns md.parse that also lists the links
 * refused. Bare URLs that linkify refuses (`ftp://…`) are not listed: they stay in the text as written.
 * markdown-it parses synchronously, so one recording at a time is all there is.
 */
export function noteRefusedLinks(md: MarkdownIt): ParseNotingRefusals {
  let recording: Recording | undefined;
  const setSite = (site: Site | undefined) => {
    if (recording) recording.site = site;
  };

  md.validateLink = (url: string) => {
    const refusal = linkRefusal(url, md.utils.isValidEntityCode);
    if (refusal && recording) note(recording, refusal, url);
    return refusal === undefined;
  };
  const parseDestination = md.helpers.parseLinkDestination;
  md.helpers.parseLinkDestination = (src, start, max) => {
    const result = parseDestination(src, start, max);
    if (recording) recording.destination = { src, start, end: result.ok ? result.pos : start };
    return result;
  };
  // Markers that only say where the parse is: each runs just before the rule that asks for a verdict.
  md.block.ruler.before("reference", "dateline_reference_site", (state, line) => {
    setSite({ kind: "reference", state, line });
    return false;
  });
  md.inline.ruler.before("link", "dateline_link_site", (state) => (setSite({ kind: "inline", state }), false));
  md.inline.ruler.before("linkify", "dateline_linkify_site", () => (setSite(undefined), false));
  md.core.ruler.before("linkify", "dateline_linkify_site", () => setSite(undefined));
  // markdown-it's own inline step, noting which token's text is being parsed. Table cells have no map of
  // their own: the row's, just before them, says which line they are on.
  md.core.ruler.at("inline", (state) => {
    let map: [number, number] | undefined;
    for (const token of state.tokens) {
      map = token.map ?? map;
      if (token.type !== "inline") continue;
      if (recording) {
        recording.token = token;
        recording.map = map;
      }
      state.md.inline.parse(token.content, state.md, state.env, token.children ?? []);
    }
  });

  return (src, env) => {
    const current: Recording = { body: src, found: new Map() };
    recording = current;
    try {
      const tokens = md.parse(src, env);
      const refused = [...current.found.values()].sort((a, b) => a.line - b.line || a.column - b.column);
      return { tokens, refused };
    } finally {
      recording = undefined;
    }
  };
}

/** Notes a refusal once (a link inside a label is looked at twice), at the destination's position. */
function note(recording: Recording, refusal: LinkRefusal, url: string): void {
  const { site } = recording;
  if (!site) return;
  const found =
    site.kind === "reference" ? referenceLink(recording, site, url) : inlineLink(recording, site.state, url);
  if (!found) return;
  // A backslash can carry a destination over a line end; a diagnostic is one line.
  const lineEnd = found.written.indexOf("\n");
  const written = lineEnd === -1 ? found.written : `${found.written.slice(0, lineEnd)}…`;
  const link = { ...found, written, refusal };
  recording.found.set(`${link.line}:${link.column}:${link.written}`, link);
}

type Place = Omit<RefusedLink, "refusal">;

/** A reference definition's destination: its offset in the body gives line and column exactly. */
function referenceLink(recording: Recording, { state, line }: { state: StateBlock; line: number }, url: string): Place {
  const { destination } = recording;
  if (destination?.src !== state.src) return { line, column: firstNonBlank(bodyLines(recording)[line]), written: url };
  return writtenAt(destination, (offset, written) => ({ ...bodyPosition(state.src, offset), written }));
}

/** An inline destination or autolink: its offset is in the token's text, cut from the body by block parsing. */
function inlineLink(recording: Recording, state: StateInline, url: string): Place | undefined {
  const token = recording.token;
  if (!token) return undefined;
  // An image's alt text is parsed on its own; it is a piece of the token's text.
  const base = state.src === token.content ? 0 : token.content.indexOf(state.src);
  const at = (offset: number, written: string) =>
    tokenPlace(recording, token.content, base === -1 ? -1 : base + offset, written);
  if (state.src.charCodeAt(state.pos) === LESS_THAN) {
    const end = state.src.indexOf(">", state.pos);
    return at(state.pos + 1, state.src.slice(state.pos + 1, end === -1 ? undefined : end));
  }
  const { destination } = recording;
  if (destination?.src !== state.src || destination.start < state.pos) return at(-1, url);
  return writtenAt(destination, at);
}

type Position = { line: number; column: number };

/** The destination as written, placed at its first character (after `<` in the `<…>` form). */
function writtenAt({ src, start, end }: Destination, place: (offset: number, written: string) => Place): Place {
  const raw = src.slice(start, end);
  const bracketed = raw.startsWith("<") && raw.endsWith(">") && raw.length >= 2;
  return place(bracketed ? start + 1 : start, bracketed ? raw.slice(1, -1) : raw);
}

function bodyPosition(body: string, offset: number): Position {
  const lineStart = body.lastIndexOf("\n", offset - 1) + 1;
  return { line: countNewlines(body, 0, lineStart), column: offset - lineStart + 1 };
}

/**
 * The body position of an offset in an inline token's text. The token's map gives its first line; block
 * parsing cut list and quote markers and indentation from the front of each line, so a line of the text
 * is the end of its body line. Where it is not (a tab widened to spaces, `\|` in a table cell read as
 * `|`), the destination as written is looked for on that line, nearest where the text would put it;
 * failing that, or for an offset of -1, the line's first non-blank column stands in.
 */
function tokenPlace(recording: Recording, text: string, offset: number, written: string): Place {
  const lines = bodyLines(recording);
  const first = recording.map?.[0] ?? 0;
  if (offset < 0) return { line: first, column: firstNonBlank(lines[first]), written };
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const lineEnd = text.indexOf("\n", offset);
  const textLine = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  const line = first + countNewlines(text, 0, lineStart);
  const source = lines[line] ?? "";
  const at = source.lastIndexOf(textLine);
  if (at !== -1) return { line, column: at + (offset - lineStart) + 1, written };
  // In a table cell `\|` reads as `|`, so the destination may be written with the backslash.
  for (const form of [written, written.replaceAll("|", "\\|")]) {
    const found = nearest(source, form, offset - lineStart);
    if (found !== -1) return { line, column: found + 1, written: form };
  }
  return { line, column: firstNonBlank(source), written };
}

/** The index of `part` in `text` closest to `near`, or -1. */
function nearest(text: string, part: string, near: number): number {
  let best = -1;
  for (let i = part === "" ? -1 : text.indexOf(part); i !== -1; i = text.indexOf(part, i + 1)) {
    if (best === -1 || Math.abs(i - near) < Math.abs(best - near)) best = i;
  }
  return best;
}

/** The body's lines as markdown-it reads them (NUL as U+FFFD, CR as a line end), split once when needed. */
function bodyLines(recording: Recording): string[] {
  return (recording.lines ??= recording.body.replace(/\0/g, "\uFFFD").split(/\r\n?|\n/));
}

function firstNonBlank(line: string | undefined): number {
  const at = line?.search(/\S/) ?? -1;
  return at === -1 ? 1 : at + 1;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf("\n", from); i !== -1 && i < to; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
