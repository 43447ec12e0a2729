// The swap: two renames within one folder. Synchronous on purpose: no signal handler or other task can
// run between moving the old output aside and moving the new one in.
import { lstatSync, renameSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";

export const PREVIOUS_MARK = ".previous-";

/**
 * Moves `stagingDir` to `outputDir`. An existing output is first renamed to `<output>.previous-<random>`,
 * whose path is returned for the caller to delete; if the second rename fails the old output is put back.
 */
export function swapIntoPlace(stagingDir: string, outputDir: string): string | undefined {
  const output = path.resolve(outputDir);
  let previous: string | undefined;
  if (exists(output)) {
    previous = `${output}${PREVIOUS_MARK}${randomBytes(6).toString("hex")}`;
    renameSync(output, previous);
  }
  try {
    renameSync(stagingDir, output);
  } catch (error) {
    if (previous) renameSync(previous, output);
    throw error;
  }
  return previous;
}

function exists(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw error;
  }
}
