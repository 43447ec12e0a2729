// Lists every entry under a folder without following symbolic links, so a link is reported as a link.
import { promises as fs, type Dirent } from "node:fs";
import path from "node:path";

export type EntryKind = "file" | "folder" | "symlink" | "other";

export interface TreeEntry {
  /** Path relative to the root, with forward slashes. */
  relative: string;
  absolute: string;
  kind: EntryKind;
}

export async function listTree(root: string): Promise<TreeEntry[]> {
  const entries: TreeEntry[] = [];
  const folders = [""];
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    const dirents = await fs.readdir(path.join(root, folder), { withFileTypes: true });
    for (const dirent of dirents) {
      const relative = folder === "" ? dirent.name : `${folder}/${dirent.name}`;
      const absolute = path.join(root, relative);
      const kind = await kindOf(dirent, absolute);
      entries.push({ relative, absolute, kind });
      if (kind === "folder") folders.push(relative);
    }
  }
  return entries.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
}

async function kindOf(dirent: Dirent, absolute: string): Promise<EntryKind> {
  // Some file systems do not report the type in the directory listing; ask lstat then.
  const known = dirent.isFile() || dirent.isDirectory() || dirent.isSymbolicLink();
  const stat = known ? dirent : await fs.lstat(absolute);
  if (stat.isSymbolicLink()) return "symlink";
  if (stat.isDirectory()) return "folder";
  if (stat.isFile()) return "file";
  return "other";
}
