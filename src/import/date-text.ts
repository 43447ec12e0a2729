// Dates as spreadsheets and datasets write them → a date as content files write it (`2024`, `2024-12`,
// `2024-12-19`, `2024-12-19T14:30`, with an offset when given). Forms whose day and month cannot be
// told apart (`03/04/2024`) are refused rather than guessed.
import { parseDate } from "../model/calendar.ts";

export type DateText = { ok: true; text: string } | { ok: false; message: string };

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

function monthNumber(word: string): number | undefined {
  const lower = word.toLowerCase().replace(/\.$/, "");
  if (lower.length < 3) return undefined;
  const index = MONTHS.findIndex((m) => m === lower || (m.startsWith(lower) && lower.length >= 3));
  return index === -1 ? undefined : index + 1;
}

const pad = (n: number | string, width = 2) => String(n).padStart(width, "0");

function checked(text: string, written: string): DateText {
  const parsed = parseDate(text);
  return parsed.ok
    ? { ok: true, text: parsed.value.text }
    : { ok: false, message: `${JSON.stringify(written)}: ${parsed.message}` };
}

export function dateText(raw: string | undefined): DateText {
  const written = (raw ?? "").replace(/\s+/g, " ").trim();
  if (written === "") return { ok: false, message: "no date" };
  // Our own forms first: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:MM[offset].
  const own = parseDate(written);
  if (own.ok || own.rule === "date-invalid") return checked(written, written);

  // ISO-like timestamps: a space for T, seconds and fractions, which content dates do not carry.
  let m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(written);
  if (m) {
    const offset = m[3] === undefined ? "" : m[3].toUpperCase() === "Z" ? "Z" : `${m[3].slice(0, 3)}:${m[3].slice(-2)}`;
    // Midnight without an offset is what spreadsheets write for a plain day.
    if (m[2] === "00:00" && offset === "") return checked(m[1]!, written);
    return checked(`${m[1]}T${m[2]}${offset}`, written);
  }
  m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(written);
  if (m) return checked(`${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`, written);
  m = /^(\d{4})[/.](\d{1,2})$/.exec(written);
  if (m) return checked(`${m[1]}-${pad(m[2]!)}`, written);

  // 19 December 2024, 19-Dec-2024, 19 Dec. 2024
  m = /^(\d{1,2})[ -]([A-Za-z]+\.?)[ ,-]*(\d{4})$/.exec(written);
  if (m && monthNumber(m[2]!)) return checked(`${m[3]}-${pad(monthNumber(m[2]!)!)}-${pad(m[1]!)}`, written);
  // December 19, 2024 / Dec 19 2024
  m = /^([A-Za-z]+\.?) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/.exec(written);
  if (m && monthNumber(m[1]!)) return checked(`${m[3]}-${pad(monthNumber(m[1]!)!)}-${pad(m[2]!)}`, written);
  // December 2024
  m = /^([A-Za-z]+\.?),? (\d{4})$/.exec(written);
  if (m && monthNumber(m[1]!)) return checked(`${m[2]}-${pad(monthNumber(m[1]!)!)}`, written);

  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(written)) {
    return { ok: false, message: `${JSON.stringify(written)} could be day/month or month/day; write it as YYYY-MM-DD` };
  }
  return {
    ok: false,
    message: `${JSON.stringify(written)} is not a date; write YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM`,
  };
}

/** A date from separate parts, as the TimelineJS sheet writes it: Year, Month, Day, Time. */
export function dateFromParts(
  year: string | undefined,
  month: string | undefined,
  day: string | undefined,
  time: string | undefined,
): DateText | undefined {
  const y = year?.trim();
  if (!y) return undefined;
  if (!/^\d{1,4}$/.test(y)) return { ok: false, message: `year ${JSON.stringify(y)} is not a year from 1 to 9999` };
  let text = pad(y, 4);
  const mo = month?.trim();
  if (mo) {
    const n = /^\d{1,2}$/.test(mo) ? Number(mo) : monthNumber(mo);
    if (n === undefined) return { ok: false, message: `month ${JSON.stringify(mo)} is not a month` };
    text += `-${pad(n)}`;
    const d = day?.trim();
    if (d) {
      if (!/^\d{1,2}$/.test(d)) return { ok: false, message: `day ${JSON.stringify(d)} is not a day of the month` };
      text += `-${pad(d)}`;
      const t = time?.trim();
      if (t) {
        const clock = clockTime(t);
        if (!clock) return { ok: false, message: `time ${JSON.stringify(t)} is not a time of day (HH:MM)` };
        text += `T${clock}`;
      }
    }
  }
  return checked(text, [y, mo, day?.trim(), time?.trim()].filter(Boolean).join(" "));
}

/** `14:30`, `14:30:00`, `2:30 PM` → `14:30`. */
function clockTime(text: string): string | undefined {
  const m = /^(\d{1,2}):(\d{2})(?::\d{2})?\s*([ap]\.?m\.?)?$/i.exec(text);
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const half = m[3]?.toLowerCase().replace(/\./g, "");
  if (half) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (half === "pm" ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return undefined;
  return `${pad(hour)}:${pad(minute)}`;
}
