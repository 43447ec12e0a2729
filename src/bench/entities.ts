// The entities of the benchmark archive: a place hierarchy (country › governorate › district › town,
// with coordinates), actors (the dominant ones of the real data, then an invented long tail) and figures
// with roles and affiliations; most written as files, a few left implicit (only ever referenced).
import { stringify } from "yaml";
import { slugify } from "../model/slug.ts";
import { type NameBook, variantSpelling } from "./names.ts";
import { type Random, Zipf } from "./random.ts";

/** A content file the generator writes. */
export interface GeneratedFile {
  /** Relative to the content folder, forward slashes. */
  path: string;
  text: string;
}
import { eventBody } from "./text.ts";

export interface Spec {
  name: string;
  id: string;
  aliases: string[];
  /** Written as a file, or left implicit (only referenced). */
  file: boolean;
}
export interface PlaceSpec extends Spec {
  kind: string;
  within?: PlaceSpec;
  coordinates?: [number, number];
}
export interface ActorSpec extends Spec {
  kind: string;
  within?: ActorSpec;
}
export interface FigureSpec extends Spec {
  role: string;
  affiliations: ActorSpec[];
}

const COUNTRIES: { name: string; aliases: string[]; centre: [number, number]; weight: number }[] = [
  { name: "Syria", aliases: ["Syrian Arab Republic"], centre: [35.0, 38.5], weight: 6 },
  { name: "Iraq", aliases: ["Republic of Iraq"], centre: [33.3, 43.8], weight: 3 },
  { name: "Lebanon", aliases: [], centre: [33.9, 35.9], weight: 1 },
  { name: "Jordan", aliases: [], centre: [31.3, 36.6], weight: 1 },
  { name: "Turkey", aliases: ["Türkiye"], centre: [37.5, 37.0], weight: 1 },
];
/** The actors that dominate the real data, by rank; the long tail is invented. */
const MAJOR_ACTORS: { name: string; aliases: string[]; kind: string }[] = [
  { name: "Government of Syria", aliases: ["Syrian government"], kind: "government" },
  { name: "Syrian Insurgents", aliases: [], kind: "armed-group" },
  { name: "Islamic State", aliases: ["IS", "ISIS", "Daesh"], kind: "armed-group" },
  { name: "Syrian Democratic Forces", aliases: ["SDF"], kind: "armed-group" },
  { name: "Syrian National Army", aliases: ["SNA"], kind: "armed-group" },
  { name: "Civilians", aliases: [], kind: "population" },
  { name: "Hayat Tahrir al-Sham", aliases: ["HTS"], kind: "armed-group" },
  { name: "Ahrar al-Sham", aliases: [], kind: "armed-group" },
  { name: "Government of Iraq", aliases: ["Iraqi government"], kind: "government" },
  { name: "Turkish Armed Forces", aliases: ["TAF"], kind: "state-force" },
  { name: "Popular Mobilization Forces", aliases: ["PMF", "Hashd al-Shaabi"], kind: "state-force" },
  { name: "Russian Armed Forces", aliases: [], kind: "state-force" },
];
const ROLES = [
  "spokesperson",
  "commander",
  "governor",
  "minister",
  "envoy",
  "mayor",
  "negotiator",
  "field doctor",
  "journalist",
  "tribal elder",
];

export function makePlaces(random: Random, book: NameBook, eventCount: number) {
  const townCount = 100 + Math.round(eventCount * 0.35);
  const districtCount = Math.max(8, Math.round(townCount / 12));
  const governorateCount = Math.max(COUNTRIES.length, Math.round(districtCount / 5));
  const spec = (
    name: string,
    kind: string,
    aliases: string[],
    within?: PlaceSpec,
    coordinates?: [number, number],
  ): PlaceSpec => ({
    name,
    id: slugify(name),
    kind,
    aliases,
    file: true,
    ...(within ? { within } : {}),
    ...(coordinates ? { coordinates } : {}),
  });
  const near = (centre: [number, number], spread: number): [number, number] => [
    round4(centre[0] + (random.next() - 0.5) * spread),
    round4(centre[1] + (random.next() - 0.5) * spread),
  ];
  const alias = (name: string) => {
    const variant = variantSpelling(name);
    return variant !== name && book.claim(variant) ? [variant] : [];
  };

  const countries = COUNTRIES.map((c) => {
    book.claim(c.name);
    c.aliases.forEach((a) => book.claim(a));
    return spec(c.name, "country", c.aliases, undefined, c.centre);
  });
  const weighted = COUNTRIES.flatMap((c, i) => Array<number>(c.weight).fill(i));
  const governorates = Array.from({ length: governorateCount }, (_, i) => {
    const country = i < countries.length ? i : random.pick(weighted);
    const root = book.fresh((r) => r);
    const name = `${root} Governorate`;
    book.claim(name);
    return spec(name, "governorate", [root], countries[country], near(COUNTRIES[country]!.centre, 3));
  });
  const districts = Array.from({ length: districtCount }, (_, i) => {
    const governorate = governorates[i < governorates.length ? i : random.int(0, governorates.length - 1)]!;
    const name = book.fresh((r) => `${r} District`);
    return spec(
      name,
      "district",
      alias(name),
      governorate,
      random.chance(0.6) ? near(governorate.coordinates!, 1) : undefined,
    );
  });
  const towns = Array.from({ length: townCount }, (_, i) => {
    const district = districts[random.int(0, districts.length - 1)]!;
    const name = book.town();
    const kind = random.pick(["city", "town", "town", "village", "village", "village", "village", "border-crossing"]);
    const town = spec(
      name,
      kind,
      random.chance(0.2) ? alias(name) : [],
      district,
      near(district.coordinates ?? district.within!.coordinates!, 0.4),
    );
    // Well-known places have files; about one in twenty of the rest is only ever referenced.
    if (i >= 20 && random.chance(0.05)) town.file = false;
    return town;
  });
  return { all: [...countries, ...governorates, ...districts, ...towns], towns, districts, governorates };
}

