// Runs the command-line scripts (`scripts/<name>.ts`) for the tests of the commands, which assert what a
// user sees: the exit code, stdout and stderr.
//
// `runCli` runs the command in this process, through the same `runCommand` the script runs, with its
// streams captured: starting Node, tsx and Eleventy again for every run cost the unit tier about a third of
// its CPU. `spawnCli` runs it as `npm run <name>` does, in a child process, for what only a process shows:
// the script's wiring, its environment (`TZ`) and its real exit code.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { runCommand, type Command, type TextOutput } from "../scripts/cli-args.ts";

export type Cli = "build" | "check" | "new" | "import" | "bench";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Variables added to the child's environment (`TZ`, `PATH` …). */
  env?: Record<string, string>;
}

const REPO = fileURLToPath(new URL("..", import.meta.url));

const COMMANDS: Record<Cli, () => Promise<Command>> = {
  build: async () => (await import("../scripts/build.ts")).buildCommand,
  check: async () => (await import("../scripts/check.ts")).check,
  new: async () => (await import("../scripts/new.ts")).newCommand,
  import: async () => (await import("../scripts/import.ts")).importCommand,
  bench: async () => (await import("../scripts/bench.ts")).benchCommand,
};

/** A stream that keeps what is written to it, as a pipe (not a terminal) would. */
function captured(): TextOutput & { text(): string } {
  const chunks: string[] = [];
  return {
    write: (text: string) => chunks.push(text),
    isTTY: false,
    text: () => chunks.join(""),
  };
}

/** Runs the command in this process to its exit code; rejects if it throws, as the script would crash. */
export async function runCli(name: Cli, args: readonly string[]): Promise<CliRun> {
  const stdout = captured();
  const stderr = captured();
  const code = await runCommand(await COMMANDS[name](), [...args], { stdout, stderr });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** Resolves with the exit code and output once the child ends; rejects if it could not run to an exit. */
export function spawnCli(name: Cli, args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
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
