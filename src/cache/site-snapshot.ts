// The build cache's copy of the last published site. It is made of hard links to the published files
// (no second copy on disk, and quick: one link per file), with each file's size and modification time
// written down. A build restores it into its staging folder as real copies, so nothing it writes there
// can reach the published site or the snapshot. When a published file was changed in place since (it
// shares its bytes with the snapshot), its size or time no longer match, and the snapshot is not used.
import { constants, copyFileSync, linkSync, lstatSync, mkdirSync, readdirSync } from "node:fs";
import path from "node:path";

/** Each file of the snapshot, with what it was when the snapshot was made: [relative path, size, mtime ms]. */
export type SnapshotManifest = [string, number, number][];

/** Links (or, across file systems, copies) every file of `siteDir` into `snapshotDir`, which must not exist. */
export function snapshotSite(siteDir: string, snapshotDir: string): SnapshotManifest {
  const manifest: SnapshotManifest = [];
  mkdirSync(snapshotDir, { recursive: true });
  for (const { relative, folder } of walk(siteDir)) {
    const [from, to] = [path.join(siteDir, relative), path.join(snapshotDir, relative)];
    if (folder) {
      mkdirSync(to);
      continue;
    }
    try {
      linkSync(from, to);
    } catch {
      copyFileSync(from, to, constants.COPYFILE_FICLONE);
    }
    const stat = lstatSync(to);
    manifest.push([relative, stat.size, stat.mtimeMs]);
  }
  return manifest;
}

/**
 * Copies the snapshot into `stagingDir` (which exists and is empty). Returns false, having copied
 * possibly part of it, when the snapshot is not what its manifest says: a file missing, added, changed
 * or not a plain file.
 */
export function restoreSnapshot(snapshotDir: string, manifest: SnapshotManifest, stagingDir: string): boolean {
  const expected = new Map(manifest.map(([relative, size, mtime]) => [relative, { size, mtime }]));
  let files = 0;
  for (const { relative, folder } of walk(snapshotDir)) {
    const [from, to] = [path.join(snapshotDir, relative), path.join(stagingDir, relative)];
    if (folder) {
      mkdirSync(to);
      continue;
    }
    const stat = lstatSync(from);
    const want = expected.get(relative);
    if (!want || !stat.isFile() || stat.size !== want.size || stat.mtimeMs !== want.mtime) return false;
    copyFileSync(from, to, constants.COPYFILE_FICLONE);
    files++;
  }
  return files === expected.size;
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
