// A worker thread of src/content/parse-files.ts: parses its share of the content files and posts the
// outcomes back (structured-cloned: plain data, Sets and Maps survive).
import { parentPort, workerData } from "node:worker_threads";
import type { ContentFile } from "./files.ts";
import { parseHere } from "./parse-files.ts";

parentPort!.postMessage(await parseHere(workerData as ContentFile[]));
