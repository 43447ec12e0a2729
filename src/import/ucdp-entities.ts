// Place and actor files of a UCDP import: content/places/<id>.md and content/actors/<id>.md.
import { escapeMarkdown } from "./markdown-text.ts";
import type { ImportedActor } from "./ucdp-actors.ts";
import type { ImportedPlace } from "./ucdp-places.ts";
import type { ContentFile } from "./write-content.ts";

const DATASET = "the UCDP Georeferenced Event Dataset (GED 19.1)";

export function placeFile(place: ImportedPlace): ContentFile {
  const frontMatter: Record<string, unknown> = {
    name: place.name,
    kind: place.kind,
    ...(place.parent ? { within: place.parent.name } : {}),
    ...(place.coordinates ? { coordinates: [...place.coordinates] } : {}),
  };
  const as = place.name === place.written ? "" : ` as “${escapeMarkdown(place.written)}”`;
  return { path: `places/${place.id}.md`, frontMatter, body: `Named in ${DATASET}${as}.` };
}

export function actorFile(actor: ImportedActor): ContentFile {
  const frontMatter: Record<string, unknown> = {
    name: actor.name,
    ...(actor.aliases.length ? { aliases: [...actor.aliases] } : {}),
    ...(actor.kind ? { kind: actor.kind } : {}),
  };
  return { path: `actors/${actor.id}.md`, frontMatter, body: `Named as a side of the conflict in ${DATASET}.` };
}
