// The flag handling every command shares (scripts/cli-args.ts): strict parsing, where any unknown flag, a
// flag without its value or a stray word is bad usage with a plain message, never a stack trace. The
// commands' own tests check that bad usage reaches the user as the message, the usage and the exit code.
import assert from "node:assert/strict";
import { test } from "node:test";
import { listFlag, parseFlags, UsageError } from "../scripts/cli-args.ts";

const OPTIONS = {
  content: { type: "string", default: "content" },
  strict: { type: "boolean", default: false },
  tags: { type: "string", multiple: true },
} as const;

test("flags parse to their values, with defaults for those not given", () => {
  assert.deepEqual({ ...parseFlags(OPTIONS, []) }, { content: "content", strict: false });
  const given = parseFlags(OPTIONS, ["--content", "elsewhere", "--strict", "--tags", "a", "--tags", "b"]);
  assert.deepEqual({ ...given }, { content: "elsewhere", strict: true, tags: ["a", "b"] });
});

test("an unknown flag, a flag without its value and a stray word are each bad usage, named in the message", () => {
  const cases: [string[], RegExp][] = [
    [["--colour"], /Unknown option '--colour'/],
    [["--content"], /'--content <value>' argument missing/],
    [["stray"], /Unexpected argument 'stray'/],
  ];
  for (const [args, message] of cases) {
    const isUsage = (error: unknown) => error instanceof UsageError && message.test(error.message);
    assert.throws(() => parseFlags(OPTIONS, args), isUsage, args.join(" "));
  }
});

test("list flags split on commas and repeat; blanks are dropped", () => {
  const given = ["Iraqi Border Guards, HTS", " ", "Syrian Arab Army,"];
  assert.deepEqual(listFlag(given), ["Iraqi Border Guards", "HTS", "Syrian Arab Army"]);
  assert.deepEqual(listFlag(undefined), []);
});
