// Links in a body (an event's or an entity's description) that the renderer would drop are errors at
// their position. Checked as each file is parsed, so a file's result is kept with its parse (and the dev
// server, which parses only changed files again, does not check every body on every edit).
import type { Diagnostic } from "../diagnostics.ts";
import { isAllowedLink, readBody } from "../markup/markdown.ts";

// Inline links, link definitions and autolinks; the renderer drops unsafe ones, this says where they are.
// An inline destination may hold balanced parentheses (`javascript:alert(1)`), so the message quotes it whole.
const LINK = /\]\(\s*<?((?:[^()\s>]|\([^()\s>]*\))+)|^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)|<([a-z][a-z0-9+.-]*:[^>\s]*)>/gim;

/** A link in the body (outside code) to anything but http(s), mailto or a relative URL is an error at its position. */
export function checkBodyLinks(body: string, firstLine: number, file: string, code: Set<number> = readBody(body).codeLines): Diagnostic[] {
  const found: Diagnostic[] = [];
  body.split("\n").forEach((written, index) => {
    if (code.has(index)) return;
    // Code spans show their text as written; blank them out, keeping columns.
    const line = written.replace(/(`+)[^`]*?\1/g, (span) => " ".repeat(span.length));
    for (const match of line.matchAll(LINK)) {
      const url = match[1] ?? match[2] ?? match[3] ?? "";
      if (isAllowedLink(decodeEntities(url))) continue;
      found.push({
        file, line: firstLine + index, column: (match.index ?? 0) + match[0].indexOf(url) + 1,
        severity: "error", rule: "link-invalid",
        message: `link to "${url}" is not allowed: links must be http://, https://, mailto: or relative`,
      });
    }
  });
  return found;
}

function decodeEntities(url: string): string {
  return url.replace(/&#(x?)([0-9a-f]+);?/gi, (_, hex: string, digits: string) => String.fromCodePoint(parseInt(digits, hex ? 16 : 10)));
}
