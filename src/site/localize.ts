// An edition's view of the model: each event's and entity's words in the edition's language where a
// translation gives them (`translations[lang]`), field by field, and the original's otherwise. Ids,
// dates, references and order are the original's, so every edition lists the same events on the same
// pages. A localized event's or entity's `lang` is the language its title or name is shown in; `original`
// keeps what the content says, so pages can mark a body shown untranslated. A localized event's corrections
// and withdrawal reason each carry the language they are shown in.
import type { Entity, EventTranslation, Model, TimelineEvent } from "../model/types.ts";

/** The edition's model; objects without a translation into `lang` are the original ones, unchanged. */
export function localizeModel(model: Model, lang: string): Model {
  return {
    site: model.site,
    events: model.events.map((event) => localizeEvent(event, lang)),
    places: localizeEntities(model.places, lang),
    actors: localizeEntities(model.actors, lang),
    figures: localizeEntities(model.figures, lang),
  };
}

function localizeEvent(event: TimelineEvent, lang: string): TimelineEvent {
  const t = event.lang === lang ? undefined : event.translations[lang];
  if (!t) return event;
  const body = t.bodyHtml ? { body: t.body, bodyHtml: t.bodyHtml, bodyLine: t.bodyLine } : {};
  return {
    ...event,
    title: t.title || event.title,
    summary: t.summary || event.summary,
    ...body,
    ...localizeRecord(event, t),
    lang: t.title ? t.lang : event.lang,
  };
}

/**
 * Corrections and the withdrawal reason in the translation's words where it gives them, else the
 * original's; each marked with the language it is in, which may differ from one correction to the next.
 */
function localizeRecord(event: TimelineEvent, t: EventTranslation): Pick<TimelineEvent, "corrections" | "withdrawn"> {
  const record: Pick<TimelineEvent, "corrections" | "withdrawn"> = {};
  if (event.corrections) {
    record.corrections = event.corrections.map((correction, i) => {
      const text = t.corrections?.[i];
      return text ? { ...correction, text, lang: t.lang } : { ...correction, lang: event.lang };
    });
  }
  if (event.withdrawn) {
    const reason = t.withdrawnReason;
    record.withdrawn = reason ? { ...event.withdrawn, reason, lang: t.lang } : { ...event.withdrawn, lang: event.lang };
  }
  return record;
}

function localizeEntities(entities: Map<string, Entity>, lang: string): Map<string, Entity> {
  const out = new Map<string, Entity>();
  for (const [id, entity] of entities) {
    const t = entity.lang === lang ? undefined : entity.translations[lang];
    if (!t) {
      out.set(id, entity);
      continue;
    }
    const description = t.descriptionHtml
      ? {
          description: t.description,
          descriptionHtml: t.descriptionHtml,
          descriptionFirstParagraph: t.descriptionFirstParagraph,
        }
      : {};
    out.set(id, {
      ...entity,
      name: t.name || entity.name,
      ...description,
      ...(t.role ? { role: t.role } : {}),
      lang: t.name ? t.lang : entity.lang,
    });
  }
  return out;
}

/** The language an event's summary is shown in by an edition: the translation's when it has one. */
export function summaryLanguage(original: TimelineEvent, lang: string): string {
  return original.lang !== lang && original.translations[lang]?.summary ? lang : original.lang;
}

/** The language an event's body is shown in by an edition: the translation's when it has a body. */
export function bodyLanguage(original: TimelineEvent, lang: string): string {
  return original.lang !== lang && original.translations[lang]?.bodyHtml ? lang : original.lang;
}
