// A small site for the feed, export and import tests, written by the tests themselves: places nested
// three deep (al-Qaim › Anbar › Iraq) so roll-ups show, every date precision, circa, an end, updated,
// counts, tags, sources, an implicit place, a draft, text full of HTML and YAML syntax, and enough
// routine events to push the older ones out of the 50-entry feeds.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

export const BASE_URL = "https://example.org/border";
export const TRICKY_TITLE = `Guards say "<b>closed</b>" & ]]> it's 50% [sic]`;
/** Routine events: 2024-10-01 … 2024-11-25, older than every named event but one. */
export const ROUTINE = 56;

const FILES: Record<string, string> = {
  "site.yml":
    'title: "Border & <Crossings>"\ndescription: A test timeline of border crossings.\nlanguage: en\nbaseUrl: ""\n',
  "places/iraq.md": "---\nname: Iraq\nkind: country\ncoordinates: [33.2, 43.7]\n---\n",
  "places/syria.md": "---\nname: Syria\nkind: country\ncoordinates: [35.0, 38.5]\n---\n",
  "places/anbar.md": "---\nname: Anbar\nkind: governorate\nwithin: Iraq\ncoordinates: [33.4, 42.0]\n---\n",
  "places/al-qaim.md":
    "---\nname: al-Qaim\naliases: [Al Qa'im]\nkind: district\nwithin: Anbar\ncoordinates: [34.38, 41.09]\n---\nA district on the Euphrates.\n",
  "actors/iraqi-border-guards.md": "---\nname: Iraqi Border Guards\nkind: state-force\n---\n",
  "actors/hts.md": "---\nname: Hay’at Tahrir al-Sham\naliases: [HTS]\nkind: armed-group\n---\n",
  "figures/hayder-karkhi.md":
    "---\nname: Hayder Karkhi\nrole: spokesperson\naffiliations: [Iraqi Border Guards]\n---\n",
  "events/2024/crossing-closes.md": [
    "---",
    "title: Iraq closes the al-Qaim crossing",
    "date: 2024-12-07",
    "location: al-Qaim",
    "actors: [Iraqi Border Guards]",
    "figures: [Hayder Karkhi]",
    "counts:",
    "  soldiers returned: 2000",
    "  trucks: 40",
    "tags: [border, closures]",
    "sources:",
    "  - url: https://example.com/a?x=1&y=2",
    "    title: Crossing closed",
    "    publisher: Example News",
    "    date: 2024-12-08",
    "  - title: Statement by the border guards",
    "---",
    "The crossing closed as fighting neared the border.",
    "",
  ].join("\n"),
  "events/2024/crossing-reopens.md":
    "---\ntitle: Crossing reopens for one day\ndate: 2024-12-19T14:30+03:00\nend: 2024-12-20\nupdated: 2024-12-22\nlocation: [al-Qaim, Rabia]\nactors: [Iraqi Border Guards, HTS]\nsources: [https://example.com/b]\n---\nSoldiers crossed back.\n",
  "events/2024/offensive.md":
    "---\ntitle: Offensive begins\ndate: 2024-11\ncirca: true\nlocation: Syria\nactors: HTS\ntags: [conflict]\nsources: [https://example.com/c]\n---\nAn offensive began late in the month.\n",
  "events/2023/year-review.md":
    "---\ntitle: A year at the border\ndate: 2023\nsources: [https://example.com/d]\n---\nNothing dated more closely.\n",
  "events/2024/tricky.md": `---\ntitle: '${TRICKY_TITLE.replace(/'/g, "''")}'\ndate: 2024-12-21\nlocation: Anbar\nsummary: "Summary with <script>alert(1)</script> & co."\ntags: ["a;b", "x<y"]\nsources: [https://example.com/e]\n---\nBody.\n`,
  "events/2024/unconfirmed.md":
    "---\ntitle: Unconfirmed report\ndate: 2024-12-23\ndraft: true\nlocation: al-Qaim\nsources: [https://example.com/f]\n---\nNot yet confirmed.\n",
};

function routine(n: number): string {
  const day = new Date(Date.UTC(2024, 9, 1 + n)).toISOString().slice(0, 10);
  return `---\ntitle: Routine patrol ${n + 1}\ndate: ${day}\nlocation: Iraq\nactors: [Iraqi Border Guards]\nsources: [https://example.com/p${n}]\n---\nA patrol.\n`;
}

/** Published (non-draft) events in the fixture. */
export const PUBLISHED = 5 + ROUTINE;

export async function writeFixture(contentDir: string): Promise<void> {
  const files: Record<string, string> = { ...FILES };
  for (let n = 0; n < ROUTINE; n++) files[`events/2024/routine-${n + 1}.md`] = routine(n);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(contentDir, name)), { recursive: true });
    await writeFile(path.join(contentDir, name), text);
  }
}

/** A temporary folder removed by `cleanup`. */
export async function tempDir(prefix: string): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** The output file a site URL (absolute under BASE_URL, or root-relative) is served from. */
export function servedFile(outputDir: string, url: string): string {
  const pathname = url.startsWith(BASE_URL) ? url.slice(BASE_URL.length) : url;
  if (!pathname.startsWith("/")) throw new Error(`not a URL of this site: ${url}`);
  return path.join(outputDir, pathname.endsWith("/") ? `${pathname}index.html` : pathname);
}
