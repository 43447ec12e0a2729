// One UCDP GED row (codebook 19.1) as the fields the import uses. The CSV was exported from R, so a
// missing value is the text `NA`; here it becomes undefined. Text is kept as written, only trimmed.
import type { CsvRow } from "./csv.ts";

export interface UcdpRow {
  id: string;
  typeOfViolence?: number;
  conflictName?: string;
  sideA: string;
  sideB: string;
  sourceArticle?: string;
  sourceOffice?: string;
  sourceDate?: string;
  sourceHeadline?: string;
  /** 1 exact location … 7 international waters or airspace. */
  wherePrec?: number;
  whereName?: string;
  adm1?: string;
  adm2?: string;
  latitude?: number;
  longitude?: number;
  country?: string;
  /** 1 exact day … 5 a year or more. */
  datePrec?: number;
  dateStart: string;
  dateEnd?: string;
  low?: number;
  best?: number;
  high?: number;
}

const COLUMNS = ["id", "side_a", "side_b", "where_coordinates", "date_start"] as const;

/** The required columns a file lacks, so a wrong file fails with one clear message. */
export function missingColumns(row: CsvRow): string[] {
  return COLUMNS.filter((column) => !(column in row));
}

export function toUcdpRow(row: CsvRow): UcdpRow {
  return {
    id: text(row.id) ?? "",
    typeOfViolence: number(row.type_of_violence),
    conflictName: text(row.conflict_name),
    sideA: text(row.side_a) ?? "",
    sideB: text(row.side_b) ?? "",
    sourceArticle: text(row.source_article),
    sourceOffice: text(row.source_office),
    sourceDate: text(row.source_date),
    sourceHeadline: text(row.source_headline),
    wherePrec: number(row.where_prec),
    whereName: text(row.where_coordinates),
    adm1: text(row.adm_1),
    adm2: text(row.adm_2),
    latitude: number(row.latitude),
    longitude: number(row.longitude),
    country: text(row.country),
    datePrec: number(row.date_prec),
    dateStart: text(row.date_start) ?? "",
    dateEnd: text(row.date_end),
    low: number(row.low),
    best: number(row.best),
    high: number(row.high),
  };
}

function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === "" || trimmed === "NA" ? undefined : trimmed;
}

function number(value: string | undefined): number | undefined {
  const written = text(value);
  if (written === undefined) return undefined;
  const parsed = Number(written);
  return Number.isFinite(parsed) ? parsed : undefined;
}
