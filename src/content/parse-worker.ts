// A worker thread of src/content/parse-files.ts: parses its share of the content files and posts the
// outcomes back a slice at a time (structured-cloned: plain data, Sets and Maps survive), then `done`.
import { parentPort, workerData } from "node:worker_threads";
import { parseHere, type WorkerAnswer, type WorkerShare } from "./parse-files.ts";

const { files, perMessage } = workerData as WorkerShare;
for (let start = 0; start < files.length; start += perMessage) {
  parentPort!.postMessage({ outcomes: parseHere(files.slice(start, start + perMessage)) } satisfies WorkerAnswer);
}
parentPort!.postMessage({ done: true } satisfies WorkerAnswer);
