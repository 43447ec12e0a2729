// The site's own settings: content/site.yml (title, description, baseUrl, language and its editions), all
// optional. Without `editions` the site has one edition, its language at `/`.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Diagnostic } from "../diagnostics.ts";
import type { SiteConfig } from "../model/types.ts";
import { editionProblems, toEditions } from "./editions.ts";
import { decodeContent, displayPath } from "./files.ts";
import { KNOWN_KEYS, siteSchema, type SiteFields } from "./schema.ts";
import { validateFields } from "./validate.ts";
import { parseYamlData } from "./yaml.ts";

export const SITE_CONFIG_FILE = "site.yml";

export async function loadSiteConfig(contentDir: string): Promise<{ site: SiteConfig; diagnostics: Diagnostic[] }> {
  const absolutePath = path.resolve(contentDir, SITE_CONFIG_FILE);
  const file = displayPath(absolutePath);
  const defaults = toSite(siteSchema.parse({}));
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
  const fields = yaml.value.withData(data);
  const result = validateFields(siteSchema, fields, KNOWN_KEYS.site, { editions: KNOWN_KEYS.edition, cms: KNOWN_KEYS.cms });
  const problems = [...result.problems, ...editionProblems(fields)];
  return result.ok && problems.length === 0 ? { site: toSite(result.value), diagnostics: [] } : at(problems);
}

function toSite({ title, description, baseUrl, language, cms, ...rest }: SiteFields): SiteConfig {
  return {
    title,
    description,
    baseUrl,
    language,
    editions: toEditions({ title, description, language, ...rest }),
    ...(cms ? { cms } : {}),
  };
}
