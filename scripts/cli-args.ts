// Shared command handling for the scripts: node:util parseArgs in strict mode, bad usage reported as a
// message plus the usage text instead of a stack trace, and the streams a command writes to passed in, so
// that the tests can run a command in their own process and still see exactly what a user sees.
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs, type ParseArgsConfig } from "node:util";

/** Bad command-line input, reported with the usage text and the command's usage exit code. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Where a command writes: `isTTY` says whether a person is watching (live progress lines, prompts). */
export interface TextOutput {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

export interface CommandIO {
  stdout: TextOutput;
  stderr: TextOutput;
  /** The terminal to ask questions on: present only when a person is at both ends. */
  terminal?: { input: NodeJS.ReadStream; output: NodeJS.WriteStream };
}

/** A command: its arguments and streams in, its exit code out. */
export interface Command {
  main(args: string[], io: CommandIO): Promise<number>;
  usage: string;
  /** The exit code for bad usage: 1 or 2, as the command's contract says. */
  usageExitCode: number;
}

/** Parses `args` strictly: unknown flags and positionals are errors. */
export function parseFlags<const O extends Options>(options: O, args: string[]) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS")) throw new UsageError((error as Error).message);
    throw error;
  }
}

/** Runs a command to its exit code: the one it returns, or for a UsageError its message and usage on stderr. */
export async function runCommand(command: Command, args: string[], io: CommandIO): Promise<number> {
  try {
    return await command.main(args, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`${error.message}\n\n${command.usage}\n`);
    return command.usageExitCode;
  }
}

/** Runs `command` with this process's arguments and streams when `moduleUrl` is the script node was started with. */
export async function runIfScript(moduleUrl: string, command: Command): Promise<void> {
  const started = process.argv[1];
  if (started === undefined || realpathSync(started) !== realpathSync(fileURLToPath(moduleUrl))) return;
  const io: CommandIO = { stdout: process.stdout, stderr: process.stderr };
  if (process.stdin.isTTY && process.stdout.isTTY) io.terminal = { input: process.stdin, output: process.stdout };
  process.exitCode = await runCommand(command, process.argv.slice(2), io);
}

/** Splits repeatable, comma-separated list flags (`--actors a,b --actors c`) into trimmed values. */
export function listFlag(values: string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((value) => value.split(","))
    .map((item) => item.trim())
    .filter(Boolean);
}
