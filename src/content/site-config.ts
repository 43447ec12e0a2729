// The site's own settings: content/site.yml (title, description, baseUrl, language), all optional.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Diagnostic } from "../diagnostics.ts";
import type { SiteConfig } from "../model/types.ts";
import { decodeContent, displayPath } from "./files.ts";
import { KNOWN_KEYS, siteSchema } from "./schema.ts";
import { validateFields } from "./validate.ts";
import { parseYamlData } from "./yaml.ts";

export const SITE_CONFIG_FILE = "site.yml";

export async function loadSiteConfig(contentDir: string): Promise<{ site: SiteConfig; diagnostics: Diagnostic[] }> {
  const absolutePath = path.resolve(contentDir, SITE_CONFIG_FILE);
  const file = displayPath(absolutePath);
  const defaults = siteSchema.parse({});
  let bytes: Buffer;
  try {
    bytes = await readFile(absolutePath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { site: defaults, diagnostics: [] };
    throw error;
  }
  const at = (problems: Omit<Diagnostic, "file">[]) => ({ site: defaults, diagnostics: problems.map((p) => ({ file, ...p })) });
  const decoded = decodeContent(bytes);
  if (!decoded.ok) return at([decoded.diagnostic]);
  const yaml = parseYamlData(decoded.text);
  if (!yaml.ok) return at(yaml.problems);
  const data = yaml.value.data ?? {};
  if (typeof data !== "object" || Array.isArray(data)) {
    return at([{ line: 1, column: 1, severity: "error", rule: "frontmatter-not-mapping", message: "site.yml must be fields (`key: value` lines)" }]);
  }
  const result = validateFields(siteSchema, yaml.value.withData(data), KNOWN_KEYS.site);
  return result.ok ? { site: result.value, diagnostics: [] } : at(result.problems);
}
