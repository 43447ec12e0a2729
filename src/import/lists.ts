// Multi-valued cells: `AP; Reuters`, `Ahrar al-Sham; HTS`. Split on semicolons, trimmed, empties and
// repeats dropped (first spelling kept).
export function splitList(value: string | undefined, separator: string | RegExp = ";"): string[] {
  if (value === undefined) return [];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of value.split(separator)) {
    const item = part.replace(/\s+/g, " ").trim();
    if (item === "" || seen.has(item)) continue;
    seen.add(item);
    out.push(item);
  }
  return out;
}

/** A cell's text, trimmed, with white space runs collapsed; undefined when empty or a missing-value marker. */
export function cell(value: string | undefined): string | undefined {
  const text = value?.replace(/\s+/g, " ").trim();
  return text === undefined || text === "" || text === "NA" || text === "N/A" ? undefined : text;
}

/** A number cell: undefined when empty or not a finite number. */
export function numberCell(value: string | undefined): number | undefined {
  const text = cell(value)?.replace(/,/g, "");
  if (text === undefined) return undefined;
  const parsed = Number(text);
  return Number.isFinite(parsed) ? parsed : undefined;
}

/** `[lat, lon]` when both are numbers in range. */
export function coordinatesOf(
  latitude: string | undefined,
  longitude: string | undefined,
): [number, number] | undefined {
  const lat = numberCell(latitude);
  const lon = numberCell(longitude);
  if (lat === undefined || lon === undefined || Math.abs(lat) > 90 || Math.abs(lon) > 180) return undefined;
  return [lat, lon];
}

/** true/false from `true`, `yes`, `1`, `x` …; undefined when empty. */
export function booleanCell(value: string | undefined): boolean | undefined {
  const text = cell(value)?.toLowerCase();
  if (text === undefined) return undefined;
  if (["true", "yes", "y", "1", "x"].includes(text)) return true;
  if (["false", "no", "n", "0"].includes(text)) return false;
  return undefined;
}
