// Pagefind fed from a thread of its own. Eleventy renders synchronously for long stretches (a batch of
// thousands of pages without yielding to the event loop), so a Pagefind service talked to from the main
// thread sat idle waiting for its next records: on the 16,566 UCDP events the index took 60-78 s beside
// the render instead of about 22 s alone. This thread's event loop is free, so Pagefind works on the
// second core while the main thread renders. The main thread makes the records (they need the model)
// and sends each part's as plain data.
import { Worker } from "node:worker_threads";
import type { CustomRecord } from "pagefind";
import type { PartOutcome } from "./pagefind-part.ts";

export interface PartRequest {
  type: "part";
  id: number;
  records: CustomRecord[];
  outputPath: string;
  /** The folder of the part's copy in the site, to write only what differs from it (src/search/part-files.ts). */
  previous?: string;
}

export type WorkerMessage = PartRequest | { type: "close" };

type Answer = { id: number; outcome: PartOutcome } | { id: number; failure: string };

export class SearchThread {
  private readonly worker = new Worker(new URL("./search-worker-start.mjs", import.meta.url));
  private readonly waiting = new Map<
    number,
    { resolve: (outcome: PartOutcome) => void; reject: (error: Error) => void }
  >();
  private nextId = 0;
  private stopped: Error | undefined;

  constructor() {
    this.worker.on("message", (answer: Answer) => {
      const waiter = this.waiting.get(answer.id);
      this.waiting.delete(answer.id);
      if ("failure" in answer) waiter?.reject(new Error(answer.failure));
      else waiter?.resolve(answer.outcome);
    });
    this.worker.on("error", (error) => this.stop(error));
    this.worker.on("exit", (code) =>
      this.stop(new Error(`the search thread stopped (exit code ${code}) before it answered`)),
    );
  }

  /** Queues a part; parts are written in the order queued. The records are copied to the thread at once. */
  writePart(records: CustomRecord[], outputPath: string, previous?: string): Promise<PartOutcome> {
    if (this.stopped) return Promise.reject(this.stopped);
    const id = this.nextId++;
    const answered = new Promise<PartOutcome>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    this.worker.postMessage({ type: "part", id, records, outputPath, previous } satisfies WorkerMessage);
    return answered;
  }

  /** Stops Pagefind and the thread once the part being written is finished; parts not started are dropped. */
  async close(): Promise<void> {
    if (this.stopped) return;
    const exited = new Promise<void>((resolve) => this.worker.once("exit", () => resolve()));
    this.worker.postMessage({ type: "close" } satisfies WorkerMessage);
    await exited;
  }

  private stop(error: Error): void {
    this.stopped ??= error;
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }
}
