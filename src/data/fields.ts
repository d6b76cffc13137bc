/**
 * Field readers for the datasets. Each takes a located cell and either returns
 * a typed value or throws a DataError naming file, line and column. An empty
 * cell is "not documented" and comes back as null — never as 0.
 */
import countryCodes from 'i18n-iso-countries';
import { DataError, type Cell } from './csv';

export type Located = { file: string; cell: Cell; column: string };

function fail(at: Located, detail: string): never {
  throw new DataError(at.file, at.cell.line, at.cell.column, `${at.column}: ${detail}`);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD, or null when empty. */
export function optionalDate(at: Located): string | null {
  const value = at.cell.value.trim();
  if (value === '') return null;
  const match = ISO_DATE.exec(value);
  if (!match) fail(at, `"${value}" is not a date in YYYY-MM-DD form`);
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    fail(at, `"${value}" is not a real calendar date`);
  }
  return value;
}

/** A non-negative whole number, or null when empty. */
export function optionalCount(at: Located): number | null {
  const value = at.cell.value.trim();
  if (value === '') return null;
  if (!/^\d+$/.test(value)) fail(at, `"${value}" is not a non-negative whole number`);
  return Number(value);
}

export function requiredCount(at: Located): number {
  const value = optionalCount(at);
  if (value === null) fail(at, 'a number is required');
  return value;
}

export function oneOf<T extends string>(at: Located, allowed: readonly T[]): T {
  const value = at.cell.value.trim();
  if (!(allowed as readonly string[]).includes(value)) {
    fail(at, `"${value}" is not one of ${allowed.join(', ')}`);
  }
  return value as T;
}

export function requiredText(at: Located): string {
  const value = at.cell.value.trim();
  if (value === '') fail(at, 'a value is required');
  return value;
}

/** Binds a file and record so loaders can write `field('iso3')`. */
export function fieldsOf(file: string, cells: Record<string, Cell>) {
  return (column: string): Located => ({ file, cell: cells[column], column });
}

/**
 * The earliest year any dataset here can speak for. Cambodia's casualty records start
 * in 1979 and the treaty in 1997; a year before 1970 is a typo, not history.
 */
export const FIRST_PLAUSIBLE_YEAR = 1970;

/** What a loader checks dates and years against: the date the data say they are current to. */
export interface Limits {
  asOf: string;
}

/** No as-of date: for tests that exercise something else. */
export const NO_LIMITS: Limits = { asOf: '9999-12-31' };

/** A date that is not after the data's stated as-of date, or null when empty. */
export function optionalPastDate(at: Located, limits: Limits, earliest?: { date: string; why: string }): string | null {
  const value = optionalDate(at);
  if (value === null) return null;
  if (value > limits.asOf) fail(at, `${value} is after ${limits.asOf}, the date the data are stated as of`);
  if (earliest && value < earliest.date) fail(at, `${value} is before ${earliest.date}, ${earliest.why}`);
  return value;
}

/** A year in the plausible range: from 1970 to the year of the as-of date. */
export function plausibleYear(at: Located, limits: Limits): number {
  const year = requiredCount(at);
  const last = Number(limits.asOf.slice(0, 4));
  if (year < FIRST_PLAUSIBLE_YEAR || year > last) {
    fail(at, `${year} is not a plausible year (${FIRST_PLAUSIBLE_YEAR} to ${last}; the data are stated as of ${limits.asOf})`);
  }
  return year;
}

/**
 * Years strictly ascending with none missing: a year without data is an explicit
 * row with empty cells, so a deleted row or a mistyped year cannot pass as a gap.
 */
export function consecutiveYears(years: { year: number; at: Located }[]): void {
  // Order first: two swapped rows are out of order, not a missing year.
  for (let k = 1; k < years.length; k++) {
    const previous = years[k - 1].year;
    const { year, at } = years[k];
    if (year === previous) fail(at, `duplicate year ${year}`);
    if (year < previous) fail(at, `${year} comes after ${previous}: years must ascend`);
  }
  for (let k = 1; k < years.length; k++) {
    const previous = years[k - 1].year;
    const { year, at } = years[k];
    if (year > previous + 1) {
      const missing = year === previous + 2 ? `${previous + 1} is` : `${previous + 1} to ${year - 1} are`;
      fail(at, `${year} follows ${previous}: ${missing} missing (a year without data is a row with empty cells)`);
    }
  }
}

const ALPHA3 = new Set(Object.keys(countryCodes.getAlpha3Codes()));

/** A real ISO 3166-1 alpha-3 code, checked against the table the map draws with. */
export function isoCode(at: Located): string {
  const value = at.cell.value.trim();
  if (!/^[A-Z]{3}$/.test(value)) fail(at, `"${value}" is not a three-letter ISO code`);
  if (!ALPHA3.has(value)) fail(at, `"${value}" is not an ISO 3166-1 alpha-3 country code`);
  return value;
}

/** killed + injured cannot exceed the total they are part of. */
export function partsWithinTotal(
  at: Located,
  killed: number | null,
  injured: number | null,
  total: number | null,
  names = { killed: 'killed', injured: 'injured', total: 'the total' },
): void {
  if (total === null) return;
  if (killed !== null && injured !== null) {
    if (killed + injured > total) fail(at, `${names.killed} + ${names.injured} (${killed + injured}) exceeds ${names.total} ${total}`);
  } else if (killed !== null && killed > total) fail(at, `${names.killed} (${killed}) exceeds ${names.total} ${total}`);
  else if (injured !== null && injured > total) fail(at, `${names.injured} (${injured}) exceeds ${names.total} ${total}`);
}

export { fail as failAt };
