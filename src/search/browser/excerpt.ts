// A result's excerpt, built as text nodes and <mark> elements holding text: Pagefind's own excerpt is HTML
// and is never used, so nothing in an event's text can become markup.
import { RECORD_WORD_SEPARATORS, TEXT_META, TEXT_WORDS_META } from "../record-meta.ts";
import { element } from "./dom.ts";
import type { PagefindResultData } from "./pagefind-api.ts";

const EXCERPT_WORDS = 30;

/** Some scripts' words are separated by zero-width spaces instead, which Pagefind keeps in raw_content. */
const ZERO_WIDTH_SPACE = "\u200B";

/** Punctuation before and after a word's core: "(crossing)," is "(", "crossing", "),". */
const AROUND_PUNCTUATION = /^(\p{P}*)(.*?)(\p{P}*)$/su;

/**
 * The excerpt, as strings (text nodes) and <mark> elements. It is cut from the event's own words (the
 * record's first text_words words: summary and body), around the densest run of matches among them;
 * when the query only matched the title or a name, the text's opening words, unmarked. Words are split
 * exactly as Pagefind counts them, so its match locations index into them. Where the index holds the text
 * folded for search, the words come from the text as written (meta `text`), which has the same words.
 */
export function excerptNodes(data: PagefindResultData): (string | HTMLElement)[] {
  const written = data.meta[TEXT_META];
  const source = written ?? data.raw_content ?? data.content;
  const zeroWidth = source.includes(ZERO_WIDTH_SPACE);
  const words = source.split(zeroWidth ? ZERO_WIDTH_SPACE : RECORD_WORD_SEPARATORS);
  const declared = Number.parseInt(data.meta[TEXT_WORDS_META] ?? "", 10);
  const end = Number.isInteger(declared) && declared >= 0 ? Math.min(declared, words.length) : words.length;
  if (end === 0) return [];
  const hits = new Set(data.locations.filter((at) => Number.isInteger(at) && at >= 0 && at < end));
  const start = densestRun(hits, end);
  const stop = Math.min(end, start + EXCERPT_WORDS);
  const joiner = zeroWidth ? "" : " ";
  const nodes: (string | HTMLElement)[] = [];
  let plain = start > 0 ? `…${joiner}` : "";
  for (let at = start; at < stop; at++) {
    const word = written === undefined ? unescapeAngles(words[at] ?? "") : (words[at] ?? "");
    const gap = at > start ? joiner : "";
    if (hits.has(at)) {
      // Highlight the word, not the punctuation around it: "(crossing)," marks only "crossing".
      const [, before = "", core = "", after = ""] = AROUND_PUNCTUATION.exec(word) ?? [];
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

/** Where the run of EXCERPT_WORDS words holding the most matches starts (the first such run; 0 if none). */
function densestRun(hits: ReadonlySet<number>, end: number): number {
  let start = 0;
  let best = -1;
  for (const at of hits) {
    const from = Math.max(0, Math.min(at - 6, end - EXCERPT_WORDS));
    let count = 0;
    for (const other of hits) if (other >= from && other < from + EXCERPT_WORDS) count++;
    if (count > best) [best, start] = [count, from];
  }
  return start;
}

/** raw_content is the text with only < and > escaped; undo exactly that. */
function unescapeAngles(word: string): string {
  return word.replace(/&lt;|&gt;/g, (entity) => (entity === "&lt;" ? "<" : ">"));
}
