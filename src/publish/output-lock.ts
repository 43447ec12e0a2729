// One build at a time per output folder. `<output>.lock`, created exclusively beside the output, names the
// command holding it (`npm run build`, or `npm start` for its own folder), with its process id, host and
// start. A second one stops with a message naming the first, so the site is never a mix of two builds.
// A lock whose process is gone (a build killed with SIGKILL, which no handler sees) is taken over, and
// whatever that build left beside the output is cleaned up: its staging folders are removed, and a
// previous site caught between the two renames of the swap is put back.
import { linkSync, promises as fs, readdirSync, readFileSync, renameSync, rmSync, unlinkSync } from "node:fs";
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { STAGING_MARK } from "./staging.ts";
import { PREVIOUS_MARK } from "./swap.ts";

export const LOCK_SUFFIX = ".lock";

interface Holder {
  /** What the person ran: `npm run build`, `npm start`. Absent from the locks of earlier versions. */
  command?: string;
  pid: number;
  host: string;
  started: string;
}

export type LockResult =
  | {
      ok: true;
      release: () => void;
      /** What was left by killed builds and cleaned up, for a note. */ recovered: string[];
    }
  | { ok: false; message: string };

/** Takes the output's lock for `command` (as the person typed it), or says which command holds it. */
export async function lockOutput(outputDir: string, command = "npm run build"): Promise<LockResult> {
  const output = path.resolve(outputDir);
  const lockFile = `${output}${LOCK_SUFFIX}`;
  await fs.mkdir(path.dirname(output), { recursive: true });
  const holder: Holder = { command, pid: process.pid, host: os.hostname(), started: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await createWhole(lockFile, `${JSON.stringify(holder)}\n`))
      return { ok: true, release: () => rmSync(lockFile, { force: true }), recovered: recoverLeftovers(output) };
    const text = readLock(lockFile);
    if (text === undefined) continue; // released in between: try again
    const other = parseHolder(text);
    if (other && isRunning(other)) return { ok: false, message: busyMessage(outputDir, lockFile, other) };
    if (!other && !(await olderThan(lockFile, 60_000))) {
      // Unreadable and fresh: an earlier version's build between creating and writing it, which
      // this version's whole-file lock never shows; or a lock cut short a moment ago. Not taken over.
      return { ok: false, message: busyMessage(outputDir, lockFile, undefined) };
    }
    takeOver(lockFile, text);
  }
  return { ok: false, message: busyMessage(outputDir, lockFile, undefined) };
}

/**
 * Creates `file` holding `text`, or returns false if it exists. The text is written to a file of its own
 * and linked into place, so a build that finds the lock always reads it whole and can name its holder.
 */
async function createWhole(file: string, text: string): Promise<boolean> {
  const draft = `${file}.draft-${randomBytes(4).toString("hex")}`;
  await fs.writeFile(draft, text, { flag: "wx" });
  try {
    await fs.link(draft, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return false;
  } finally {
    await fs.rm(draft, { force: true });
  }
}

function busyMessage(outputDir: string, lockFile: string, holder: Holder | undefined): string {
  const who = holder ? `(process ${holder.pid} on ${holder.host}, started ${holder.started}) ` : "";
  // A build ends by itself; a dev server runs until it is stopped.
  if (holder?.command === "npm start")
    return (
      `another npm start ${who}is serving ${outputDir}; use that one, or stop it (Ctrl-C) and start again ` +
      `(if none is running, remove ${lockFile})`
    );
  return (
    `another build ${who}is publishing into ${outputDir}; wait for it to end and build again ` +
    `(if no build is running, remove ${lockFile})`
  );
}

function readLock(lockFile: string): string | undefined {
  try {
    return readFileSync(lockFile, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

function parseHolder(text: string): Holder | undefined {
  try {
    const value = JSON.parse(text) as Partial<Holder>;
    if (
      typeof value.pid === "number" &&
      typeof value.host === "string" &&
      typeof value.started === "string" &&
      (value.command === undefined || typeof value.command === "string")
    )
      return value as Holder;
  } catch {
    // A lock cut short (the disk filled, the build was killed while writing it).
  }
  return undefined;
}

/** A process on another host cannot be asked, so it counts as running: only a person can say otherwise. */
function isRunning(holder: Holder): boolean {
  if (holder.host !== os.hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function olderThan(file: string, ms: number): Promise<boolean> {
  const stat = await fs.stat(file).catch(() => undefined);
  return stat === undefined || Date.now() - stat.mtimeMs > ms;
}

/**
 * Removes the stale lock whose text was `stale`. It is moved aside first and compared, so a build that
 * took the lock over a moment earlier does not lose its lock to this one: that lock is put back.
 */
function takeOver(lockFile: string, stale: string): void {
  const aside = `${lockFile}.stale-${randomBytes(4).toString("hex")}`;
  try {
    renameSync(lockFile, aside);
  } catch {
    return; // gone already: the next attempt creates it
  }
  if (readFileSync(aside, "utf8") !== stale) {
    try {
      linkSync(aside, lockFile);
    } catch {
      // Someone created a lock in between: theirs stands, and ours is still refused.
    }
  }
  unlinkSync(aside);
}

/** With the lock held, every staging and previous folder beside the output is a killed build's. */
function recoverLeftovers(output: string): string[] {
  const parent = path.dirname(output);
  const base = path.basename(output);
  const names = readdirSync(parent);
  const recovered: string[] = [];
  const previous = names.filter((name) => name.startsWith(`${base}${PREVIOUS_MARK}`));
  // Killed between the swap's two renames: the output is missing and the previous site is beside it.
  if (!names.includes(base) && previous.length === 1) {
    renameSync(path.join(parent, previous[0]!), output);
    recovered.push(`${previous[0]} put back as ${base}`);
    previous.length = 0;
  }
  for (const name of [...previous, ...names.filter((n) => n.startsWith(`${base}${STAGING_MARK}`))]) {
    rmSync(path.join(parent, name), { recursive: true, force: true, maxRetries: 3 });
    recovered.push(`${name} removed`);
  }
  return recovered;
}
