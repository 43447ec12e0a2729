import { Worker } from "node:worker_threads";
const t0 = performance.now(); const D0 = Date.now();
const w = new Worker(new URL("./wstart.mjs", import.meta.url));
w.on("message", (m) => console.log(m < 0 ? "start ran at" : "ts module ran at", Math.abs(m) - D0, "ms; handled at", (performance.now() - t0).toFixed(0)));
const end = performance.now() + 1500; while (performance.now() < end) {}
console.log("busy done at", (performance.now() - t0).toFixed(0));
