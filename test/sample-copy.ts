// A copy of the sample content (content/) for tests that edit it. `oneEdition` leaves out site.yml's
// editions and every translation file: a quarter of the pages to render, for tests about something else.
import { promises as fs } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { translationName } from "../src/content/files.ts";

export const SAMPLE = fileURLToPath(new URL("../content", import.meta.url));

export async function copySample(dest: string, options: { oneEdition?: boolean } = {}): Promise<string> {
  const oneEdition = options.oneEdition ?? false;
  await fs.cp(SAMPLE, dest, {
    recursive: true,
    filter: (source) => !oneEdition || !translationName(source.split(path.sep).join("/")),
  });
  if (oneEdition) {
    const site = path.join(dest, "site.yml");
    await fs.writeFile(site, (await fs.readFile(site, "utf8")).replace(/^editions:[\s\S]*$/m, ""));
  }
  return dest;
}
