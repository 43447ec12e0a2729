// The "Embed these events" disclosure on the timeline and on every entity page: the one line of HTML to
// copy (src/site/embed-code.ts) and a live preview, an iframe of the embed that loads only once opened.
import { html, type SafeHtml } from "../src/markup/html.ts";
import { embedCode, EMBED_HEIGHT, type Embed } from "../src/site/embed-code.ts";
import type { SiteData } from "../src/site/site-data.ts";

export function embedDisclosure(data: SiteData, embed: Embed): SafeHtml {
  const { messages, site } = data;
  const id = "embed-code";
  return html`<details class="embed-code">
<summary>${messages.t("embed.disclosure")}</summary>
<p>${messages.t("embed.instructions")}</p>
${!site.baseUrl && html`<p class="embed-note">${messages.t("embed.baseUrlNote")}</p>`}
<label for="${id}">${messages.t("embed.code")}</label>
<textarea id="${id}" class="embed-code-text" rows="4" readonly dir="ltr" spellcheck="false">${embedCode(site, embed)}</textarea>
<p class="embed-preview-label">${messages.t("embed.preview")}</p>
<iframe class="embed-preview" src="${embed.url}" title="${embed.title}" loading="lazy" height="${String(EMBED_HEIGHT)}"></iframe>
</details>`;
}
