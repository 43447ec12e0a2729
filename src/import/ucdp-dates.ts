// UCDP dates → Dateline dates. date_prec: 1 the exact day; 2 and 3 a day within a few days or a week
// (written as the day, with `circa: true`); 4 the month; 5 the year or longer.

export interface ImportedDates {
  date: string;
  end?: string;
  circa?: true;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function datesOfRow(start: string, end: string | undefined, datePrec: number | undefined): ImportedDates {
  const cut = datePrec === 5 ? 4 : datePrec === 4 ? 7 : 10;
  if (!DAY.test(start)) throw new Error(`date_start ${JSON.stringify(start)} is not a YYYY-MM-DD date`);
  const date = start.slice(0, cut);
  const dates: ImportedDates = { date };
  // Same precision as the start; an end that is not later (or not a date) adds nothing.
  if (end !== undefined && DAY.test(end) && end.slice(0, cut) > date) dates.end = end.slice(0, cut);
  if (datePrec === 2 || datePrec === 3) dates.circa = true;
  return dates;
}
