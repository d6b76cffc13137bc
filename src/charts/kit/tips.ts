/**
 * A chart's tooltips, sent once per page. Each page ships a chart drawn at two
 * widths whose marks are the same values in the same order, so the first drawing
 * carries every mark's tip and the others carry none: src/scripts/chart-tooltip.ts
 * gives each of their marks the tip of the first drawing's mark at the same place.
 * In Khmer the repeated tips were 40 KB of a long read's markup.
 */
const TIP = / data-tip="([^"]*)"/g;

const tipsOf = (drawing: string) => [...drawing.matchAll(TIP)].map((m) => m[1]);

/**
 * The drawings with every tip after the first drawing's removed, when each drawing
 * holds the same tips in the same order; otherwise unchanged (each keeps its own).
 */
export function tipsOnce(drawings: string[]): string[] {
  const first = tipsOf(drawings[0] ?? '');
  if (drawings.some((d) => tipsOf(d).join('\n') !== first.join('\n'))) return drawings;
  return drawings.map((d, k) => (k === 0 ? d : d.replace(TIP, '')));
}
