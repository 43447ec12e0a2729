// `npm run lint:workflows [-- DIR]`: checks every GitHub Actions workflow in .github/workflows (or DIR)
// against the workflow schema (action-validator, which takes one file at a time), so a misspelt key or a
// step in the wrong place fails CI here instead of on GitHub after the push.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const VALIDATOR = createRequire(import.meta.url).resolve("@action-validator/cli/cli.mjs");

/** Each workflow file of `dir` with what the validator says is wrong with it; empty when all are valid. */
export function invalidWorkflows(dir: string): { file: string; problems: string }[] {
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .flatMap((name) => {
      const file = path.join(dir, name);
      const run = spawnSync(process.execPath, [VALIDATOR, file], { encoding: "utf8" });
      return run.status === 0 ? [] : [{ file, problems: `${run.stdout}${run.stderr}` }];
    });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = path.resolve(process.argv[2] ?? path.join(REPO, ".github", "workflows"));
  const count = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).length;
  const invalid = invalidWorkflows(dir);
  for (const { file, problems } of invalid)
    process.stderr.write(`${path.relative(process.cwd(), file)} is not a valid workflow:\n${problems}\n`);
  process.stdout.write(`${count - invalid.length} of ${count} workflows valid\n`);
  process.exitCode = invalid.length > 0 || count === 0 ? 1 : 0;
}
