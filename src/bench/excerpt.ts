// What a failed benchmarked command said, cut to what a report line can hold.

/** The telling part of a failed run's output: from its first error line, else its last lines. */
export function excerpt(text: string): string {
  const lines = text.trim().split("\n");
  const first = lines.findIndex((line) => /^(error|Error)\b|^\w*Error:/.test(line.trim()));
  const chosen = first >= 0 ? lines.slice(first, first + 3) : lines.slice(-5);
  return chosen.join("\n").slice(0, 1000);
}
