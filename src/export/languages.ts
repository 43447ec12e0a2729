// Whether the exports speak of languages. A site that publishes one language, with no translations and
// no event written in another, exports exactly what it did before editions existed (item 1 of the
// editions issue: a single-language site is exactly as today); any other site's events.json names the
// site's language and gives every event its `lang` and `translations`, so readers meet one regular shape.
import type { Model } from "../model/types.ts";

const known = new WeakMap<Model, boolean>();

export function carriesLanguages(model: Model): boolean {
  let answer = known.get(model);
  if (answer === undefined) {
    const { site } = model;
    answer =
      site.editions.length > 1 ||
      model.events.some((event) => event.lang !== site.language || Object.keys(event.translations).length > 0);
    known.set(model, answer);
  }
  return answer;
}
