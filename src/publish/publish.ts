// Atomic publishing: everything is written into a staging folder beside the output, and the output is
// replaced only after every step succeeded. A failure at any point leaves the previous output as it was.
import { existsSync, promises as fs, rmSync } from "node:fs";
import { cleanUpOnInterrupt } from "./interrupt.ts";
import { createStaging, removeStaging, type Staging } from "./staging.ts";
import { swapIntoPlace } from "./swap.ts";

export interface PublishOptions {
  /**
   * Offered the previous site's folder once the new one is in place, instead of removing it: moving it
   * away (the build cache keeps it to start the next build from) and returning true keeps it.
   */
  adoptPrevious?: (previousDir: string) => Promise<boolean>;
}

/**
 * Runs `fill` on a fresh staging folder, then swaps it into `outputDir`. When `fill` throws (or the
 * process is interrupted), the staging folder is removed and the error rethrown; the output is untouched.
 * The output folder must have been checked with outputDirProblem() first.
 */
export async function publishAtomically(
  outputDir: string,
  fill: (stagingDir: string) => Promise<void>,
  options: PublishOptions = {},
): Promise<void> {
  const staging = await createStaging(outputDir);
  let pending: Staging | undefined = staging;
  let previous: string | undefined;
  const release = cleanUpOnInterrupt(() => {
    if (pending) removeStaging(pending);
    if (previous) rmSync(previous, { recursive: true, force: true });
  });
  try {
    await fill(staging.dir);
    previous = swapIntoPlace(staging.dir, outputDir);
    pending = undefined;
    if (previous) {
      const adopted = (await options.adoptPrevious?.(previous).catch(() => false)) ?? false;
      if (!adopted) await removePrevious(previous);
      previous = undefined;
    }
  } catch (error) {
    if (pending) await removeSettledStaging(pending);
    throw error;
  } finally {
    release();
  }
}

/**
 * Removes the staging folder of a failed fill, then again while something recreates it: a renderer that
 * failed on one file (a full disk) may still have writes in flight, whose `mkdir -p` brings folders back.
 */
async function removeSettledStaging(staging: Staging): Promise<void> {
  removeStaging(staging);
  for (const ms of [100, 200, 300]) {
    await new Promise((resolve) => setTimeout(resolve, ms));
    if (existsSync(staging.dir)) removeStaging(staging);
  }
}

async function removePrevious(previous: string): Promise<void> {
  try {
    await fs.rm(previous, { recursive: true, force: true, maxRetries: 3 });
  } catch (error) {
    throw new Error(
      `the new site is published, but the previous one could not be removed from ${previous}: ${String(error)}`,
      {
        cause: error,
      },
    );
  }
}
