// What a search record carries for the search page to show: written by the index (src/search/records.ts),
// read back from Pagefind's result data by the search page (src/search/browser/). Both sides import it,
// so the page cannot look for a key the index no longer writes. It imports nothing: the page bundles it.

/**
 * Meta key holding how many words of the content are the event's own text (summary and body). The
 * search page takes excerpts from those words only: the rest (title, names, aliases, tags, sources) is
 * there to be found, not read, and a list of aliases makes a poor excerpt.
 */
export const TEXT_WORDS_META = "text_words";

/**
 * Meta key holding the event's own text as written, when folding it for search (src/search/fold.ts) changed
 * a word. Folding keeps every word in its place, so the search page cuts the excerpt from this text by the
 * word positions Pagefind found in the folded one, and readers see the words as they were written.
 */
export const TEXT_META = "text";

/**
 * Meta keys holding the language of the title and of the text when it is not the edition's: an event not
 * yet translated is indexed in its own words, and the search page marks them with their language.
 */
export const TITLE_LANG_META = "lang";
export const TEXT_LANG_META = "text_lang";

/** An event record's metadata: Pagefind keeps these strings and hands them back with each result. */
export type EventRecordMeta = {
  title: string;
  /** The event's date as its pages show it ("c. December 2024", "6–8 December 2024"). */
  date: string;
  /** Its places' names joined with ", "; absent when it has none. */
  place?: string;
  /** How many leading words of the content are excerpt text, as a decimal string. */
  [TEXT_WORDS_META]: string;
  [TEXT_META]?: string;
  [TITLE_LANG_META]?: string;
  [TEXT_LANG_META]?: string;
};

/**
 * Pagefind's word boundaries in a record's content: its pagefind.js splits the content on these, so the
 * match locations it reports, and our count of text words, index into words split exactly so.
 */
export const RECORD_WORD_SEPARATORS = /[^\S\uFEFF]+/;
