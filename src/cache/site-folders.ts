// Whole site folders, as the build cache handles them. A folder of 20,000 pages is 60,000 entries, and on
// the workplace machine every entry costs a system call of 50-70 µs to link or remove (a UCDP site: 2.9 s
// to link, 4.2 s to remove, 0.24 s to stat), so the cache moves folders whole wherever it can and touches
// their files one by one only where it must. A manifest (each file's size and modification time) tells
// whether a folder is still what the cache made: a file changed in place, added or removed changes it.
import {
  constants,
  copyFileSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmdirSync,
  rmSync,
} from "node:fs";
import path from "node:path";

/** Each file of a site folder, with what it was when the manifest was made: [relative path, size, mtime ms]. */
export type SiteManifest = [string, number, number][];

/** The manifest of `dir`, whose files are `files` (relative paths, as the build listed them). */
export function manifestOf(dir: string, files: readonly string[]): SiteManifest {
  return files.map((relative) => {
    const stat = lstatSync(path.join(dir, relative));
    return [relative, stat.size, stat.mtimeMs];
  });
}

/**
 * Brings `folder`, a copy of the site `was` describes, to the site `now` describes, whose files are in
 * `source`: removes the files `now` lacks (and the folders they leave empty), then links in from `source`
 * every file that is new or whose size or time differs. A rebuild changes a few hundred files of tens of
 * thousands, so this is far quicker than linking the whole site again. Throws when a file cannot be linked
 * (another file system) or a path changed from file to folder; the caller then links the site whole.
 */
export function catchUp(folder: string, source: string, was: SiteManifest, now: SiteManifest): void {
  const before = new Map(was.map(([relative, size, mtime]) => [relative, `${size} ${mtime}`]));
  const after = new Set(now.map(([relative]) => relative));
  for (const [relative] of was) {
    if (after.has(relative)) continue;
    rmSync(path.join(folder, relative), { force: true });
    // A cold build leaves no empty folder behind: neither may this copy.
    for (let dir = path.dirname(relative); dir !== "."; dir = path.dirname(dir)) {
      if (readdirSync(path.join(folder, dir)).length > 0) break;
      rmdirSync(path.join(folder, dir));
    }
  }
  for (const [relative, size, mtime] of now) {
    if (before.get(relative) === `${size} ${mtime}`) continue;
    const target = path.join(folder, relative);
    mkdirSync(path.dirname(target), { recursive: true });
    // Linked beside and renamed over: the old file may be a hard link shared with another site.
    const beside = `${target}.${process.pid}.link`;
    linkSync(path.join(source, relative), beside);
    renameSync(beside, target);
  }
}

/**
 * Hard links every file of `from` into `to` (which must not exist): a copy that costs no space (files
 * are copied where links cannot be made, across file systems). Whoever changes a file of either
 * afterwards must replace it (write a new file and rename it over), never write into it, or the change
 * reaches both.
 */
export function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const { relative, folder } of walk(from)) {
    const [source, target] = [path.join(from, relative), path.join(to, relative)];
    if (folder) mkdirSync(target);
    else {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target, constants.COPYFILE_FICLONE);
      }
    }
  }
}

/** Moves what `from` holds into `to` (an existing, empty folder on the same file system), and removes `from`. */
export function moveContents(from: string, to: string): void {
  for (const name of readdirSync(from)) renameSync(path.join(from, name), path.join(to, name));
  rmdirSync(from);
}

/**
 * Moves every file of `from` over the file of the same path in `to`, making folders as needed, and
 * removes `from`. A rename replaces a file whole, so a file of `to` that is a hard link elsewhere (a
 * build cache's copy of the published site) is replaced, never written into.
 */
export function replaceFiles(from: string, to: string): void {
  const folders: string[] = [];
  for (const { relative, folder } of walk(from)) {
    if (folder) {
      mkdirSync(path.join(to, relative), { recursive: true });
      folders.push(relative);
    } else {
      renameSync(path.join(from, relative), path.join(to, relative));
    }
  }
  for (const folder of folders.reverse()) rmdirSync(path.join(from, folder));
  rmdirSync(from);
}

/** Every folder and file under `root`, parents before what they hold; symbolic links count as files. */
function* walk(root: string): Generator<{ relative: string; folder: boolean }> {
  const folders = [""];
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    for (const entry of readdirSync(path.join(root, folder), { withFileTypes: true })) {
      const relative = folder === "" ? entry.name : `${folder}/${entry.name}`;
      const isFolder = entry.isDirectory();
      yield { relative, folder: isFolder };
      if (isFolder) folders.push(relative);
    }
  }
}
