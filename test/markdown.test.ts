// The Markdown renderer: no raw HTML, no unsafe links, no remote images, dir="auto" on text blocks,
// and nothing in a body is ever treated as a template.
import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { isAllowedLink } from "../src/markup/link-policy.ts";
import { readBody } from "../src/markup/markdown.ts";

const md = (src: string) => readBody(src).html;
/** Every href value in the output. */
const hrefs = (out: string) => [...out.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);

describe("renderMarkdown: raw HTML", () => {
  it("shows raw HTML as text", () => {
    assert.equal(md("a <b>bold</b> word"), `<p dir="auto">a &lt;b&gt;bold&lt;/b&gt; word</p>\n`);
  });

  it("never emits a <script> element, inline, as a block or split", () => {
    for (const src of [
      "<script>alert(1)</script>",
      "text <script>alert(1)</script> text",
      "<div>\n<script>alert(1)</script>\n</div>",
      "<scr<script>ipt>alert(1)</script>",
      "`<script>` and\n\n    <script>indented</script>",
      "<img src=x onerror=alert(1)>",
      '<a href="javascript:alert(1)">x</a>',
    ]) {
      const out = md(src);
      assert.ok(!/<script/i.test(out), `${src} → ${out}`);
      assert.ok(!/<img/i.test(out), `${src} → ${out}`);
      assert.ok(!/<a href="javascript/i.test(out), `${src} → ${out}`);
    }
  });
});

describe("renderMarkdown: links", () => {
  const unsafe = [
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](  javascript:alert(1))",
    "[x](java&#x09;script:alert(1))",
    "[x](java&#10;script:alert(1))",
    "[x](&#106;avascript:alert(1))",
    "[x](&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;:alert(1))",
    "[x](<java script:alert(1)>)",
    "[x](javascript&colon;alert(1))",
    "<javascript:alert(1)>",
    "[x](vbscript:msgbox(1))",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[x](data:image/png;base64,AAAA)",
    "[x](file:///etc/passwd)",
    "[x][ref]\n\n[ref]: javascript:alert(1)",
    "[x](%6Aavascript:alert(1))",
    "[x](&#99999999;)",
    "[x](&#0;)",
    "[x](&#xD800;)",
  ];
  for (const src of unsafe) {
    it(`does not link ${JSON.stringify(src)}`, () => {
      const out = md(src);
      assert.deepEqual(hrefs(out), [], out);
    });
  }

  it("links http, https, mailto, relative and fragment URLs", () => {
    const out = md(
      "[a](http://example.org) [b](https://example.org/x?y=1) [c](mailto:desk@example.org) [d](/events/x/) [e](#notes) [f](../up)",
    );
    assert.deepEqual(hrefs(out), [
      "http://example.org",
      "https://example.org/x?y=1",
      "mailto:desk@example.org",
      "/events/x/",
      "#notes",
      "../up",
    ]);
  });

  it("gives external links rel=noopener noreferrer and leaves internal links alone", () => {
    const out = md("[ext](https://example.org) [int](/timeline/)");
    assert.ok(out.includes(`<a href="https://example.org" rel="noopener noreferrer">ext</a>`), out);
    assert.ok(out.includes(`<a href="/timeline/">int</a>`), out);
  });

  it("linkifies bare http(s) URLs, with rel", () => {
    const out = md("See https://example.org/report for details.");
    assert.ok(
      out.includes(`<a href="https://example.org/report" rel="noopener noreferrer">https://example.org/report</a>`),
      out,
    );
  });

  it("isAllowedLink refuses schemes other than http, https and mailto", () => {
    for (const ok of ["http://a", "HTTPS://a", "mailto:a@b", "/x", "x/y", "#f", "?q=1", "//example.org/x", ""])
      assert.ok(isAllowedLink(ok), ok);
    for (const bad of [
      "javascript:x",
      "JAVASCRIPT:x",
      " javascript:x",
      "java\tscript:x",
      "java\nscript:x",
      "\u0000javascript:x",
      "data:x",
      "vbscript:x",
      "file:///x",
      "ftp://x",
      "jav%0Aascript:x",
    ]) {
      assert.ok(!isAllowedLink(bad), JSON.stringify(bad));
    }
  });
});

describe("renderMarkdown: images", () => {
  it("shows an image as a link to it instead of loading it", () => {
    const out = md("![Crossing at dawn](https://example.org/photo.jpg)");
    assert.ok(!out.includes("<img"), out);
    assert.ok(
      out.includes(
        `<a class="image-link" href="https://example.org/photo.jpg" rel="noopener noreferrer">Image: Crossing at dawn</a>`,
      ),
      out,
    );
  });

  it("escapes the alt text of an image link", () => {
    const out = md("![<b>x</b>](/a.png)");
    assert.ok(!out.includes("<b>"), out);
  });
});

describe("renderMarkdown: content is not a template", () => {
  it("prints template syntax literally", () => {
    const out = md("Total: {{ 7*7 }} and {% raw %}{{ eleventy.env.root }}{% endraw %} and {# note #}");
    assert.ok(out.includes("{{ 7*7 }}"), out);
    assert.ok(out.includes("{% raw %}{{ eleventy.env.root }}{% endraw %}"), out);
    assert.ok(!out.includes("49"), out);
  });
});

describe("renderMarkdown: direction and structure", () => {
  it("puts dir=auto on paragraphs, headings, list items, blockquotes and table cells", () => {
    const out = md("# Title\n\npara\n\n- item\n\n> quote\n\n| a | b |\n|---|---|\n| 1 | 2 |");
    for (const tag of ["h2", "p", "li", "blockquote", "th", "td"])
      assert.ok(out.includes(`<${tag} dir="auto">`), `${tag}: ${out}`);
  });

  it("keeps Arabic text as written", () => {
    assert.equal(md("أعاد العراق فتح المنفذ."), `<p dir="auto">أعاد العراق فتح المنفذ.</p>\n`);
  });

  it("moves body headings one level down, so the page title stays the only h1", () => {
    const out = md("# One\n\n## Two\n\n###### Six");
    assert.ok(
      out.includes(`<h2 dir="auto">One</h2>`) &&
        out.includes(`<h3 dir="auto">Two</h3>`) &&
        out.includes(`<h6 dir="auto">Six</h6>`),
      out,
    );
    assert.ok(!out.includes("<h1"), out);
  });

  it("renders an empty body as nothing", () => {
    assert.equal(md(""), "");
  });
});
