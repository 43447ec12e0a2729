// /data/events.geojson: a GeoJSON (RFC 7946) FeatureCollection with a Point for each event at each of
// its places that has coordinates. Properties link back to the event's and the place's pages.
import { siteUrl } from "../feeds/site-url.ts";
import type { Model, TimelineEvent } from "../model/types.ts";
import { urls } from "../site/urls.ts";
import { documentPieces, type ExportDocument } from "./document.ts";
import { jsonListDocument } from "./json-chunks.ts";
import { eventRecord } from "./record.ts";

export interface EventFeature {
  type: "Feature";
  id: string;
  geometry: { type: "Point"; coordinates: [number, number] };
  properties: {
    event_id: string;
    title: string;
    date: string;
    date_precision: string;
    end: string | null;
    circa: boolean;
    date_display: string;
    summary: string;
    place_id: string;
    place_name: string;
    url: string;
    place_url: string;
  };
}

export function eventFeatures(model: Model, event: TimelineEvent): EventFeature[] {
  const features: EventFeature[] = [];
  let record: ReturnType<typeof eventRecord> | undefined;
  for (const placeId of event.places) {
    const place = model.places.get(placeId);
    if (!place?.coordinates) continue;
    record ??= eventRecord(model, event);
    const [latitude, longitude] = place.coordinates;
    features.push({
      type: "Feature",
      id: `${event.id}@${place.id}`,
      // GeoJSON order is longitude, latitude.
      geometry: { type: "Point", coordinates: [longitude, latitude] },
      properties: {
        event_id: event.id,
        title: record.title,
        date: record.date.value,
        date_precision: record.date.precision,
        end: record.end?.value ?? null,
        circa: record.circa,
        date_display: record.date_display,
        summary: record.summary,
        place_id: place.id,
        place_name: place.name,
        url: record.url,
        place_url: siteUrl(model.site, urls.entity("place", place.id)),
      },
    });
  }
  return features;
}

/** The FeatureCollection, a block of features (one per located place, maybe none) for each event. */
export function eventsGeoJsonDocument(model: Model): ExportDocument<TimelineEvent> {
  return jsonListDocument({ type: "FeatureCollection" }, "features", 0, (event) => eventFeatures(model, event));
}

/** The FeatureCollection's text a piece at a time. */
export function eventsGeoJsonChunks(model: Model, events: readonly TimelineEvent[]): Iterable<string> {
  return documentPieces(eventsGeoJsonDocument(model), events);
}
