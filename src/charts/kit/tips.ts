/**
 * A chart's tooltips, sent once per page. Each page ships a chart drawn at two
 * widths whose marks are the same values in the same order, so the first drawing
 * carries every mark's tip and the others carry none: src/scripts/chart-tooltip.ts
 * gives each of their marks the tip of the first drawing's mark at the same place.
 * In Khmer the repeated tips were 40 KB of a long read's markup.
 */
const TIP = / data-tip="([^"]*)"/g;

const tipsOf = (drawing: string) => [...drawing.matchAll(TIP)].map((m) => m[1]);

// "The same place" is the script's key: the mark's index among the drawing's `.mark` elements, tip or
// none. Comparing only the tips would let a tipless mark drawn in a different place in one drawing shift
// every later tip onto its neighbour. A start tag is safe to cut at `>`: esc() escapes it in attributes.
const START_TAG = /<[a-z][^>]*>/g;
const MARK = / class="(?:[^"]* )?mark[ "]/;
const OWN_TIP = / data-tip="([^"]*)"/;

/** Each `.mark`'s tip, or null where it has none, in document order: what the script pairs. */
const markTipsOf = (drawing: string) =>
  [...drawing.matchAll(START_TAG)].filter((m) => MARK.test(m[0])).map((m) => OWN_TIP.exec(m[0])?.[1] ?? null);

/**
 * The drawings with every tip after the first drawing's removed, when the script
 * gives each of their marks its own tip back: every tip sits on a mark, and every
 * drawing's marks hold the same tips in the same places. Otherwise unchanged (each keeps its own).
 */
export function tipsOnce(drawings: string[]): string[] {
  const keyOf = (d: string) => {
    const marks = markTipsOf(d);
    // A tip off the marks would be removed and never given back.
    return marks.filter((t) => t !== null).length === tipsOf(d).length ? JSON.stringify(marks) : null;
  };
  const keys = drawings.map(keyOf);
  if (keys.some((k) => k === null || k !== keys[0])) return drawings;
  return drawings.map((d, k) => (k === 0 ? d : d.replace(TIP, '')));
}
