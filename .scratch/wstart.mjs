import { register } from "tsx/esm/api";
import { parentPort } from "node:worker_threads";
parentPort.postMessage(-Date.now());
register();
await import("./w.ts");
