// The one front-matter writer: `npm run new` (src/content/new-event.ts) and `npm run import`
// (src/import/write-content.ts) both turn a plain object into a file's `---` block here, with one set of
// options for the yaml package, so quoting is right by construction and the two never drift apart.
import { stringify, type ScalarTag, type Tags } from "yaml";

/**
 * Not a type we write: YAML 1.2's octal numbers (`0o17`, and `+0o7` as js-yaml reads it), which YAML 1.1
 * does not know. Listed as a test only, so stringify quotes such strings too: our loader
 * (src/content/yaml.ts, YAML 1.2 core) would read them unquoted as numbers.
 */
const YAML_1_2_OCTAL: ScalarTag = {
  tag: "tag:dateline,2024:yaml-1.2-octal",
  default: true,
  test: /^[-+]?0o[0-7]+$/,
  identify: () => false,
  resolve: (text) => text,
};

const OPTIONS = {
  // YAML 1.1 rules quote every string some reader could take for something else: dates (`"2024-12-19"`),
  // `"No"`, `"on"`, `"012"`, `"12:30"`; YAML 1.2 readers, ours among them, read the quoted text the same.
  version: "1.1",
  customTags: (tags: Tags) => [...tags, YAML_1_2_OCTAL],
  // Never fold long strings, so each value stays on one greppable line.
  lineWidth: 0,
  // A value used twice is written twice, never as an anchor and alias (content files refuse aliases).
  aliasDuplicateObjects: false,
} as const;

/** `---`, the fields as YAML (non-ASCII text such as Arabic kept as it is, never escaped), `---`. */
export function frontMatterBlock(fields: Record<string, unknown>): string {
  return `---\n${stringify(fields, OPTIONS)}---\n`;
}
