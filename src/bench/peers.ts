// Throwaway peer projects built from the same events, for comparison: bare Eleventy (event pages only,
// one layout, no entity pages) and Hugo (event pages plus places/actors/figures taxonomies, with minimal
// layouts). Both are written from the loaded model, so they get exactly Dateline's events. What a user of
// either runs to get search is the generator followed by Pagefind's CLI over its output: their event pages
// carry data-pagefind-body, place and actor filters and a date sort key, so that search does what ours does.
import { execFile } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { stringify } from "yaml";
import type { CalendarDate } from "../model/calendar.ts";
import type { Entity, Model, TimelineEvent } from "../model/types.ts";
import type { RunSpec } from "./measure.ts";

export type PeerName = "eleventy" | "hugo" | "eleventy+pagefind" | "hugo+pagefind";

export interface Peer {
  name: PeerName;
  /** What to run to build the peer into `outputDir`. */
  command(outputDir: string): RunSpec;
}

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const ELEVENTY_CLI = path.join(REPO, "node_modules/@11ty/eleventy/cmd.cjs");
const PAGEFIND_CLI = path.join(REPO, "node_modules/pagefind/lib/runner/bin.cjs");
const BATCH = 64;

/**
 * Writes a bare Eleventy project under `dir`: src/events/<id>.md with title, quoted date, places (with
 * those enclosing them) and actors, one layout.
 */
export async function writeEleventyProject(model: Model, dir: string): Promise<Peer> {
  const input = path.join(dir, "src");
  await mkdir(path.join(input, "events"), { recursive: true });
  await mkdir(path.join(input, "_includes"), { recursive: true });
  await writeFile(path.join(input, "events", "events.json"), JSON.stringify({ layout: "event.njk" }));
  await writeFile(
    path.join(input, "_includes", "event.njk"),
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title></head>\n' +
      '<body><article data-pagefind-body><h1>{{ title }}</h1><p><time data-pagefind-sort="date">' +
      "{{ page.date.toISOString().slice(0, 10) }}</time></p>\n{{ content | safe }}\n" +
      '<ul>{% for p in places %}<li data-pagefind-filter="place">{{ p }}</li>{% endfor %}' +
      '{% for a in actors %}<li data-pagefind-filter="actor">{{ a }}</li>{% endfor %}</ul></article></body></html>\n',
  );
  await writeAll(published(model), (event) => {
    const frontMatter = {
      title: event.title,
      date: dayOf(event.date),
      places: names(withEnclosing(event.places, model.places), model.places),
      actors: names(event.actors, model.actors),
    };
    return [
      path.join(input, "events", `${event.id}.md`),
      `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n${event.body}\n`,
    ];
  });
  return {
    name: "eleventy",
    command: (outputDir) => ({
      command: process.execPath,
      // Relative on purpose: with an absolute --input, Eleventy 3.1.8 ignores directory data files
      // (events/events.json), so no page got the layout.
      args: [ELEVENTY_CLI, "--input=src", `--output=${outputDir}`, "--quiet"],
      cwd: dir,
      node: true,
    }),
  };
}

