// Content shown in a language other than the page's: an untranslated event or name keeps its own
// language, marked with `lang` (its elements already carry dir="auto" for the direction), and an
// event page says, in the edition's words, that it is not yet translated. Never hidden.
import { html, type SafeHtml } from "../src/markup/html.ts";
import { safeLocale } from "../src/site/format.ts";
import type { SiteData } from "../src/site/site-data.ts";

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** ` lang="ar"` when `lang` is not the page's language; nothing otherwise. */
export function langAttr(data: SiteData, lang: string): SafeHtml {
  return same(lang, data.language) ? html`` : html` lang="${lang}"`;
}

const names = new WeakMap<SiteData, Intl.DisplayNames>();

/** A language's name in the edition's language: "الإنجليزية" on the Arabic edition for `en`. */
export function languageName(data: SiteData, lang: string): string {
  let display = names.get(data);
  if (!display)
    names.set(data, (display = new Intl.DisplayNames([safeLocale(data.edition.locale)], { type: "language" })));
  return display.of(lang) ?? lang;
}

/** "Not yet translated into Arabic; shown in English." when the words shown are in `shown`, not the edition's. */
export function untranslatedNote(data: SiteData, shown: string): SafeHtml {
  if (same(shown, data.language)) return html``;
  const text = data.messages.t("translation.missing", {
    language: languageName(data, data.language),
    original: languageName(data, shown),
  });
  return html`
<p class="untranslated">${text}</p>`;
}
