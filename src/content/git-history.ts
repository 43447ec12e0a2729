// `check --git-dates`: when did each event's facts last change, by git's history? A published event whose
// date, places, actors, figures or counts changed after it was first committed needs a correction (or at
// least `updated:`) from that day on, or readers cannot tell that what they cited has changed. The history
// is read with two git processes for the whole archive: one `git log` listing which commits touched which
// event files, and one `git cat-file --batch` reading the versions to compare.
import { spawn } from "node:child_process";
import { realpathSync } from "node:fs";
import path from "node:path";
import type { Diagnostic } from "../diagnostics.ts";
import { compareDates, parseDate } from "../model/calendar.ts";
import type { TimelineEvent } from "../model/types.ts";
import { parseFrontMatter } from "./frontmatter.ts";

/** The fields that say what happened, when, where and to whom: a change to one is a correction. */
export const FACT_FIELDS = ["date", "end", "circa", "location", "actors", "figures", "counts"] as const;

export interface FactChange {
  /** The day of the commit (committer date), and the commit. */
  date: string;
  commit: string;
  fields: string[];
}

interface Commit {
  hash: string;
  date: string;
}

/** Runs git in `cwd`, feeding `input`; resolves with stdout, rejects with git's own words. */
function git(cwd: string, args: string[], input?: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn("git", args, { cwd, stdio: [input === undefined ? "ignore" : "pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr!.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", (error) => reject(new Error(`git could not run: ${error.message}`)));
    child.on("close", (code) =>
      code === 0
        ? resolve(Buffer.concat(out))
        : reject(new Error(`git ${args[0]} failed: ${Buffer.concat(err).toString("utf8").trim()}`)),
    );
    if (input !== undefined) {
      // git may exit before it has read everything (a bad request): its error says why, not the broken pipe.
      child.stdin!.on("error", () => undefined);
      child.stdin!.end(input);
    }
  });
}

/** The facts of one version of an event file, as comparable text; undefined when it cannot be read. */
function factsOf(text: string): Record<string, string> | undefined {
  const front = parseFrontMatter(text);
  if (!front.ok) return undefined;
  const data = front.value.yaml.data as Record<string, unknown>;
  return Object.fromEntries(FACT_FIELDS.map((field) => [field, JSON.stringify(data[field] ?? null)]));
}

/**
 * For each event file of `contentDir` (paths as diagnostics print them, relative to the working directory)
 * with an earlier version in git, the last commit that changed its facts. Untracked files are left out.
 */
export async function lastFactChanges(contentDir: string, files: readonly string[]): Promise<Map<string, FactChange>> {
  const changes = new Map<string, FactChange>();
  if (files.length === 0) return changes;
  const top = (await git(contentDir, ["rev-parse", "--show-toplevel"])).toString("utf8").trim();
  // git names files from the top of the work tree, its real path.
  const fromTop = new Map(files.map((file) => [path.relative(top, realpathSync(file)).split(path.sep).join("/"), file]));

  // Newest first: "\0<hash> <yyyy-mm-dd>" then the files that commit touched.
  const log = (await git(top, ["log", "--format=%x00%H %cs", "--name-only", "--no-renames", "--", ...fromTop.keys()])).toString("utf8");
  const history = new Map<string, Commit[]>();
  for (const block of log.split("\0").slice(1)) {
    const [head = "", ...names] = block.split("\n");
    const [hash = "", date = ""] = head.split(" ");
    for (const name of names) {
      if (!fromTop.has(name)) continue;
      const commits = history.get(name);
      if (commits) commits.push({ hash, date });
      else history.set(name, [{ hash, date }]);
    }
  }

  // Every version of every file committed more than once, read in one batch.
  const wanted = [...history].filter(([, commits]) => commits.length > 1);
  const requests = wanted.flatMap(([name, commits]) => commits.map((c) => `${c.hash}:${name}`));
  const versions = await readBlobs(top, requests);
  for (const [name, commits] of wanted) {
    // Newest first: the first pair whose facts differ is the last change.
    for (let i = 0; i + 1 < commits.length; i++) {
      const now = factsOf(versions.get(`${commits[i]!.hash}:${name}`) ?? "");
      const before = factsOf(versions.get(`${commits[i + 1]!.hash}:${name}`) ?? "");
      if (!now || !before) continue;
      const fields = FACT_FIELDS.filter((field) => now[field] !== before[field]);
      if (fields.length === 0) continue;
      changes.set(fromTop.get(name)!, { date: commits[i]!.date, commit: commits[i]!.hash, fields });
      break;
    }
  }
  return changes;
}

/** `git cat-file --batch`: each requested `<commit>:<path>` blob's text; missing ones are left out. */
async function readBlobs(cwd: string, requests: readonly string[]): Promise<Map<string, string>> {
  const blobs = new Map<string, string>();
  if (requests.length === 0) return blobs;
  const out = await git(cwd, ["cat-file", "--batch"], `${requests.join("\n")}\n`);
  let at = 0;
  for (const request of requests) {
    const end = out.indexOf(10, at);
    const header = out.subarray(at, end).toString("utf8");
    at = end + 1;
    if (header.endsWith(" missing")) continue;
    const size = Number(header.split(" ")[2]);
    blobs.set(request, out.subarray(at, at + size).toString("utf8"));
    at += size + 1; // the blob, then a line feed
  }
  return blobs;
}

/** The `correction-missing` warnings: events whose facts changed after the last correction or `updated`. */
export function uncorrectedChanges(events: readonly TimelineEvent[], changes: ReadonlyMap<string, FactChange>): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const event of events) {
    const change = changes.get(event.file);
    if (!change || event.draft || event.withdrawn) continue;
    const day = parseDate(change.date);
    // `updated` already follows the latest correction (src/content/events.ts).
    if (day.ok && event.updated && compareDates(event.updated, day.value) >= 0) continue;
    found.push({
      file: event.file, line: 1, column: 1, severity: "warning", rule: "correction-missing",
      message:
        `its ${change.fields.join(", ")} changed on ${change.date} (commit ${change.commit.slice(0, 7)}) after it was published, ` +
        "with no correction since: add one under `corrections:` saying what changed, or at least `updated:`",
    });
  }
  return found;
}
