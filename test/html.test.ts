// The html`` tagged template escapes every interpolation; only SafeHtml passes through unchanged.
import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { escapeHtml, html, join, raw, SafeHtml } from "../src/markup/html.ts";

const render = (value: SafeHtml) => value.toString();

describe("html``", () => {
  it("escapes the five HTML-significant characters in text", () => {
    assert.equal(
      render(html`<p>${`<b>"Tom" & 'Jerry'</b>`}</p>`),
      "<p>&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;</p>",
    );
  });

  it("escapes script tags so they are shown, not run", () => {
    const out = render(html`<h1>${"<script>alert(1)</script>"}</h1>`);
    assert.equal(out, "<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>");
    assert.ok(!out.includes("<script"));
  });

  it("escapes attribute values so a quote cannot end the attribute", () => {
    const evil = `x" onmouseover="alert(1)`;
    assert.equal(render(html`<a title="${evil}">t</a>`), `<a title="x&quot; onmouseover=&quot;alert(1)">t</a>`);
    assert.equal(render(html`<a title='${"it's"}'>t</a>`), `<a title='it&#39;s'>t</a>`);
    assert.equal(render(html`<a href="${"/a?b=1&c=2"}">t</a>`), `<a href="/a?b=1&amp;c=2">t</a>`);
  });

  it("refuses unquoted attribute values", () => {
    assert.throws(() => html`<a href=${"x onclick=alert(1)"}>t</a>`, /unquoted attribute/);
    assert.throws(() => html`<a href= ${"x"}>t</a>`, /unquoted attribute/);
  });

  it("escapes already-escaped text again (no entity passes through as markup)", () => {
    assert.equal(render(html`${"&amp; &lt;"}`), "&amp;amp; &amp;lt;");
  });

  it("renders numbers as text", () => {
    assert.equal(render(html`<td>${2000}</td><td>${-1.5}</td><td>${0}</td>`), "<td>2000</td><td>-1.5</td><td>0</td>");
  });

  it("renders null, undefined and booleans as nothing", () => {
    assert.equal(render(html`[${null}][${undefined}][${false}][${true}]`), "[][][][]");
    const on = false as boolean;
    assert.equal(render(html`<p${on && html` class="x"`}>`), "<p>");
  });

  it("joins arrays after escaping each item, including nested arrays", () => {
    assert.equal(render(html`<ul>${["<a>", "b&", ["<c>", 1]]}</ul>`), "<ul>&lt;a&gt;b&amp;&lt;c&gt;1</ul>");
    assert.equal(render(html`<ul>${["a", "b"].map((x) => html`<li>${x}</li>`)}</ul>`), "<ul><li>a</li><li>b</li></ul>");
    assert.equal(render(html`${[]}`), "");
  });

  it("passes nested html`` results and raw() through without escaping them again", () => {
    const inner = html`<em>${"<i>"}</em>`;
    assert.ok(inner instanceof SafeHtml);
    assert.equal(render(html`<p>${inner}</p>`), "<p><em>&lt;i&gt;</em></p>");
    assert.equal(render(html`<div>${raw("<p>trusted</p>")}</div>`), "<div><p>trusted</p></div>");
  });

  it("treats a string that looks like markup as text, however it was produced", () => {
    const fake = { toString: () => "<b>" } as unknown as string;
    assert.equal(render(html`${String(fake)}`), "&lt;b&gt;");
  });

  it("keeps Arabic and other scripts intact", () => {
    assert.equal(render(html`<p dir="auto">${"منفذ القائم"}</p>`), `<p dir="auto">منفذ القائم</p>`);
  });
});

describe("join and escapeHtml", () => {
  it("joins with an escaped separator", () => {
    assert.equal(join(["a<", html`<b>b</b>`], " & ").toString(), "a&lt; &amp; <b>b</b>");
  });

  it("escapeHtml leaves ordinary text alone", () => {
    assert.equal(escapeHtml("19 December 2024 – c. 2,000"), "19 December 2024 – c. 2,000");
  });
});
