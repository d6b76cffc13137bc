/**
 * Field readers for the datasets. Each takes a located cell and either returns
 * a typed value or throws a DataError naming file, line and column. An empty
 * cell is "not documented" and comes back as null — never as 0.
 */
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

export { fail as failAt };
