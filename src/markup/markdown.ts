// The one Markdown renderer for content bodies and descriptions, configured once. Content is written
// by many hands, so: no raw HTML, links only to safe schemes, no images pulled from other hosts, and
// text blocks marked dir="auto" so Arabic or Kurdish paragraphs lay out right-to-left on their own.
import MarkdownIt from "markdown-it";
import type { MarkdownIt as Markdown, StateCore, Token } from "markdown-it";
import { noteRefusedLinks, type ParseNotingRefusals, type RefusedLink } from "./refused-links.ts";

const isExternal = (href: string) => /^(https?:)?\/\//i.test(href);

// Block elements whose content is editor text; each gets dir="auto".
const TEXT_BLOCKS = new Set([
  "paragraph_open",
  "heading_open",
  "list_item_open",
  "blockquote_open",
  "th_open",
  "td_open",
]);

/** Core rule: dir="auto" on text blocks, and headings one level down (the page title is the only h1). */
function adjustBlocks(state: StateCore): void {
  for (const token of state.tokens) {
    if (TEXT_BLOCKS.has(token.type)) token.attrSet("dir", "auto");
    if (token.type === "heading_open" || token.type === "heading_close") {
      const level = Number(token.tag.slice(1));
      token.tag = `h${Math.min(level + 1, 6)}`;
    }
  }
}

function createRenderer(): { md: Markdown; parseNotingRefusals: ParseNotingRefusals } {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
  // Links only to safe schemes (src/markup/link-policy.ts); a parse can list what it refused.
  const parseNotingRefusals = noteRefusedLinks(md);
  md.core.ruler.push("dateline_blocks", adjustBlocks);

  md.renderer.rules.link_open = (tokens: Token[], idx: number, options, _env, self) => {
    const token = tokens[idx]!;
    if (isExternal(String(token.attrGet("href") ?? ""))) token.attrSet("rel", "noopener noreferrer");
    return self.renderToken(tokens, idx, options);
  };
  // An image would make every reader's browser fetch from a host the editor chose: show a link instead.
  md.renderer.rules.image = (tokens: Token[], idx: number, options, env) => {
    const token = tokens[idx]!;
    const src = String(token.attrGet("src") ?? "");
    const alt = md.renderer.renderInlineAsText(token.children ?? [], options, env) || src;
    const rel = isExternal(src) ? ' rel="noopener noreferrer"' : "";
    const escape = md.utils.escapeHtml;
    return `<a class="image-link" href="${escape(src)}"${rel}>${escape(`Image: ${alt}`)}</a>`;
  };
  return { md, parseNotingRefusals };
}

const { md, parseNotingRefusals } = createRenderer();

/**
 * What the build needs from a body or description, from a single parse (parsing is most of Markdown's
 * cost): made once at load, and pages, feeds and search reuse it.
 */
export interface ReadBody {
  /** The body as HTML that is safe to place in a page. */
  html: string;
  /** The first paragraph as plain text, for summaries in lists, feeds and search. */
  firstParagraph: string;
  /** Links the HTML leaves out because they are not allowed, where they were written. */
  refusedLinks: RefusedLink[];
}

export function readBody(src: string): ReadBody {
  const env = {};
  const { tokens, refused } = parseNotingRefusals(src, env);
  const html = md.renderer.render(tokens, md.options, env);
  return { html, firstParagraph: firstParagraph(tokens), refusedLinks: refused };
}

function firstParagraph(tokens: Token[]): string {
  const start = tokens.findIndex((token) => token.type === "paragraph_open");
  const inline = start === -1 ? undefined : tokens[start + 1];
  if (!inline?.children) return "";
  return md.renderer.renderInlineAsText(inline.children, md.options, {}).replace(/\s+/g, " ").trim();
}
