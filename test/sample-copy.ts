// A copy of the sample content (content/) for tests that edit it. `editions` names the further editions to
// keep (`[]` for English alone): site.yml lists only those, and the other languages' translation files are
// left out. Fewer editions, fewer pages to render, for tests about something else.
import { promises as fs } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isMap, isSeq, parseDocument } from "yaml";
import { translationName } from "../src/content/files.ts";

export const SAMPLE = fileURLToPath(new URL("../content", import.meta.url));

export async function copySample(dest: string, options: { editions?: readonly string[] } = {}): Promise<string> {
  const { editions } = options;
  if (!editions) {
    await fs.cp(SAMPLE, dest, { recursive: true });
    return dest;
  }
  const kept = new Set(editions);
  await fs.cp(SAMPLE, dest, {
    recursive: true,
    filter: (source) => {
      const translation = translationName(source.split(path.sep).join("/"));
      return !translation || kept.has(translation.lang);
    },
  });
  const file = path.join(dest, "site.yml");
  const site = parseDocument(await fs.readFile(file, "utf8"));
  const listed = site.get("editions");
  if (isSeq(listed))
    listed.items = listed.items.filter((edition) => isMap(edition) && kept.has(String(edition.get("lang"))));
  if (!isSeq(listed) || listed.items.length === 0) site.delete("editions");
  await fs.writeFile(file, site.toString());
  return dest;
}
