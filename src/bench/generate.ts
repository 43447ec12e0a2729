// A realistic, deterministic archive for benchmarks: N events shaped like the UCDP data (a few actors in
// most events and a long tail, places in a country › governorate › district › town hierarchy with
// coordinates, mixed date precisions) written as Dateline content files. Pure: the same options give
// the same files, byte for byte; writeArchive() is the only part that touches the disk.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { slugify } from "../model/slug.ts";
import {
  actorFile,
  contentText,
  type GeneratedFile,
  figureFile,
  makeActors,
  makeFigures,
  makePlaces,
  placeFile,
  reference,
  type PlaceSpec,
  type Places,
} from "./entities.ts";
import { dateFields, sourcesOf } from "./event-fields.ts";
import { NameBook } from "./names.ts";
import { Random, Zipf } from "./random.ts";
import { eventBody, eventTitle } from "./text.ts";
import { BENCH_EDITIONS, translateArchive } from "./translations.ts";

export interface GenerateOptions {
  events: number;
  seed?: number;
  /** First year of the archive (default 2016) and how many years it spans (default 6). */
  startYear?: number;
  years?: number;
}

export interface ArchiveSummary {
  events: number;
  places: number;
  actors: number;
  figures: number;
  /** Entities with a file; the rest exist only as references (implicit entities). */
  placeFiles: number;
  actorFiles: number;
  figureFiles: number;
}

export interface GeneratedArchive {
  files: GeneratedFile[];
  summary: ArchiveSummary;
}

export const DEFAULT_SEED = 20241219;

export function generateArchive(options: GenerateOptions): GeneratedArchive {
  const eventCount = options.events;
  if (!Number.isInteger(eventCount) || eventCount < 1)
    throw new Error(`events must be a positive whole number, not ${eventCount}`);
  const random = new Random(options.seed ?? DEFAULT_SEED);
  const book = new NameBook(random);

  const places = makePlaces(random, book, eventCount);
  const actors = makeActors(random, book, eventCount);
  const figures = makeFigures(random, book, eventCount, actors);

  const files: GeneratedFile[] = [
    ...places.all.filter((p) => p.file).map((p) => placeFile(random, p)),
    ...actors.filter((a) => a.file).map((a) => actorFile(random, a)),
    ...figures.filter((f) => f.file).map((f) => figureFile(random, f)),
  ];
  const townRank = new Zipf(places.towns.length, 0.9);
  const actorRank = new Zipf(actors.length, 1.15);
  const figureRank = new Zipf(figures.length, 0.8);
  const startYear = options.startYear ?? 2016;
  const years = options.years ?? 6;

  for (let index = 1; index <= eventCount; index++) {
    const where = eventPlaces(random, places, townRank);
    const who = random.distinct(random.pick([1, 2, 2, 2, 2, 2, 3, 3]), () => actors[actorRank.draw(random)]!);
    const people = random.distinct(
      random.pick([0, 0, 0, 0, 0, 1, 1, 1, 2, 2]),
      () => figures[figureRank.draw(random)]!,
    );
    const title = eventTitle(
      random,
      who[0]!.name,
      who[1]?.name ?? "local fighters",
      where[0]?.name ?? "the countryside",
    );
    const dates = dateFields(random, startYear, years);
    const slug = slugify(title).slice(0, 60).replace(/-+$/, "");
    const frontMatter: Record<string, unknown> = {
      title,
      ...dates.fields,
      ...(where.length ? { location: oneOrList(where.map((p) => reference(random, p))) } : {}),
      actors: who.map((a) => reference(random, a)),
      ...(people.length ? { figures: people.map((f) => reference(random, f)) } : {}),
      ...(random.chance(0.45) ? { counts: counts(random) } : {}),
      ...tags(random),
      ...(random.chance(0.15) ? { summary: `${title}, according to local sources.` } : {}),
      sources: sourcesOf(random, title, dates.day, `${slug}-${index}`),
    };
    const names = [...where, ...who, ...people].map((e) => e.name);
    const body = eventBody(random, random.int(100, 300), names);
    files.push({ path: `events/${dates.year}/${slug}-${index}.md`, text: contentText(frontMatter, body) });
  }

  const summary: ArchiveSummary = {
    events: eventCount,
    places: places.all.length,
    actors: actors.length,
    figures: figures.length,
    placeFiles: places.all.filter((p) => p.file).length,
    actorFiles: actors.filter((a) => a.file).length,
    figureFiles: figures.filter((f) => f.file).length,
  };
  return { files, summary };
}

/**
 * Writes the archive into contentDir (which should be empty or absent), with a site.yml. With `editions`,
 * the site has Arabic, Sorani and Turkish editions and the translations src/bench/translations.ts makes.
 */
export async function writeArchive(
  archive: GeneratedArchive,
  contentDir: string,
  options: { editions?: { seed: number } } = {},
): Promise<void> {
  const editions = options.editions ? `editions: [${BENCH_EDITIONS.join(", ")}]\n` : "";
  const all = [
    ...archive.files,
    ...(options.editions ? translateArchive(archive.files, options.editions.seed) : []),
    {
      path: "site.yml",
      text: `title: Benchmark timeline\ndescription: A generated archive.\nlanguage: en\n${editions}`,
    },
  ];
  for (const folder of new Set(all.map((f) => path.dirname(path.join(contentDir, f.path)))))
    await mkdir(folder, { recursive: true });
  const BATCH = 64;
  for (let i = 0; i < all.length; i += BATCH) {
    await Promise.all(all.slice(i, i + BATCH).map((f) => writeFile(path.join(contentDir, f.path), f.text, "utf8")));
  }
}

/** Mostly one town; sometimes only a district or governorate is known, sometimes two places, rarely none. */
function eventPlaces(random: Random, places: Places, townRank: Zipf): PlaceSpec[] {
  const roll = random.next();
  if (roll < 0.04) return [];
  const one = (): PlaceSpec => {
    const level = random.next();
    if (level < 0.06) return random.pick(places.governorates);
    if (level < 0.16) return random.pick(places.districts);
    return places.towns[townRank.draw(random)]!;
  };
  return roll < 0.9 ? [one()] : random.distinct(2, one);
}

function oneOrList(items: string[]): string | string[] {
  return items.length === 1 ? items[0]! : items;
}

function counts(random: Random): Record<string, number> {
  const deaths = Math.floor(Math.pow(random.next(), 3) * 60);
  return random.chance(0.3) ? { deaths, injured: random.int(0, deaths * 3 + 5) } : { deaths };
}

const TAGS = [
  "fighting",
  "shelling",
  "airstrike",
  "civilians",
  "aid",
  "ceasefire",
  "displacement",
  "border",
  "prisoners",
  "protest",
  "negotiations",
  "detention",
  "landmines",
  "health",
  "water",
  "economy",
  "returns",
  "tribes",
  "elections",
  "reconstruction",
];
const tagRank = new Zipf(TAGS.length, 1);

function tags(random: Random): { tags?: string[] } {
  const chosen = random.distinct(random.pick([0, 1, 1, 2, 2, 3]), () => TAGS[tagRank.draw(random)]!);
  return chosen.length ? { tags: chosen } : {};
}
