// Refuses output folders whose replacement would destroy something that is not a built site.
// Publishing replaces the whole output folder, so a wrong `--output` must fail before anything is touched.
import { promises as fs } from "node:fs";
import path from "node:path";

export interface OutputGuardOptions {
  contentDir: string;
  /** Defaults to process.cwd(). */
  cwd?: string;
}

/** A human-readable reason why `outputDir` must not be replaced, or undefined when it is safe. */
export async function outputDirProblem(outputDir: string, options: OutputGuardOptions): Promise<string | undefined> {
  const cwd = options.cwd ?? process.cwd();
  const output = await realLocation(path.resolve(cwd, outputDir));
  const content = await realLocation(path.resolve(cwd, options.contentDir));
  const workdir = await realLocation(cwd);
  const shown = JSON.stringify(outputDir);

  if (path.parse(output).root === output) return `refusing to publish into ${shown}: it is the file system root`;
  if (output === workdir) return `refusing to publish into ${shown}: it is the working directory itself`;
  if (isInside(workdir, output)) return `refusing to publish into ${shown}: it contains the working directory`;
  if (output === content) return `refusing to publish into ${shown}: it is the content folder`;
  if (isInside(content, output)) return `refusing to publish into ${shown}: it contains the content folder`;
  if (isInside(output, content)) return `refusing to publish into ${shown}: it is inside the content folder`;
  return existingOutputProblem(path.resolve(cwd, outputDir), shown);
}

/**
 * An existing output must be a real folder that is empty or holds a site (our home page, index.html).
 * Every site this tool publishes has one, so anything else is most likely a mistyped `--output`.
 */
async function existingOutputProblem(absolute: string, shown: string): Promise<string | undefined> {
  const stat = await fs.lstat(absolute).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    throw error;
  });
  if (!stat) return undefined;
  if (stat.isSymbolicLink()) return `refusing to publish into ${shown}: it is a symbolic link; give the real folder`;
  if (!stat.isDirectory()) return `refusing to publish into ${shown}: it exists and is not a folder`;
  const names = await fs.readdir(absolute);
  if (names.length > 0 && !names.includes("index.html")) {
    return `refusing to publish into ${shown}: it is not empty and holds no index.html, so it does not look like a built site; remove it or choose another --output`;
  }
  return undefined;
}

/** The real path of the deepest existing ancestor, with the not-yet-existing rest appended. */
async function realLocation(absolute: string): Promise<string> {
  const missing: string[] = [];
  let current = absolute;
  for (;;) {
    try {
      return path.join(await fs.realpath(current), ...missing.reverse());
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const parent = path.dirname(current);
      if ((code !== "ENOENT" && code !== "ENOTDIR") || parent === current) return absolute;
      missing.push(path.basename(current));
      current = parent;
    }
  }
}

/** True when `child` lies strictly inside `parent`. */
export function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative !== "" && relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}
