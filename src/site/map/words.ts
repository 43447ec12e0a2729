// The few words maps put together in their descriptions. The site's own text is English (as every
// label of the site is), so lists are joined the English way whatever the content's language.

const list = new Intl.ListFormat("en", { style: "long", type: "conjunction" });

/** "Syria, Jordan and Saudi Arabia". */
export function listText(items: readonly string[]): string {
  return list.format(items);
}
