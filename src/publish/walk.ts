// Lists every entry under a folder without following symbolic links, so a link is reported as a link.
// Synchronous: a site of 22,558 pages (66,380 entries) lists in 0.3 s this way, against 1.4-7.8 s (the
// machine busy) and three to eight times the CPU with Node's asynchronous calls, a promise and a wake-up
// for each folder.
import { lstatSync, readdirSync, type Dirent } from "node:fs";
import path from "node:path";

export type EntryKind = "file" | "folder" | "symlink" | "other";

export interface TreeEntry {
  /** Path relative to the root, with forward slashes. */
  relative: string;
  absolute: string;
  kind: EntryKind;
}

export function listTree(root: string): TreeEntry[] {
  const entries: TreeEntry[] = [];
  const folders = [""];
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    for (const dirent of readdirSync(path.join(root, folder), { withFileTypes: true })) {
      const relative = folder === "" ? dirent.name : `${folder}/${dirent.name}`;
      const absolute = path.join(root, relative);
      const kind = kindOf(dirent, absolute);
      entries.push({ relative, absolute, kind });
      if (kind === "folder") folders.push(relative);
    }
  }
  return entries.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
}

function kindOf(dirent: Dirent, absolute: string): EntryKind {
  // Some file systems do not report the type in the directory listing; ask lstat then.
  const known = dirent.isFile() || dirent.isDirectory() || dirent.isSymbolicLink();
  const stat = known ? dirent : lstatSync(absolute);
  if (stat.isSymbolicLink()) return "symlink";
  if (stat.isDirectory()) return "folder";
  if (stat.isFile()) return "file";
  return "other";
}
