// `npm run lint:workflows [-- DIR]`: checks every GitHub Actions workflow in .github/workflows (or DIR) against the
// workflow schema (action-validator, which takes one file at a time), so a misspelt key or a step in the
// wrong place fails CI here instead of on GitHub after the push.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const WORKFLOWS = path.resolve(process.argv[2] ?? path.join(REPO, ".github", "workflows"));
const validator = createRequire(import.meta.url).resolve("@action-validator/cli/cli.mjs");

const files = readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name));
let failed = 0;
for (const name of files) {
  const run = spawnSync(process.execPath, [validator, path.join(WORKFLOWS, name)], { encoding: "utf8" });
  if (run.status === 0) continue;
  failed++;
  const shown = path.relative(process.cwd(), path.join(WORKFLOWS, name));
  process.stderr.write(`${shown} is not a valid workflow:\n${run.stdout}${run.stderr}\n`);
}
process.stdout.write(`${files.length - failed} of ${files.length} workflows valid\n`);
process.exitCode = failed > 0 || files.length === 0 ? 1 : 0;
