// A folder's tree as data, to compare two builds (or one folder before and after) byte for byte.
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";

/** Relative path → sha256 of every file (and a marker for every folder) under `dir`. */
export async function hashTree(dir: string): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const name of (await fs.readdir(dir, { recursive: true })).sort()) {
    const file = path.join(dir, name);
    const stat = await fs.lstat(file);
    hashes.set(
      name,
      stat.isFile()
        ? createHash("sha256")
            .update(await fs.readFile(file))
            .digest("hex")
        : stat.isDirectory()
          ? "folder"
          : "other",
    );
  }
  return hashes;
}