export function makeActors(random: Random, book: NameBook, eventCount: number): ActorSpec[] {
  const major: ActorSpec[] = MAJOR_ACTORS.map((a) => {
    [a.name, ...a.aliases].forEach((n) => book.claim(n));
    return { name: a.name, id: slugify(a.name), aliases: a.aliases, kind: a.kind, file: true };
  });
  const tail = Array.from({ length: 30 + Math.round(eventCount / 80) }, (): ActorSpec => {
    const name = book.actor();
    const kind = name.endsWith("Committee") ? "organisation" : "armed-group";
    const within = random.chance(0.25) ? major[random.int(0, 6)] : undefined;
    return { name, id: slugify(name), aliases: [], kind, file: !random.chance(0.05), ...(within ? { within } : {}) };
  });
  return [...major, ...tail];
}

export function makeFigures(random: Random, book: NameBook, eventCount: number, actors: ActorSpec[]): FigureSpec[] {
  const actorRank = new Zipf(actors.length, 1.1);
  return Array.from({ length: 20 + Math.round(eventCount / 15) }, (): FigureSpec => {
    const name = book.person();
    const affiliations = random.distinct(
      random.pick([0, 1, 1, 1, 1, 1, 1, 2, 2]),
      () => actors[actorRank.draw(random)]!,
    );
    const title = random.pick(ROLES);
    const role = affiliations[0] ? `${title}, ${affiliations[0].name}` : title;
    return { name, id: slugify(name), aliases: [], role, affiliations, file: !random.chance(0.1) };
  });
}

export type Places = ReturnType<typeof makePlaces>;

/** How editors refer to an entity: mostly by name, sometimes by an alias or the id. */
export function reference(random: Random, entity: Spec): string {
  if (!entity.file) return entity.name; // an implicit entity has only the name it is referenced by
  const roll = random.next();
  if (roll < 0.1 && entity.aliases.length) return random.pick(entity.aliases);
  if (roll > 0.92) return entity.id;
  return entity.name;
}

export function placeFile(random: Random, place: PlaceSpec): GeneratedFile {
  const frontMatter = {
    name: place.name,
    ...(place.aliases.length ? { aliases: place.aliases } : {}),
    kind: place.kind,
    ...(place.within ? { within: place.within.name } : {}),
    ...(place.coordinates ? { coordinates: place.coordinates } : {}),
  };
  return {
    path: `places/${place.id}.md`,
    text: contentText(frontMatter, random.chance(0.6) ? eventBody(random, random.int(15, 40), []) : ""),
  };
}

export function actorFile(random: Random, actor: ActorSpec): GeneratedFile {
  const frontMatter = {
    name: actor.name,
    ...(actor.aliases.length ? { aliases: actor.aliases } : {}),
    kind: actor.kind,
    ...(actor.within ? { within: actor.within.name } : {}),
  };
  return {
    path: `actors/${actor.id}.md`,
    text: contentText(frontMatter, random.chance(0.8) ? eventBody(random, random.int(20, 60), []) : ""),
  };
}

export function figureFile(random: Random, figure: FigureSpec): GeneratedFile {
  const frontMatter = {
    name: figure.name,
    role: figure.role,
    ...(figure.affiliations.length ? { affiliations: figure.affiliations.map((a) => a.name) } : {}),
  };
  return {
    path: `figures/${figure.id}.md`,
    text: contentText(frontMatter, random.chance(0.7) ? eventBody(random, random.int(15, 40), []) : ""),
  };
}

export function contentText(frontMatter: Record<string, unknown>, body: string): string {
  const yaml = stringify(frontMatter, { lineWidth: 0, aliasDuplicateObjects: false });
  return `---\n${yaml}---\n${body ? `${body}\n` : ""}`;
}

function round4(value: number): number {
  return Math.round(value * 10000) / 10000;
}
