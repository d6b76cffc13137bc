/**
 * Where each parsed row came from (file:line). Loaders record it; a later step
 * that meets data it cannot draw names the row to fix rather than its own layout.
 */
const origins = new WeakMap<object, string>();

export function remember<T extends object>(row: T, file: string, line: number): T {
  origins.set(row, `${file}:${line}`);
  return row;
}

/** "content/data/…csv:17", or null for a value no loader produced. */
export function originOf(row: object): string | null {
  return origins.get(row) ?? null;
}