/** Writes a Hugo site under `dir`: content/events/<id>.md with taxonomies as lists of names, minimal layouts. */
export async function writeHugoSite(model: Model, dir: string): Promise<Peer> {
  await mkdir(path.join(dir, "content", "events"), { recursive: true });
  await mkdir(path.join(dir, "layouts", "_default"), { recursive: true });
  await writeFile(
    path.join(dir, "hugo.toml"),
    // Feeds as Dateline's: 50 entries each (Hugo's default is every page, which grows as terms × events).
    'baseURL = "https://example.org/"\ntitle = "Benchmark"\n[services.rss]\n  limit = 50\n' +
      '[taxonomies]\n  place = "places"\n  actor = "actors"\n  figure = "figures"\n',
  );
  const head = '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>\n';
  await writeFile(
    path.join(dir, "layouts", "_default", "single.html"),
    `${head}<body><article data-pagefind-body><h1>{{ .Title }}</h1>` +
      `<p><time data-pagefind-sort="date">{{ .Date.Format "2006-01-02" }}</time></p>\n{{ .Content }}\n` +
      // Term links built from the front matter: the same URLs as .GetTerms, which cost Hugo 0.111 2.3× the
      // CPU of the whole build at 4,000 events.
      '{{ range $taxonomy := slice "places" "actors" "figures" }}{{ with index $.Params $taxonomy }}<ul>{{ range . }}' +
      '<li><a href="{{ printf "/%s/%s/" $taxonomy (urlize .) | relURL }}" data-pagefind-filter="{{ $taxonomy }}">' +
      "{{ . }}</a></li>{{ end }}</ul>{{ end }}{{ end }}\n" +
      "</article></body></html>\n",
  );
  await writeFile(
    path.join(dir, "layouts", "_default", "list.html"),
    `${head}<body><h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ .Date.Format "2006-01-02" }}</li>{{ end }}</ul></body></html>\n`,
  );
  await writeAll(published(model), (event) => {
    const frontMatter = {
      title: event.title,
      date: dayOf(event.date),
      // Dateline counts an event for every enclosing place too; so does this taxonomy.
      places: names(withEnclosing(event.places, model.places), model.places),
      actors: names(event.actors, model.actors),
      figures: names(event.figures, model.figures),
    };
    return [
      path.join(dir, "content", "events", `${event.id}.md`),
      `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n${event.body}\n`,
    ];
  });
  return {
    name: "hugo",
    command: (outputDir) => ({
      command: "hugo",
      args: ["--source", dir, "--destination", outputDir, "--cacheDir", path.join(dir, ".cache"), "--quiet"],
      cwd: dir,
    }),
  };
}

/** The peer followed by Pagefind's CLI over its output, as its users get search. */
export function withPagefind(peer: Peer): Peer {
  return {
    name: `${peer.name}+pagefind` as PeerName,
    command: (outputDir) => {
      const build = peer.command(outputDir);
      const pagefind = [process.execPath, PAGEFIND_CLI, "--site", outputDir, "--quiet"];
      const script = `${[build.command, ...build.args].map(shellQuote).join(" ")} && exec ${pagefind.map(shellQuote).join(" ")}`;
      return { command: "sh", args: ["-c", script], cwd: build.cwd, ...(build.env ? { env: build.env } : {}) };
    },
  };
}

function shellQuote(word: string): string {
  return `'${word.replace(/'/g, "'\\''")}'`;
}

/** `hugo version`'s first line, or undefined when hugo is not on the PATH. */
export async function hugoVersion(): Promise<string | undefined> {
  try {
    const { stdout } = await promisify(execFile)("hugo", ["version"]);
    return stdout.trim().split("\n")[0];
  } catch {
    return undefined;
  }
}

function names(ids: string[], entities: Map<string, Entity>): string[] {
  return ids.map((id) => entities.get(id)?.name ?? id);
}

function published(model: Model): TimelineEvent[] {
  return model.events.filter((event) => !event.draft);
}

/** The date as a day both peers parse: coarser dates fall on the first of their month or year. */
function dayOf(date: CalendarDate): string {
  const pad = (n: number | undefined) => String(n ?? 1).padStart(2, "0");
  return `${String(date.year).padStart(4, "0")}-${pad(date.month)}-${pad(date.day)}`;
}

function withEnclosing(ids: string[], places: Map<string, Entity>): string[] {
  const all = new Set<string>();
  for (const id of ids) {
    for (
      let place = places.get(id), hops = 0;
      place && !all.has(place.id) && hops < 50;
      place = place.within ? places.get(place.within) : undefined, hops++
    ) {
      all.add(place.id);
    }
  }
  return [...all];
}

async function writeAll<T>(items: readonly T[], file: (item: T) => [string, string]): Promise<void> {
  for (let i = 0; i < items.length; i += BATCH) {
    await Promise.all(items.slice(i, i + BATCH).map((item) => writeFile(...file(item))));
  }
}
