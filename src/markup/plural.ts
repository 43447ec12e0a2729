// Choosing the word for a count by the plural category of the number in the language (Intl.PluralRules),
// instead of `count === 1 ? … : …`: English has two forms, Arabic six (zero, one, two, few, many, other).
// Shared by everything that shows a count: pages, feeds, messages and command output.

/** The forms of a word or phrase by plural category; `other` is required, any other category falls back to it. */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };

// One PluralRules per locale: a page counts dozens of things, and building one is the costly part.
const rulesByLocale = new Map<string, Intl.PluralRules>();

/** The form for `count` in `locale` (a BCP 47 tag; one Intl refuses is read as English). */
export function pluralForm(count: number, forms: PluralForms, locale: string): string {
  let rules = rulesByLocale.get(locale);
  if (!rules) {
    rules = pluralRules(locale);
    rulesByLocale.set(locale, rules);
  }
  return forms[rules.select(count)] ?? forms.other;
}

function pluralRules(locale: string): Intl.PluralRules {
  try {
    return new Intl.PluralRules(locale);
  } catch {
    return new Intl.PluralRules("en"); // as safeLocale in src/site/format.ts does for the site's language
  }
}
