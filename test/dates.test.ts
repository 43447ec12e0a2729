import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { inspect } from "node:util";
import fc from "fast-check";
import { compareDates, endsBefore, parseDate, periodStart, type CalendarDate } from "../src/model/calendar.ts";
import { datetimeAttribute, formatDate, formatDateRange, formatMonth } from "../src/site/dates.ts";

/** Parses a date the test expects to be valid. */
function d(raw: unknown): CalendarDate {
  const r = parseDate(raw);
  if (!r.ok) assert.fail(`expected ${String(raw)} to parse: ${r.message}`);
  return r.value;
}

function rejects(raw: unknown, rule: "date-invalid" | "date-format"): string {
  const r = parseDate(raw);
  assert.equal(r.ok, false, `expected ${JSON.stringify(raw)} to be rejected`);
  if (r.ok) throw new Error("unreachable");
  assert.equal(r.rule, rule, `${JSON.stringify(raw)}: ${r.message}`);
  return r.message;
}

test("every written form parses with its precision and canonical text", () => {
  assert.deepEqual(d("2024"), { precision: "year", year: 2024, text: "2024" });
  assert.deepEqual(d("2024-12"), { precision: "month", year: 2024, month: 12, text: "2024-12" });
  assert.deepEqual(d("2024-12-19"), { precision: "day", year: 2024, month: 12, day: 19, text: "2024-12-19" });
  assert.deepEqual(d("2024-12-19T14:30"), {
    precision: "minute",
    year: 2024,
    month: 12,
    day: 19,
    hour: 14,
    minute: 30,
    text: "2024-12-19T14:30",
  });
  assert.deepEqual(d("2024-12-19T14:30+03:00"), {
    precision: "minute",
    year: 2024,
    month: 12,
    day: 19,
    hour: 14,
    minute: 30,
    offsetMinutes: 180,
    text: "2024-12-19T14:30+03:00",
  });
  assert.equal(d("2024-12-19T14:30-05:30").offsetMinutes, -330);
  assert.equal(d("2024-12-19T14:30Z").offsetMinutes, 0);
  assert.equal(d("2024-12-19T14:30Z").text, "2024-12-19T14:30Z");
  assert.equal(d("2024-12-19T14:30+00:00").text, "2024-12-19T14:30+00:00");
  assert.equal(Object.is(d("2024-12-19T14:30-00:00").offsetMinutes, 0), true);
  assert.equal(d("  2024-12-19 \n").text, "2024-12-19", "surrounding white space is trimmed");
  assert.equal(d("2024-02-29").day, 29, "leap day in a leap year");
  assert.equal(d("0001").year, 1);
  assert.equal(d("9999-12-31T23:59+14:00").offsetMinutes, 840);
});

test("a year YAML read as a number is the year form", () => {
  assert.deepEqual(d(2024), { precision: "year", year: 2024, text: "2024" });
  assert.deepEqual(d(1916), { precision: "year", year: 1916, text: "1916" });
  assert.match(rejects(24, "date-format"), /four digits/);
});

test("impossible dates are date-invalid, quoting the value as written", () => {
  assert.equal(rejects("2024-02-30", "date-invalid"), "2024-02-30 is not a calendar date");
  assert.match(rejects("2024-13-01", "date-invalid"), /^2024-13-01 /);
  assert.match(rejects("2023-02-29", "date-invalid"), /^2023-02-29 is not a calendar date/);
  assert.match(rejects("2024-00", "date-invalid"), /^2024-00 /);
  assert.match(rejects("2024-04-31", "date-invalid"), /^2024-04-31 /);
  assert.match(rejects("0000", "date-invalid"), /^0000 /);
  assert.match(rejects("2024-12-19T24:00", "date-invalid"), /^2024-12-19T24:00 .*time/);
  assert.match(rejects("2024-12-19T14:60", "date-invalid"), /^2024-12-19T14:60 /);
  assert.match(rejects("2024-12-19T14:30+15:00", "date-invalid"), /offset/);
  assert.match(rejects("2024-12-19T14:30-14:30", "date-invalid"), /offset/);
  assert.match(rejects("2024-12-19T14:30+05:60", "date-invalid"), /offset/);
});

test("anything that is not one of the five forms is date-format, listing the forms", () => {
  const message = rejects("12/19/2024", "date-format");
  assert.match(message, /^"12\/19\/2024" is not a date; write YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:MM/);
  for (const raw of [
    "Dec 19",
    "2024-1-5",
    "19 December 2024",
    "",
    "   ",
    "24",
    "20245",
    "2024-12-19 14:30",
    "2024-12-19T14:30:00",
    "2024-12-19T14",
    "2024-12-19T14:30+3",
    "2024-12-19T14:30+0300",
    "2024/12/19",
    true,
    false,
    2024.5,
    -2024,
    0,
    10000,
    NaN,
    null,
    undefined,
    {},
    ["2024"],
    new Date(0),
  ]) {
    const m = rejects(raw, "date-format");
    assert.match(m, /is not a date/, `${inspect(raw)}: ${m}`);
  }
  assert.match(rejects("", "date-format"), /^an empty value is not a date/);
  assert.match(rejects(true, "date-format"), /^true is not a date/);
});

