// Invented names for the benchmark archive, in the shape of the region's real ones (Kafr Nabl, Tell
// Abyad, Liwa al-Quds), each unique within its kind even once spaces and punctuation are ignored, so
// the archive trips no near-duplicate or collision diagnostics.
import { nameSkeleton } from "../model/near-duplicates.ts";
import type { Random } from "./random.ts";

const SYLLABLES = [
  "ba",
  "dar",
  "fa",
  "ha",
  "jab",
  "kha",
  "ma",
  "nab",
  "qa",
  "ra",
  "sal",
  "shar",
  "ta",
  "ya",
  "za",
  "mur",
  "hus",
  "kar",
  "lat",
  "sum",
  "tal",
  "rab",
  "mish",
  "sha",
  "rif",
  "zur",
  "qad",
  "hal",
  "bu",
  "wad",
  "kam",
  "mal",
  "sar",
  "dun",
  "jar",
  "lu",
  "nu",
  "ri",
  "ki",
  "di",
  "si",
  "zi",
  "bar",
  "mar",
  "har",
  "far",
  "dib",
];
const TOWN_PREFIXES = [
  "",
  "",
  "",
  "",
  "Tell ",
  "Ain ",
  "Deir ",
  "Kafr ",
  "Umm ",
  "Abu ",
  "Jisr ",
  "Khirbet ",
  "Bir ",
  "al-",
  "Tal ",
  "Ras ",
];
const ACTOR_PATTERNS = [
  (root: string) => `${root} Brigade`,
  (root: string) => `${root} Battalion`,
  (root: string) => `Liwa ${root}`,
  (root: string) => `${root} Front`,
  (root: string) => `Army of ${root}`,
  (root: string) => `${root} Tribal Forces`,
  (root: string) => `${root} Operations Room`,
  (root: string) => `${root} Movement`,
  (root: string) => `${root} Relief Committee`,
];
const FIRST_NAMES = [
  "Ahmad",
  "Mohammed",
  "Ali",
  "Hassan",
  "Omar",
  "Khaled",
  "Yusuf",
  "Ibrahim",
  "Mahmoud",
  "Fatima",
  "Layla",
  "Rania",
  "Samir",
  "Nadia",
  "Walid",
  "Tariq",
  "Ziad",
  "Huda",
  "Mariam",
  "Bashir",
  "Karim",
  "Salim",
  "Rami",
  "Hadi",
  "Jamal",
  "Nour",
  "Rasha",
  "Amal",
  "Faisal",
  "Hamza",
  "Dalia",
  "Munir",
  "Suha",
  "Adnan",
  "Lina",
];

/** Hands out names never given before (compared by skeleton: letters and digits only). */
export class NameBook {
  private readonly used = new Set<string>();
  constructor(private readonly random: Random) {}

  /** Claims `name` if free; returns whether it was. */
  claim(name: string): boolean {
    const skeleton = nameSkeleton(name);
    if (this.used.has(skeleton)) return false;
    this.used.add(skeleton);
    return true;
  }

  /** A new name from `make`, with a longer root each time the short ones run out. */
  fresh(make: (root: string) => string): string {
    for (let attempt = 0; ; attempt++) {
      const name = make(this.root(2 + Math.floor(attempt / 30)));
      if (this.claim(name)) return name;
    }
  }

  root(syllables: number): string {
    let text = "";
    for (let i = 0; i < syllables; i++) text += this.random.pick(SYLLABLES);
    return text[0]!.toUpperCase() + text.slice(1);
  }

  town(): string {
    const prefix = this.random.pick(TOWN_PREFIXES);
    return this.fresh((root) => `${prefix}${root}`);
  }

  actor(): string {
    const pattern = this.random.pick(ACTOR_PATTERNS);
    return this.fresh(pattern);
  }

  person(): string {
    const first = this.random.pick(FIRST_NAMES);
    const family = this.random.chance(0.5) ? "al-" : "";
    return this.fresh((root) => `${first} ${family}${root}${this.random.chance(0.3) ? "i" : ""}`);
  }
}

/** Another common romanisation of an Arabic place name: what editors list as an alias. */
export function variantSpelling(name: string): string {
  return name
    .replace(/^Kafr /, "Kfar ")
    .replace(/^Tell /, "Tal ")
    .replace(/^Ain /, "Ayn ")
    .replace(/q/g, "k")
    .replace(/u/g, "ou")
    .replace(/sh/g, "ch");
}
