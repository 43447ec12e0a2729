// A search part written again over the copy a site already holds, file by file. Pagefind names each
// fragment, index chunk, filter file and meta file by a hash of its content, so after one record changed
// all but a dozen of a 2,500-event part's 2,550 files come out as they were. Written whole, the part
// cost a rebuild 2,550 new files in place of identical ones, and as many old ones to let go (in the
// spare the cache keeps, src/cache/site-folders.ts): about half a second of system calls on the
// workplace machine. Here only the files that differ are written, and the site's others stay as they are.
import { promises as fs, lstatSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** One file of an index, as Pagefind's getFiles gives it: its path in the part's folder and its bytes. */
export interface IndexFile {
  path: string;
  content: Uint8Array;
}

/** What a part written over its previous copy changes there, as paths relative to the part's folder. */
export interface PartChanges {
  /** Files new or different: written into the part's scratch folder, to be moved over the copy's. */
  written: string[];
  /** Files of the previous copy the part no longer has. */
  removed: string[];
}

/** A name Pagefind gives by its file's content: `en_1a2b3c4.pf_fragment`, `pagefind.en_1a2b3c4d5e.pf_meta` … */
const CONTENT_NAMED = /_[0-9a-f]{7,}\.pf_(?:fragment|index|filter|meta)$/;
/** The folders of further parts nested in the first part's folder (src/search/parts.ts), not its own files. */
export const NESTED_PART = /^part-\d+$/;
/** The file that points a search page at the part's meta file, and through it at every other: replaced last. */
export const PART_ENTRY = "pagefind-entry.json";

/**
 * Writes into `outputPath` the files of `files` that `previous` (the part's copy in the site) lacks or
 * holds otherwise, and tells which of its files are gone. A content-named file of the same path and
 * size is the same file; any other is compared byte for byte.
 */
export async function writeChangedFiles(
  files: readonly IndexFile[],
  outputPath: string,
  previous: string,
): Promise<PartChanges> {
  const held = listPart(previous);
  const written: string[] = [];
  for (const file of files) {
    const size = held.get(file.path);
    held.delete(file.path);
    if (size === file.content.length && (CONTENT_NAMED.test(file.path) || sameBytes(previous, file))) continue;
    const target = path.join(outputPath, file.path);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, file.content);
    written.push(file.path);
  }
  return { written, removed: [...held.keys()] };
}

/**
 * Moves the files written for a part (in `from`) over its copy in `to`, then removes the files it no
 * longer has. New files come first and the entry last, so a search page opening the part meanwhile finds
 * either the old part or the new one whole: every other file is reached through the entry.
 */
export async function applyPartChanges(from: string, to: string, changes: PartChanges): Promise<void> {
  const entryLast = [...changes.written].sort((a, b) => Number(a === PART_ENTRY) - Number(b === PART_ENTRY));
  for (const relative of entryLast) {
    const target = path.join(to, relative);
    await fs.mkdir(path.dirname(target), { recursive: true });
    // A rename replaces the file whole: the copy's file may be a hard link shared with another site.
    await fs.rename(path.join(from, relative), target);
  }
  for (const relative of changes.removed) {
    await fs.rm(path.join(to, relative), { force: true });
    // A folder the part no longer uses goes too: a part written whole would not have it.
    const folder = path.dirname(relative);
    if (folder !== "." && (await fs.readdir(path.join(to, folder))).length === 0) await fs.rmdir(path.join(to, folder));
  }
}

/** Each file of a part's folder (the nested parts' folders left out) by relative path, with its size. */
function listPart(dir: string): Map<string, number> {
  const sizes = new Map<string, number>();
  const folders = [""];
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    for (const entry of readdirSync(path.join(dir, folder), { withFileTypes: true })) {
      const relative = folder === "" ? entry.name : `${folder}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!(folder === "" && NESTED_PART.test(entry.name))) folders.push(relative);
      } else {
        sizes.set(relative, lstatSync(path.join(dir, relative)).size);
      }
    }
  }
  return sizes;
}

function sameBytes(dir: string, file: IndexFile): boolean {
  return Buffer.from(file.content.buffer, file.content.byteOffset, file.content.byteLength).equals(
    readFileSync(path.join(dir, file.path)),
  );
}
