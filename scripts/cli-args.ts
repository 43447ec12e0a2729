// Shared flag handling for the scripts: node:util parseArgs in strict mode, with bad usage reported as
// a message plus the usage text instead of a stack trace.
import { parseArgs, type ParseArgsConfig } from "node:util";

/** Bad command-line input, reported with the usage text and the command's usage exit code. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Parses `args` (default: the script's arguments) strictly: unknown flags and positionals are errors. */
export function parseFlags<const O extends Options>(options: O, args: string[] = process.argv.slice(2)) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS")) throw new UsageError((error as Error).message);
    throw error;
  }
}

/**
 * Runs a script's main function and turns its outcome into the process exit code: the returned code,
 * or for a UsageError the message and usage on stderr with `usageExitCode`.
 */
export async function runCommand(main: () => Promise<number>, usage: string, usageExitCode: number): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${usage}\n`);
    process.exitCode = usageExitCode;
  }
}

/** Splits repeatable, comma-separated list flags (`--actors a,b --actors c`) into trimmed values. */
export function listFlag(values: string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((value) => value.split(","))
    .map((item) => item.trim())
    .filter(Boolean);
}
