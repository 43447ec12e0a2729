// Lists a site folder for src/cache/site-listing.ts: every entry that is not a folder, with its size (-1
// when it is not a plain file) and modification time, as one flat array [path, size, mtime, path, …].
// Plain JavaScript, so the thread starts in milliseconds: it needs no TypeScript loader, whose start on a
// thread of its own cost more than the listing saved.
import { lstatSync, readdirSync } from "node:fs";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";

const root = workerData;
const files = [];
const folders = [""];
try {
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    for (const entry of readdirSync(path.join(root, folder), { withFileTypes: true })) {
      const relative = folder === "" ? entry.name : `${folder}/${entry.name}`;
      if (entry.isDirectory()) {
        folders.push(relative);
        continue;
      }
      const stat = lstatSync(path.join(root, relative));
      files.push(relative, stat.isFile() ? stat.size : -1, stat.mtimeMs);
    }
  }
  parentPort.postMessage(files);
} catch {
  parentPort.postMessage(undefined); // gone, or unreadable
}
