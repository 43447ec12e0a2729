// Folding Arabic-script text for search, the same way at index time (src/search/records.ts) and at query
// time (the search page's script): readers type the same word in several spellings, and Pagefind only
// lower-cases and drops combining marks. Folding maps each letter to the form it is most often typed as,
// so `محافظه` finds `محافظة`, `مصطفي` finds `مصطفى` and `الکاظمی` (Persian kaf and yeh, as Sorani
// writers type it) finds `الكاظمي`. It never adds or removes a space, so a folded text has exactly the
// words of the original, in the same places: the search page cuts excerpts from the original text by
// the word positions Pagefind reports in the folded one.

/** Letters mapped to the letter they are folded to. */
const LETTERS: Record<string, string> = {
  // Alef with hamza or madda, and alef wasla: the bare alef most keyboards and writers use.
  "\u0622": "\u0627", // آ
  "\u0623": "\u0627", // أ
  "\u0625": "\u0627", // إ
  "\u0671": "\u0627", // ٱ
  // Hamza carried by waw or yeh: the carrier alone.
  "\u0624": "\u0648", // ؤ → و
  "\u0626": "\u064A", // ئ → ي
  // Taa marbuta and heh are written alike at a word's end, and often typed alike.
  "\u0629": "\u0647", // ة → ه
  // Alef maqsura, Persian and Kurdish yeh: the Arabic yeh. Egyptian and Iraqi writing often drops the dots.
  "\u0649": "\u064A", // ى
  "\u06CC": "\u064A", // ی
  "\u06CE": "\u064A", // ێ (Sorani ê, typed as yeh on an Arabic keyboard)
  // Persian and Kurdish keheh: the Arabic kaf.
  "\u06A9": "\u0643", // ک → ك
  // Sorani letters typed with the plain Arabic letter on keyboards without them.
  "\u06BE": "\u0647", // ھ (Sorani h) → ه
  "\u06D5": "\u0647", // ە (Sorani e) → ه
  "\u0695": "\u0631", // ڕ → ر
  "\u06B5": "\u0644", // ڵ → ل
  "\u06C6": "\u0648", // ۆ → و
  "\u06C7": "\u0648", // ۇ → و
  "\u06A4": "\u0641", // ڤ → ف
};

/**
 * Removed outright: tatweel (a stretching stroke, `الأنبـــار`), the short vowels and other marks written
 * above or below letters, Quranic annotation signs, and the zero-width (non-)joiners Persian and Kurdish
 * writers put inside words.
 */
// eslint-disable-next-line no-misleading-character-class -- the marks are listed alone, to be removed
const REMOVED = /[\u0640\u064B-\u065F\u0670\u06D6-\u06ED\u200C\u200D]/g;

/** Each letter to fold, and the Arabic-Indic and Persian digits (as the Latin digits readers also type). */
const FOLDED = new RegExp(`[${Object.keys(LETTERS).join("")}\u0660-\u0669\u06F0-\u06F9]`, "g");

/** A letter's fold; a digit's Latin digit, the last hex digit of its code (U+0660-0669, U+06F0-06F9). */
const folded = (character: string): string => LETTERS[character] ?? String(character.charCodeAt(0) & 0xf);

const PRESENTATION_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFF]/;

/** What only a word-by-word fold gets right: marks whose removal can empty a word, and presentation forms. */
// eslint-disable-next-line no-misleading-character-class -- the marks are listed alone, as in REMOVED
const WORD_BY_WORD = /[\u0640\u064B-\u065F\u0670\u06D6-\u06ED\u200C\u200D\uFB50-\uFDFF\uFE70-\uFEFF]/;

const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

/**
 * The text with Arabic-script spelling variants folded; other scripts come back as they are. Exactly
 * foldEachWord(text), without cutting the text into words unless it holds something only a word-by-word
 * fold gets right: folding the search records of a large archive word by word took a fifth of the build's
 * main thread.
 */
export function foldArabicScript(text: string): string {
  if (!ARABIC_SCRIPT.test(text)) return text;
  if (!WORD_BY_WORD.test(text)) return text.replace(FOLDED, folded);
  return text.replace(/\S+/g, (word) => (WORD_BY_WORD.test(word) ? foldWord(word) : word.replace(FOLDED, folded)));
}

/** The plain way, a word at a time: what foldArabicScript must always equal (test/fold.test.ts). */
export function foldEachWord(text: string): string {
  if (!ARABIC_SCRIPT.test(text)) return text;
  return text.split(/(\s+)/).map(foldWord).join("");
}

function foldWord(word: string): string {
  let bare = letters(word).replace(REMOVED, "");
  // Removing a joiner can bring two marks together that normalisation orders: order them now, so that
  // folding the folded text changes nothing (found by test/fold.test.ts: U+0610, ZWNJ, U+0618, U+FBB2).
  if (bare !== word) bare = bare.normalize("NFC");
  const result = bare.replace(FOLDED, folded);
  // A word of marks alone must stay a word, or every word after it would shift.
  return result === "" && word !== "" ? word : result;
}

/**
 * Presentation forms (ﻻ, ﺍ…) pasted from old documents, as the letters they show. A ligature of a whole
 * phrase (ﷺ) would bring spaces of its own: they are dropped, to keep the word one word.
 */
function letters(word: string): string {
  return PRESENTATION_FORMS.test(word) ? word.normalize("NFKC").replace(/\s+/g, "") : word;
}
