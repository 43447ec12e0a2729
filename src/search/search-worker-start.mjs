// The entry of the search thread. Node 20 does not pass the parent's --import hooks (tsx) on to worker
// threads, so the thread registers tsx itself before loading the TypeScript worker module.
import { register } from "tsx/esm/api";

register();
await import("./search-worker.ts");
