// Country names on maps in the edition's language. The maps' shapes come from Natural Earth with English
// short names ("Syria", "Turkey"); an edition in another language shows the name its own content gives the
// country (a place file `places/syria.md` translated into Arabic), else the name Intl has for the region,
// else the English one (marked as such by nothing more than its Latin letters). The English edition shows Natural Earth's names, as it always did.
import { normalizeName } from "../../model/normalize.ts";
import { safeLocale } from "../format.ts";
import type { SiteData } from "../site-data.ts";

/** English region name → ISO 3166 code, from Intl's own English names. */
let regionCodes: Map<string, string> | undefined;

function regionCode(english: string): string | undefined {
  if (!regionCodes) {
    regionCodes = new Map();
    const names = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
    const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    for (const a of letters)
      for (const b of letters) {
        const name = names.of(`${a}${b}`);
        if (name) regionCodes.set(normalizeName(name), `${a}${b}`);
      }
    // Natural Earth's short names that Intl writes otherwise.
    for (const [name, code] of [
      ["Turkey", "TR"],
      ["Dem. Rep. Congo", "CD"],
      ["Congo", "CG"],
      ["Czechia", "CZ"],
      ["Bosnia and Herz.", "BA"],
      ["Central African Rep.", "CF"],
      ["S. Sudan", "SS"],
      ["Dominican Rep.", "DO"],
      ["Eq. Guinea", "GQ"],
      ["W. Sahara", "EH"],
      ["North Korea", "KP"],
      ["South Korea", "KR"],
      ["Palestine", "PS"],
    ] as const)
      regionCodes.set(normalizeName(name), code);
  }
  return regionCodes.get(normalizeName(english));
}

const byData = new WeakMap<SiteData, Map<string, string>>();

/** A Natural Earth country name as the edition writes it. */
export function countryName(data: SiteData, english: string): string {
  if (data.language.toLowerCase().split("-")[0] === "en") return english;
  let names = byData.get(data);
  if (!names) {
    names = new Map();
    // The content's own places, by their original names and aliases: the editors' wording comes first.
    // Only a name in the edition's language: an untranslated place name would be the English one again.
    for (const place of data.original.places.values()) {
      const shown = data.entity("place", place.id);
      if (!shown || shown.lang.toLowerCase() !== data.language.toLowerCase()) continue;
      for (const name of [place.name, ...place.aliases]) names.set(normalizeName(name), shown.name);
    }
    byData.set(data, names);
  }
  const key = normalizeName(english);
  let name = names.get(key);
  if (name === undefined) {
    const code = regionCode(english);
    const display = new Intl.DisplayNames([safeLocale(data.edition.locale)], { type: "region", fallback: "none" });
    name = (code && display.of(code)) || english;
    names.set(key, name);
  }
  return name;
}
