// PLACEHOLDER: being implemented (see test/dates.test.ts). Public API below is the contract.
export type Precision = "year" | "month" | "day" | "minute";

export interface CalendarDate {
  precision: Precision;
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  /** Offset from UTC in minutes when written with an offset or `Z`; undefined for local time of the place. */
  offsetMinutes?: number;
  /** Canonical form: `2024`, `2024-12`, `2024-12-19`, `2024-12-19T14:30`, `2024-12-19T14:30+03:00`. */
  text: string;
}
