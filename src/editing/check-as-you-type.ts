// The checker inside editors: a remark plugin that reports, on a content file's unsaved text, the problems
// `npm run check` finds in that one file (an unknown key with the key it was probably meant to be, a date
// that does not exist, a refused link), each at its line and column. The repository's .remarkrc.mjs loads
// it, so every editor running remark's language server (VS Code's remark extension, Neovim, Emacs, Helix)
// underlines them while the editor types. What needs the whole archive (a place name no file defines,
// two files with one id) stays with `npm run check`.
import { existsSync } from "node:fs";
import path from "node:path";
import { contentFileAt } from "../content/files.ts";
import { parseContentBytes } from "../content/parse-file.ts";
import { SITE_CONFIG_FILE } from "../content/site-config.ts";

/** What of a vfile the plugin uses: typed here so that src/ depends on no unified package. */
interface CheckedFile {
  path?: string;
  value: string | Uint8Array;
  message(
    reason: string,
    options: { place: { line: number; column: number }; ruleId: string; source: string },
  ): {
    fatal?: boolean | null | undefined;
  };
}

/** The content folder holding `file`: the nearest folder above it with a site.yml. */
function contentFolderOf(file: string): string | undefined {
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, SITE_CONFIG_FILE))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** The unified plugin: `.use(checkAsYouType)` on remark. Files outside a content folder are left alone. */
export function checkAsYouType() {
  return (_tree: unknown, file: CheckedFile): void => {
    if (!file.path) return;
    const absolutePath = path.resolve(file.path);
    const contentDir = contentFolderOf(absolutePath);
    const source = contentDir && contentFileAt(contentDir, absolutePath);
    if (!source) return;
    const bytes = typeof file.value === "string" ? Buffer.from(file.value, "utf8") : Buffer.from(file.value);
    for (const problem of parseContentBytes(source, bytes).diagnostics) {
      const place = { line: problem.line, column: problem.column };
      // The language server shows a fatal message as an error and any other as a warning.
      file.message(problem.message, { place, ruleId: problem.rule, source: "dateline" }).fatal =
        problem.severity === "error";
    }
  };
}
