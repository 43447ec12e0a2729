import { parentPort } from "node:worker_threads";
const x: number = Date.now();
parentPort!.postMessage(x);
