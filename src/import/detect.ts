// Which format a file is in, from its header line (or, for JSON, its shape): our own CSV export, ACLED,
// UCDP GED, or the TimelineJS Google Sheets template. Anything else needs --map.

export type KnownFormat = "dateline" | "acled" | "ucdp" | "timelinejs";
export type ImportFormat = KnownFormat | "mapped";

export const FORMAT_NAMES: Record<ImportFormat, string> = {
  dateline: "Dateline CSV export",
  acled: "ACLED",
  ucdp: "UCDP GED",
  timelinejs: "TimelineJS",
  mapped: "a sheet mapped with --map",
};

const SIGNATURES: [KnownFormat, string[]][] = [
  ["dateline", ["event_id", "event_date", "time_precision", "title"]],
  ["acled", ["event_id_cnty", "event_date", "actor1", "location"]],
  ["ucdp", ["id", "side_a", "side_b", "where_coordinates", "date_start"]],
  ["timelinejs", ["year", "month", "day", "headline", "text"]],
];

/** The known format whose every signature column the header has (compared case-insensitively). */
export function detectCsvFormat(header: readonly string[]): KnownFormat | undefined {
  const columns = new Set(header.map((h) => h.trim().toLowerCase()));
  return SIGNATURES.find(([, required]) => required.every((column) => columns.has(column)))?.[0];
}

/** TimelineJS JSON: an object with an `events` array. */
export function isTimelineJson(data: unknown): data is { events: unknown[] } {
  return typeof data === "object" && data !== null && Array.isArray((data as { events?: unknown }).events);
}
