// Event text for the benchmark archive: titles from a few news patterns, bodies of 100-300 words drawn
// from a word list with a Zipf-like frequency (a few words everywhere, most rarely), as news text has.
import { type Random, Zipf } from "./random.ts";

const WORDS = (
  "the of and to in a on for with by from at as that was were said after before near during under over " +
  "forces fighting clashes shelling airstrike airstrikes village town city district road bridge checkpoint " +
  "border crossing convoy aid civilians residents families displaced camp hospital school market mosque " +
  "water electricity bread fuel prices reported according sources local activists officials spokesperson " +
  "statement agreement ceasefire negotiations talks delegation withdrawal advance attack attacks defence " +
  "positions front line frontline artillery mortar rockets drone drones helicopter tanks vehicles fighters " +
  "soldiers troops police guards prisoners detainees release exchange killed wounded injured dead missing " +
  "casualties bodies rescue teams volunteers medical supplies shelter tents winter rain flooding harvest " +
  "farmers wheat olive trucks highway governorate council elders tribe tribal leaders mediation " +
  "reconciliation return returnees refugees shelters evacuation buses route corridor humanitarian " +
  "organisation observers monitors investigation report images video footage witnesses journalists " +
  "press conference announced denied confirmed claimed responsibility accused blamed responded retaliated " +
  "morning evening night dawn week month days hours early late several dozens hundreds thousands " +
  "northern southern eastern western central outskirts countryside valley river plain hills mountain " +
  "airport base barracks headquarters warehouse factory power station pipeline oil field dam " +
  "curfew arrests raid raids search operation campaign offensive counteroffensive siege blockade " +
  "reopened closed resumed halted suspended continued renewed expanded reduced increased calm tension " +
  "protest protesters demonstration strike workers students teachers salaries ministry minister governor " +
  "mayor commander brigade battalion unit faction factions groups group coalition alliance government " +
  "opposition rebels militia militias army security intelligence court trial sentence law decree"
).split(" ");
const WORD_FREQUENCY = new Zipf(WORDS.length, 0.9);

const TITLES = [
  (who: string, other: string, where: string) => `Clashes between ${who} and ${other} near ${where}`,
  (who: string, _other: string, where: string) => `Shelling reported in ${where}`,
  (who: string, _other: string, where: string) => `${who} advances on ${where}`,
  (_who: string, _other: string, where: string) => `Airstrikes hit ${where}`,
  (who: string, other: string, where: string) => `Ceasefire agreed between ${who} and ${other} in ${where}`,
  (_who: string, _other: string, where: string) => `Aid convoy reaches ${where}`,
  (who: string, _other: string, where: string) => `${who} withdraws from ${where}`,
  (who: string, other: string) => `Prisoner exchange between ${who} and ${other}`,
  (_who: string, _other: string, where: string) => `Protest in ${where} over bread prices`,
  (who: string, _other: string, where: string) => `${who} sets up checkpoints around ${where}`,
  (_who: string, _other: string, where: string) => `Families return to ${where}`,
  (who: string) => `${who} issues a statement on the offensive`,
];

export function eventTitle(random: Random, who: string, other: string, where: string): string {
  return random.pick(TITLES)(who, other, where);
}

/** A body of `words` words in 2-4 paragraphs; `names` are woven in now and then, as reports name them. */
export function eventBody(random: Random, words: number, names: readonly string[]): string {
  const paragraphs: string[] = [];
  const perParagraph = Math.ceil(words / random.int(2, 4));
  let written = 0;
  while (written < words) {
    const sentences: string[] = [];
    let inParagraph = 0;
    while (inParagraph < perParagraph && written + inParagraph < words) {
      const length = Math.min(random.int(8, 18), words - written - inParagraph);
      const sentence: string[] = [];
      for (let i = 0; i < length; i++) sentence.push(WORDS[WORD_FREQUENCY.draw(random)]!);
      if (names.length > 0 && random.chance(0.35))
        sentence.splice(random.int(1, sentence.length), 0, random.pick(names));
      sentence[0] = sentence[0]![0]!.toUpperCase() + sentence[0]!.slice(1);
      sentences.push(`${sentence.join(" ")}.`);
      inParagraph += length;
    }
    written += inParagraph;
    paragraphs.push(sentences.join(" "));
  }
  return paragraphs.join("\n\n");
}
