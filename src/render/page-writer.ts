// Writes the pages Eleventy rendered into the output folder. Eleventy writes each page itself with
// synchronous calls, on the thread that renders: at 80,000 pages that was a fifth of the render step's
// time (mkdir and writeFile, measured with --cpu-prof on a four-edition build of 10,000 events). Here the
// writes go to Node's thread pool, a batch's pages while the next batch renders; never more than one batch
// waits to be written, and each page is let go once it is taken, so memory stays under two batches' worth.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

export interface RenderedPage {
  /** Where the page goes, as Eleventy resolved its permalink (absolute, or relative to the working directory). */
  outputPath: string | false;
  content: string;
}

/** Writes in flight at once: enough to keep the thread pool busy, few enough not to flood it. */
const IN_FLIGHT = 16;

export class PageWriter {
  #writing: Promise<void> = Promise.resolve();
  /** Folders made already, so a folder of several files is made once. */
  readonly #folders = new Set<string>();

  /**
   * Waits for the pages given before to be written (the first failure is thrown here), then starts
   * writing these and returns: the caller renders the next batch meanwhile.
   */
  async write(pages: readonly RenderedPage[]): Promise<void> {
    await this.#writing;
    const writing = this.#writeAll(Array.from(pages));
    // Seen by the next write() or by flush(); until then a failure must not count as unhandled.
    writing.catch(() => undefined);
    this.#writing = writing;
  }

  /** Resolves once every page given is written; throws the first failure. */
  async flush(): Promise<void> {
    await this.#writing;
  }

  /** Resolves once no write is going on, failed or not: before a failure leaves the output folder to others. */
  async settled(): Promise<void> {
    await this.#writing.catch(() => undefined);
  }

  /** Writes the pages, letting go of each as it is taken, so a batch's memory is freed as it is written. */
  async #writeAll(pages: (RenderedPage | undefined)[]): Promise<void> {
    let next = 0;
    let failure: { error: unknown } | undefined;
    const worker = async () => {
      while (next < pages.length && !failure) {
        const page = pages[next]!;
        pages[next++] = undefined;
        if (page.outputPath === false) continue;
        const file = path.resolve(page.outputPath);
        const folder = path.dirname(file);
        try {
          if (!this.#folders.has(folder)) {
            await mkdir(folder, { recursive: true });
            this.#folders.add(folder);
          }
          await writeFile(file, page.content);
        } catch (error) {
          failure ??= { error };
        }
      }
    };
    // Every write has ended before this returns, even after a failure: nothing may write into a staging
    // folder once it is discarded.
    await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, pages.length) }, worker));
    if (failure) throw failure.error;
  }
}
