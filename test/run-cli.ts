// Runs one of the command-line scripts (`scripts/<name>.ts`) in a child process, as `npm run <name>`
// runs it: node with tsx, from the repository root. The tests of the commands assert what a user sees:
// the exit code, stdout and stderr.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export type Cli = "build" | "check" | "new" | "import" | "bench";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Variables added to this process's environment (`TZ`, `PATH` …). */
  env?: Record<string, string>;
}

const REPO = fileURLToPath(new URL("..", import.meta.url));

/** Resolves with the exit code and output once the command ends; rejects if it could not run to an exit. */
export function runCli(name: Cli, args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", `scripts/${name}.ts`, ...args], {
      cwd: REPO,
      env: { ...process.env, ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      const output = { stdout: Buffer.concat(stdout).toString("utf8"), stderr: Buffer.concat(stderr).toString("utf8") };
      if (code === null) reject(new Error(`npm run ${name} was killed by ${signal ?? "a signal"}:\n${output.stderr}`));
      else resolve({ code, ...output });
    });
  });
}
