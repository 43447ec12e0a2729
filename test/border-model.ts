// A border region for the map tests: Iraq › Anbar › al-Qaim › the crossing and Husaybah (no coordinates),
// Syria › Abu Kamal (an Arabic name), a place whose name carries markup, and one with no coordinates.
import type { Entity, Model, TimelineEvent } from "../src/model/types.ts";
import { calendarDate, makeEntity, makeEvent, makeModel } from "./model-builders.ts";

export const ARABIC_NAME = "البوكمال";
export const INJECTED = "Bad <script>alert(1)</script> & Co";

const place = (id: string, name: string, extra: Partial<Entity> = {}) => makeEntity("place", id, name, extra);

/**
 * Events from 1 December 2024 on: five at the crossing, two at al-Qaim, three at Husaybah, one at both,
 * four at Abu Kamal, and one each at Ramadi, the badly named place and Nowhere.
 */
export function borderModel(): Model {
  const places = [
    place("iraq", "Iraq", { category: "country", coordinates: [33.2, 43.7] }),
    place("anbar", "Anbar", { category: "governorate", within: "iraq", coordinates: [33.4, 42.0] }),
    place("al-qaim", "al-Qaim", { category: "district", within: "anbar", coordinates: [34.37, 41.09] }),
    place("crossing", "al-Qaim border crossing", { within: "al-qaim", coordinates: [34.43, 40.95] }),
    place("husaybah", "Husaybah", { within: "al-qaim" }),
    place("ramadi", "Ramadi", { within: "anbar", coordinates: [33.42, 43.3] }),
    place("bad", INJECTED, { within: "anbar", coordinates: [32.9, 41.6] }),
    place("syria", "Syria", { category: "country", coordinates: [35.0, 38.5] }),
    place("abu-kamal", ARABIC_NAME, { within: "syria", coordinates: [34.45, 40.92] }),
    place("nowhere", "Nowhere"),
  ];
  const events: TimelineEvent[] = [];
  const add = (id: string, places: string[], count = 1) => {
    for (let i = 0; i < count; i++) {
      events.push(
        makeEvent({
          id: `${id}-${i}`,
          title: `Event ${id} ${i}`,
          date: calendarDate(`2024-12-${String(i + 1).padStart(2, "0")}`),
          places,
        }),
      );
    }
  };
  add("at-crossing", ["crossing"], 5);
  add("at-al-qaim", ["al-qaim"], 2);
  add("at-husaybah", ["husaybah"], 3);
  add("at-both", ["husaybah", "al-qaim"]);
  add("at-abu-kamal", ["abu-kamal"], 4);
  add("at-ramadi", ["ramadi"]);
  add("at-bad", ["bad"]);
  add("at-nowhere", ["nowhere"]);
  return makeModel(events, { places });
}
