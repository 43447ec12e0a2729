// Child-process entry for phases.ts: `node --import tsx src/bench/phases-run.ts CONTENT OUTPUT` prints
// the phase report as JSON on stdout.
import { measurePhases } from "./phases.ts";

const [contentDir, outputDir] = process.argv.slice(2);
if (!contentDir || !outputDir) {
  process.stderr.write("usage: node --import tsx src/bench/phases-run.ts CONTENT_DIR OUTPUT_DIR\n");
  process.exit(2);
}
process.stdout.write(`${JSON.stringify(await measurePhases(contentDir, outputDir, { startup: true }))}\n`);
