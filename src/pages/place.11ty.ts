// /places/<id>/ — one page per place, paginated one at a time over the sorted list.
import type { Entity } from "../model/types.ts";
import type { PageData, TemplateData } from "../site/page-data.ts";
import { outputPath, urls } from "../site/urls.ts";
import { entityPage } from "../../_includes/entity-page.ts";

type Data = PageData & { entity: Entity };

export const data: TemplateData<Data> = {
  pagination: { data: "dateline.entityLists.place", size: 1, alias: "entity" },
  permalink: (d) => outputPath(urls.entity("place", d.entity.id)),
};

export function render({ dateline, entity }: Data): string {
  return entityPage(dateline, entity).toString();
}
