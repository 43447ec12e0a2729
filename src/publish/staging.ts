// The staging folder: a fresh, randomly named sibling of the output folder (`<output>.staging-XXXXXX`),
// on the same file system so the final rename is atomic.
import { promises as fs, rmdirSync, rmSync } from "node:fs";
import path from "node:path";

export interface Staging {
  /** Absolute path of the staging folder. */
  dir: string;
  /** The first parent folder this call had to create, if any: removed again when the build fails. */
  createdParent?: string;
}

export const STAGING_MARK = ".staging-";

export async function createStaging(outputDir: string): Promise<Staging> {
  const output = path.resolve(outputDir);
  const createdParent = await fs.mkdir(path.dirname(output), { recursive: true });
  try {
    const dir = await fs.mkdtemp(`${output}${STAGING_MARK}`);
    return createdParent ? { dir, createdParent } : { dir };
  } catch (error) {
    if (createdParent) await fs.rm(createdParent, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Removes the staging folder and any parent folder created for it. Synchronous so that it can also
 * run from an exit or signal handler.
 */
export function removeStaging(staging: Staging): void {
  rmSync(staging.dir, { recursive: true, force: true, maxRetries: 3 });
  if (staging.createdParent) removeIfEmptyChain(staging.createdParent, path.dirname(staging.dir));
}

/** Removes `deepest` and its parents up to `top` as long as each is empty. */
function removeIfEmptyChain(top: string, deepest: string): void {
  let current = deepest;
  for (;;) {
    try {
      rmdirSync(current);
    } catch {
      return; // not empty (someone else put something there) or already gone: leave it
    }
    if (current === top) return;
    const parent = path.dirname(current);
    if (parent === current) return;
    current = parent;
  }
}
