// Writing content files: the front matter (by src/content/write-front-matter.ts, the writer `npm run new`
// uses too, so quoting of `:`, `#`, quotes, dates and the like is right by construction) and a Markdown body.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { frontMatterBlock } from "../content/write-front-matter.ts";

export interface ContentFile {
  /** Path relative to the content folder, e.g. `events/2016/ucdp-214797.md`. */
  path: string;
  frontMatter: Record<string, unknown>;
  body: string;
}

const WRITE_BATCH = 64; // files open at once

/** The text of a content file: `---`, the front matter, `---`, the body. */
export function contentFileText(file: Pick<ContentFile, "frontMatter" | "body">): string {
  const body = file.body.trim();
  return `${frontMatterBlock(file.frontMatter)}${body ? `${body}\n` : ""}`;
}

export interface NewFilesResult {
  written: ContentFile[];
  /** Files that appeared since the import looked (never overwritten). */
  existed: ContentFile[];
}

/**
 * Writes files that do not exist yet, never replacing one: each is created with the `wx` flag, so a
 * file that appeared meanwhile is reported, not overwritten. `onWritten` is called as files land.
 */
export async function writeNewContentFiles(
  contentDir: string,
  files: readonly ContentFile[],
  onWritten?: (done: number) => void,
): Promise<NewFilesResult> {
  const result: NewFilesResult = { written: [], existed: [] };
  const folders = new Set(files.map((file) => path.dirname(path.join(contentDir, file.path))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  for (let i = 0; i < files.length; i += WRITE_BATCH) {
    const batch = files.slice(i, i + WRITE_BATCH);
    const outcomes = await Promise.all(
      batch.map((file) =>
        writeFile(path.join(contentDir, file.path), contentFileText(file), { encoding: "utf8", flag: "wx" }).then(
          () => true,
          (error: NodeJS.ErrnoException) => {
            if (error.code === "EEXIST") return false;
            throw error;
          },
        ),
      ),
    );
    batch.forEach((file, j) => (outcomes[j] ? result.written : result.existed).push(file));
    onWritten?.(Math.min(i + WRITE_BATCH, files.length));
  }
  return result;
}