test("sort: by start, a coarser date before finer ones in the same period", () => {
  const written = [
    "2025",
    "2024-12-19T14:30",
    "2024-12-01",
    "2024-12",
    "2024-11-30",
    "2024",
    "2024-01",
    "2024-12-19T09:05",
    "2024-12-19",
    "2023-12-31T23:59",
    "2024-12-19T00:00",
  ];
  const sorted = written
    .map(d)
    .sort(compareDates)
    .map((x) => x.text);
  assert.deepEqual(sorted, [
    "2023-12-31T23:59",
    "2024",
    "2024-01",
    "2024-11-30",
    "2024-12",
    "2024-12-01",
    "2024-12-19",
    "2024-12-19T00:00",
    "2024-12-19T09:05",
    "2024-12-19T14:30",
    "2025",
  ]);
  assert.equal(compareDates(d("2024"), d("2024")), 0);
  assert.ok(compareDates(d("2024"), d(2024)) === 0, "number and string year are the same date");
  // Calendar values: the written wall clock orders, not the instant (14:30+03:00 is 11:30 UTC).
  assert.ok(compareDates(d("2024-12-19T14:30+03:00"), d("2024-12-19T12:00Z")) > 0);
  assert.equal(compareDates(d("2024-12-19T14:30+03:00"), d("2024-12-19T14:30")), 0);
});

test("endsBefore: the end's whole period lies before the start", () => {
  assert.equal(endsBefore(d("2024-11"), d("2024-12-01")), true);
  assert.equal(endsBefore(d("2024-12"), d("2024-12-19")), false);
  assert.equal(endsBefore(d("2024-12-18"), d("2024-12-19")), true);
  assert.equal(endsBefore(d("2024-12-19"), d("2024-12-19")), false, "a one-day event may end on its start day");
  assert.equal(endsBefore(d("2024-12-19"), d("2024-12-19T14:30")), false);
  assert.equal(endsBefore(d("2024-12-19T14:29"), d("2024-12-19T14:30")), true);
  assert.equal(endsBefore(d("2024-12-19T14:30"), d("2024-12-19T14:30")), false);
  assert.equal(endsBefore(d("2023"), d("2024")), true);
  assert.equal(endsBefore(d("2024"), d("2024-06")), false);
  assert.equal(endsBefore(d("2024-12-31"), d("2025")), true);
  assert.equal(endsBefore(d("2025"), d("2024-12-31")), false);
});

test("endsBefore answers as the date arithmetic does, for dates of every precision", () => {
  const two = (n: number) => String(n).padStart(2, "0");
  // Few years, months and days, so that pairs often share a period and differ only in precision.
  const date = fc
    .tuple(
      fc.integer({ min: 2023, max: 2024 }),
      fc.option(fc.integer({ min: 1, max: 12 })),
      fc.option(fc.integer({ min: 1, max: 28 })),
      fc.option(fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))),
    )
    .map(([year, month, day, time]) => {
      let text = String(year);
      if (month !== null) text += `-${two(month)}`;
      if (month !== null && day !== null) text += `-${two(day)}`;
      if (month !== null && day !== null && time !== null) text += `T${two(time[0])}:${two(time[1])}`;
      return d(text);
    });
  const units = { year: "years", month: "months", day: "days", minute: "minutes" } as const;
  fc.assert(
    fc.property(date, date, (end, start) => {
      const plain =
        periodStart(end)
          .plus({ [units[end.precision]]: 1 })
          .toMillis() <= periodStart(start).toMillis();
      assert.equal(endsBefore(end, start), plain, `${end.text} .. ${start.text}`);
    }),
    { numRuns: 2000 },
  );
});

test("formatDate shows each precision in English", () => {
  assert.equal(formatDate(d("2024")), "2024");
  assert.equal(formatDate(d("2024-12")), "December 2024");
  assert.equal(formatDate(d("2024-12-19")), "19 December 2024");
  assert.equal(formatDate(d("2024-01-05")), "5 January 2024");
  assert.equal(formatDate(d("2024-12-19T14:30")), "19 December 2024, 14:30");
  assert.equal(formatDate(d("2024-12-19T09:05")), "19 December 2024, 09:05");
  assert.equal(formatDate(d("1916")), "1916");
});

test("formatDate shows a written offset, never converting the time", () => {
  assert.equal(formatDate(d("2024-12-19T14:30+03:00")), "19 December 2024, 14:30 (UTC+3)");
  assert.equal(formatDate(d("2024-12-19T23:30+03:00")), "19 December 2024, 23:30 (UTC+3)");
  assert.equal(formatDate(d("2024-12-19T14:30+05:30")), "19 December 2024, 14:30 (UTC+5:30)");
  assert.equal(formatDate(d("2024-12-19T14:30-05:00")), "19 December 2024, 14:30 (UTC-5)");
  assert.equal(formatDate(d("2024-12-19T14:30Z")), "19 December 2024, 14:30 (UTC)");
  assert.equal(formatDate(d("2024-12-19T14:30+00:00")), "19 December 2024, 14:30 (UTC)");
});

