// One normalisation for matching names, aliases and references (docs/content-format.md "References"):
// Unicode form, case, diacritics, apostrophe and quote kinds, dash kinds and runs of white space.

const APOSTROPHES = /['‘’‚‛′ʼʻʹʽ`´ʿʾ"“”„‟″«»‹›]/g;
const DASHES = /[\p{Pd}\u2212\u2010\u2011]/gu;
const MARKS = /\p{M}/gu;
const SPACE = /[\s\u200b-\u200f\u2060\ufeff]+/g;
// Letters written two ways across Arabic-script orthographies (Arabic and Kurdish/Persian keyboards).
const ARABIC_VARIANTS: Record<string, string> = {
  ی: "ي",
  ى: "ي",
  ک: "ك",
  ە: "ه",
  ة: "ه",
  أ: "ا",
  إ: "ا",
  آ: "ا",
  ـ: "",
};
const ARABIC = /[یىکەةأإآـ]/g;

export function normalizeName(text: string): string {
  return text
    .replace(APOSTROPHES, "'") // first: NFKD would turn the acute accent ´ into a space and a mark
    .normalize("NFKD")
    .replace(MARKS, "")
    .normalize("NFKC")
    .replace(ARABIC, (letter) => ARABIC_VARIANTS[letter] ?? letter)
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(APOSTROPHES, "'")
    .replace(DASHES, "-")
    .replace(SPACE, " ")
    .trim();
}
