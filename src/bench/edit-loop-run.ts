// Child-process entry for edit-loop.ts: `node --import tsx src/bench/edit-loop-run.ts CONTENT WORK`
// prints the edit loop's measurements as JSON on stdout.
import { measureEditLoop } from "./edit-loop.ts";

const [contentDir, workDir] = process.argv.slice(2);
if (!contentDir || !workDir) {
  process.stderr.write("usage: node --import tsx src/bench/edit-loop-run.ts CONTENT_DIR WORK_DIR\n");
  process.exit(2);
}
process.stdout.write(`${JSON.stringify(await measureEditLoop(contentDir, workDir))}\n`);