test("circa marks a date as approximate", () => {
  assert.equal(formatDate(d("2024-12"), { circa: true }), "c. December 2024");
  assert.equal(formatDate(d("1916"), { circa: true }), "c. 1916");
  assert.equal(formatDate(d("2024-12"), { circa: false }), "December 2024");
});

test("formatDateRange shortens shared parts and uses an en dash", () => {
  assert.equal(formatDateRange(d("2024-12-08"), d("2024-12-12")), "8–12 December 2024");
  assert.equal(formatDateRange(d("2024-11-28"), d("2024-12-08")), "28 November – 8 December 2024");
  assert.equal(formatDateRange(d("2024-12-28"), d("2025-01-03")), "28 December 2024 – 3 January 2025");
  assert.equal(formatDateRange(d("2024-12"), d("2025-01")), "December 2024 – January 2025");
  assert.equal(formatDateRange(d("2024-11"), d("2024-12")), "November – December 2024");
  assert.equal(formatDateRange(d("2023"), d("2024")), "2023–2024");
  assert.equal(formatDateRange(d("2024-12"), d("2025")), "December 2024 – 2025");
  assert.equal(formatDateRange(d("2024-12-19T14:30"), d("2024-12-19T16:00")), "19 December 2024, 14:30–16:00");
  assert.equal(
    formatDateRange(d("2024-12-19T14:30+03:00"), d("2024-12-19T16:00+03:00")),
    "19 December 2024, 14:30–16:00 (UTC+3)",
  );
  assert.equal(
    formatDateRange(d("2024-12-19T14:30+03:00"), d("2024-12-20T09:00+03:00")),
    "19 December 2024, 14:30 (UTC+3) – 20 December 2024, 09:00 (UTC+3)",
  );
  assert.equal(formatDateRange(d("2024-12-19")), "19 December 2024");
  assert.equal(formatDateRange(d("2024-12-19"), d("2024-12-19")), "19 December 2024", "same end shows one date");
  assert.equal(formatDateRange(d("2024-12-08"), d("2024-12-12"), { circa: true }), "c. 8–12 December 2024");
  assert.equal(formatDateRange(d("2024-12"), undefined, { circa: true }), "c. December 2024");
});

test("datetimeAttribute is the canonical text", () => {
  for (const t of [
    "2024",
    "2024-12",
    "2024-12-19",
    "2024-12-19T14:30",
    "2024-12-19T14:30+03:00",
    "2024-12-19T14:30Z",
  ]) {
    assert.equal(datetimeAttribute(d(t)), t);
  }
  assert.equal(datetimeAttribute(d(2024)), "2024");
});

test("formatMonth names the month for timeline headings; month 0 is just the year", () => {
  assert.equal(formatMonth(2024, 12), "December 2024");
  assert.equal(formatMonth(2025, 1), "January 2025");
  assert.equal(formatMonth(1916, 0), "1916");
  assert.throws(() => formatMonth(2024, 13), RangeError);
});

test("display does not depend on the machine's time zone", () => {
  const calendarUrl = new URL("../src/model/calendar.ts", import.meta.url).href;
  const displayUrl = new URL("../src/site/dates.ts", import.meta.url).href;
  const code = `
    const { parseDate, compareDates, endsBefore } = await import(${JSON.stringify(calendarUrl)});
    const { formatDate, formatDateRange, formatMonth } = await import(${JSON.stringify(displayUrl)});
    const p = (raw) => { const r = parseDate(raw); if (!r.ok) throw new Error(r.message); return r.value; };
    const out = ["2024-12-19", "2024-11", "1916", 1916, "2024-12-19T23:30+03:00", "2024-01-01", "2024-12-31T23:59"]
      .map((raw) => formatDate(p(raw)));
    out.push(formatDateRange(p("2024-11-28"), p("2024-12-08")), formatMonth(2024, 3));
    out.push(String(endsBefore(p("2024-11"), p("2024-12-01"))), String(compareDates(p("2024-12"), p("2024-12-01")) < 0));
    out.push(parseDate("2024-02-30").ok ? "accepted" : "rejected");
    process.stdout.write(JSON.stringify(out));
  `;
  const cwd = fileURLToPath(new URL("..", import.meta.url));
  const expected = [
    "19 December 2024",
    "November 2024",
    "1916",
    "1916",
    "19 December 2024, 23:30 (UTC+3)",
    "1 January 2024",
    "31 December 2024, 23:59",
    "28 November – 8 December 2024",
    "March 2024",
    "true",
    "true",
    "rejected",
  ];
  for (const tz of ["UTC", "America/Los_Angeles", "Pacific/Kiritimati"]) {
    const stdout = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], {
      cwd,
      env: { ...process.env, TZ: tz },
      encoding: "utf8",
    });
    assert.deepEqual(JSON.parse(stdout), expected, `TZ=${tz}`);
  }
});
