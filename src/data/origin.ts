/**
 * Where each parsed row came from (file:line). Loaders record it; a later step
 * that meets data it cannot draw names the row to fix rather than its own layout.
 */
const origins = new WeakMap<object, string>();

export function remember<T extends object>(row: T, file: string, line: number): T {
  origins.set(row, `${file}:${line}`);
  return row;
}

/** A derived row keeps the origin of the row it was made from. */
export function carry<T extends object>(from: object | undefined, to: T): T {
  const origin = from && origins.get(from);
  if (origin) origins.set(to, origin);
  return to;
}

/** ", from content/data/…csv:17" for a message, or "" for a value no loader produced. */
export function fromRow(row: object): string {
  const origin = origins.get(row);
  return origin ? `, from ${origin}` : '';
}

/** "content/data/…csv:17", or null for a value no loader produced. */
export function originOf(row: object): string | null {
  return origins.get(row) ?? null;
}
