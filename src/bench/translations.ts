// Translations for the benchmark archive, to time a site with editions: an Arabic and a Sorani translation
// of every event and every entity file, and a Turkish one of every third event (editions are rarely
// complete). Titles and bodies are drawn from each language's own news words, as long as the English;
// entity names are spelled letter for letter in the language's script, so they stay as distinct as the
// English names they come from (a translated name resolves references too, and two alike would clash).
import { Random, Zipf } from "./random.ts";

export interface TranslatedFile {
  path: string;
  text: string;
}

interface Language {
  lang: string;
  words: string[];
  /** Latin letters a-z, in order, as this script's letters (absent: names are not translated). */
  letters?: string[];
  /** Every how many events are translated. */
  everyNth: number;
}

const LANGUAGES: Language[] = [
  {
    lang: "ar",
    words: (
      "في من على إلى عن مع بعد قبل قرب خلال قوات اشتباكات قصف غارة قرية بلدة مدينة قضاء طريق جسر حاجز " +
      "الحدود منفذ قافلة مساعدات المدنيين السكان العائلات النازحين مخيم مستشفى مدرسة سوق مسجد مياه كهرباء " +
      "خبز وقود أسعار أفادت مصادر محلية ناشطون مسؤولون المتحدث بيان اتفاق وقف إطلاق النار مفاوضات وفد انسحاب " +
      "تقدم هجوم مواقع جبهة مدفعية طائرة مسيرة جنود الشرطة معتقلين الإفراج تبادل قتلى جرحى مفقودين عودة"
    ).split(" "),
    letters: [..."ابتثجحخدذرزسشصضطظعغفقكلمنه"],
    everyNth: 1,
  },
  {
    lang: "ckb",
    words: (
      "لە بۆ بە لەگەڵ دوای پێش نزیک لەکاتی هێزەکان پێکدادان تۆپباران هێرشی ئاسمانی گوند شارۆچکە شار قەزا ڕێگا " +
      "پرد بازگە سنوور دەروازە کاروان هاوکاری هاووڵاتیان دانیشتووان خێزانەکان ئاوارەکان کەمپ نەخۆشخانە قوتابخانە " +
      "بازاڕ مزگەوت ئاو کارەبا نان سووتەمەنی نرخ سەرچاوە ناوخۆیی چالاکوان بەرپرسان وتەبێژ ڕاگەیەندراو ڕێککەوتن " +
      "ئاگربەست دانوستان شاند کشانەوە پێشڕەوی هێرش سەنگەر بەرە سەرباز پۆلیس گیراوان ئازادکردن کوژراو بریندار گەڕانەوە"
    ).split(" "),
    letters: [..."ئبپتجچحخدرڕزژسشعغفڤقکگلڵمن"],
    everyNth: 1,
  },
  {
    lang: "tr",
    words: (
      "ve ile için sonra önce yakın sırasında güçler çatışma bombardıman hava saldırısı köy kasaba şehir ilçe yol " +
      "köprü kontrol noktası sınır kapısı konvoy yardım siviller sakinler aileler yerinden edilmiş kamp hastane " +
      "okul pazar cami su elektrik ekmek yakıt fiyatlar yerel kaynaklar aktivistler yetkililer sözcü açıklama " +
      "anlaşma ateşkes müzakereler heyet çekilme ilerleme saldırı mevziler cephe asker polis tutuklular serbest " +
      "takas ölü yaralı kayıp dönüş"
    ).split(" "),
    everyNth: 3,
  },
];

/** The editions the translated archive's site.yml names. */
export const BENCH_EDITIONS = LANGUAGES.map((l) => l.lang);

/** A source file of the archive, as generateArchive writes it. */
interface SourceFile {
  path: string;
  text: string;
}

/** Translations beside `files` (events and entity files), deterministic for a seed. */
export function translateArchive(files: readonly SourceFile[], seed: number): TranslatedFile[] {
  const out: TranslatedFile[] = [];
  for (const language of LANGUAGES) {
    const random = new Random(seed + language.lang.length * 7919);
    const frequency = new Zipf(language.words.length, 0.9);
    const words = (count: number) =>
      Array.from({ length: count }, () => language.words[frequency.draw(random)]!).join(" ");
    let event = 0;
    for (const file of files) {
      const base = file.path.replace(/\.md$/, "");
      if (file.path.startsWith("events/")) {
        if (event++ % language.everyNth !== 0) continue;
        const { title, bodyWords } = eventWords(file.text);
        const body = paragraphs(random, bodyWords, words);
        const titleText = words(Math.max(3, title.split(/\s+/).length));
        out.push({ path: `${base}.${language.lang}.md`, text: `---\ntitle: ${quote(titleText)}\n---\n${body}\n` });
      } else if (language.letters && /^(places|actors|figures)\//.test(file.path)) {
        const name = /^name: (.*)$/m.exec(file.text)?.[1];
        if (!name) continue;
        const spelled = spell(unquote(name), language.letters);
        out.push({ path: `${base}.${language.lang}.md`, text: `---\nname: ${quote(spelled)}\n---\n` });
      }
    }
  }
  return out;
}

/** The English event's title and how many words its body has. */
function eventWords(text: string): { title: string; bodyWords: number } {
  const title = unquote(/^title: (.*)$/m.exec(text)?.[1] ?? "");
  const body = text.slice(text.indexOf("\n---\n", 4) + 5);
  return { title, bodyWords: body.split(/\s+/).filter(Boolean).length };
}

function paragraphs(random: Random, count: number, words: (count: number) => string): string {
  const out: string[] = [];
  for (let left = count; left > 0;) {
    const length = Math.min(left, random.int(40, 90));
    out.push(`${words(length)}.`);
    left -= length;
  }
  return out.join("\n\n");
}

/** A name letter for letter in another script; anything not a Latin letter is kept. */
function spell(name: string, letters: readonly string[]): string {
  return name.replace(/[A-Za-z]/g, (letter) => letters[letter.toLowerCase().charCodeAt(0) - 97]!);
}

function quote(text: string): string {
  return JSON.stringify(text);
}

function unquote(value: string): string {
  const trimmed = value.trim();
  if (trimmed.startsWith('"')) return JSON.parse(trimmed) as string;
  if (trimmed.startsWith("'")) return trimmed.slice(1, -1).replace(/''/g, "'");
  return trimmed;
}
