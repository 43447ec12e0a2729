// /places/<id>/ — one page per place, and /places/<id>/page/<n>/ when its events run past one page.
// Paginated one chunk at a time over pages precomputed once per render (src/model/entity-index.ts).
import type { EntityPage } from "../model/entity-index.ts";
import type { PageData, TemplateData } from "../site/page-data.ts";
import { outputPath, urls } from "../site/urls.ts";
import { entityPage } from "../../_includes/entity-page.ts";

type Data = PageData & { chunk: EntityPage };

export const data: TemplateData<Data> = {
  pagination: { data: "selection.entityPages.place", size: 1, alias: "chunk" },
  permalink: (d) => outputPath(urls.entityPage("place", d.chunk.entry.entity.id, d.chunk.pageNumber)),
};

export function render({ dateline, chunk }: Data): string {
  return entityPage(dateline, chunk).toString();
}
