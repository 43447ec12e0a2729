// A headline from a long item of text (a news item, a spreadsheet note): its first sentence, cut at a
// word to a sensible length. The full text then becomes the body.

export const TITLE_MAX = 120;

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
// A sentence "ending" here is an abbreviation or an initial, not the end: U.S., Gen., Jan., J.
const ABBREVIATION =
  /(?:^|[\s(])(?:[A-Z]|[A-Z]\.[A-Z]|U\.S|U\.K|U\.N|Mr|Mrs|Ms|Dr|Gen|Col|Lt|Maj|Capt|Sgt|Brig|Adm|Gov|Sen|Rep|Pres|St|Jr|Sr|No|vs|etc|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.\s*$/;

/** The first sentence of `text` (white space collapsed). */
export function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  let sentence = "";
  for (const { segment } of segmenter.segment(flat)) {
    sentence += segment;
    if (!ABBREVIATION.test(sentence)) break;
  }
  return sentence.trim();
}

/** A title from text: its first sentence without the closing full stop, at most `max` characters. */
export function titleFromText(text: string, max = TITLE_MAX): string {
  let title = firstSentence(text).replace(/\.$/, "");
  if (title.length > max) {
    const cut = title.slice(0, max - 1);
    const space = cut.lastIndexOf(" ");
    title = `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, "")}…`;
  }
  return title;
}
