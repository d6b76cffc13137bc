/**
 * Each place on a page that cites a source note gets its own id, so the note can
 * link back to every one of them. Counted per page render (keyed on Astro.locals,
 * one object per page), in the order the citing components start rendering.
 */
const pages = new WeakMap<object, Map<string, number>>();

function countsOf(page: object): Map<string, number> {
  let counts = pages.get(page);
  if (!counts) pages.set(page, (counts = new Map()));
  return counts;
}

/** The id of the next place on this page that cites `key`: "cite-<key>-<n>", n from 1. */
export function nextCitation(page: object, key: string): string {
  const counts = countsOf(page);
  const n = (counts.get(key) ?? 0) + 1;
  counts.set(key, n);
  return citationId(key, n);
}

export const citationId = (key: string, n: number): string => `cite-${key}-${n}`;

/** How many places on this page have cited `key` so far. */
export const citationCount = (page: object, key: string): number => countsOf(page).get(key) ?? 0;
