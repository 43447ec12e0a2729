// The search thread of src/search/search-thread.ts: writes the parts it is sent, one after the other,
// with Pagefind's service (a process this thread starts and talks to), and answers each with its outcome.
import { parentPort } from "node:worker_threads";
import * as pagefind from "pagefind";
import { writePagefindPart } from "./pagefind-part.ts";
import type { PartRequest, WorkerMessage } from "./search-thread.ts";

const port = parentPort!;
const queue: PartRequest[] = [];
let working = false;
let closing = false;

port.on("message", (message: WorkerMessage) => {
  if (message.type === "close") {
    // Parts not started are dropped; the one being written is finished first, so nothing writes into
    // the staging folder once the thread has ended.
    closing = true;
    queue.length = 0;
    if (!working) void end();
    return;
  }
  queue.push(message);
  if (!working) void work();
});

/** Parts in the order sent, never two at once: Pagefind's service works through one request at a time anyway. */
async function work(): Promise<void> {
  working = true;
  for (let request = queue.shift(); request; request = queue.shift()) {
    try {
      const outcome = await writePagefindPart(pagefind, request.records, request.outputPath, request.previous);
      port.postMessage({ id: request.id, outcome });
    } catch (error) {
      port.postMessage({ id: request.id, failure: error instanceof Error ? error.message : String(error) });
    }
  }
  working = false;
  if (closing) await end();
}

/** Stops Pagefind's service; with its port closed the thread has nothing left to wait for and exits. */
async function end(): Promise<void> {
  await pagefind.close();
  port.close();
}
