/** Markup shared by the bar charts: year panels, legends and their patterns. */
import type { GapMark, PlacedLegendItem, SegmentKind, YearBar, YearPanel } from './bars';
import { baseline, xLabels, yGrid } from './axes';
import { esc, hatch, labelEl, r, r1, textEl } from './markup';

/** Pattern defs every bar chart uses; ids carry the chart and layout. */
export const barDefs = (p: string) => hatch(`${p}-hatch`, 'f-total', 5);

/** Fill for a segment: a class for solid fills, the hatch pattern for "total only / not split". */
export function segmentFill(kind: SegmentKind, p: string): string {
  if (kind === 'total' || kind === 'unsplit') return `fill="url(#${p}-hatch)" class="f-hatch"`;
  return `class="f-${kind}"`;
}

/**
 * Edges, not sizes, are rounded to whole units, so stacked segments still meet; a
 * value too small to fill half a unit keeps its tenths rather than vanish.
 */
export function rect(x: number, y: number, w: number, h: number, attrs: string): string {
  const edges = (from: number, size: number) => {
    const a = Math.round(from);
    const b = Math.round(from + Math.max(size, 0));
    return b > a || size <= 0 ? [r(a), r(b - a)] : [r1(from), r1(size)];
  };
  const [x0, width] = edges(x, w);
  const [y0, height] = edges(y, h);
  return `<rect x="${x0}" y="${y0}" width="${width}" height="${height}" ${attrs}/>`;
}

export function crossPath(cx: number, cy: number, size: number): string {
  const h = size / 2;
  return `M${r(cx - h)} ${r(cy - h)}L${r(cx + h)} ${r(cy + h)}M${r(cx - h)} ${r(cy + h)}L${r(cx + h)} ${r(cy - h)}`;
}

/**
 * A data mark (what the tooltip and arrow keys reach): a lone shape carries the
 * mark's class and tip itself; several shapes share a group. A wrapper per bar
 * was a tenth of a chart's elements.
 */
export function mark(tip: string, shapes: string[]): string {
  if (shapes.length === 1 && / class="/.test(shapes[0])) {
    return shapes[0].replace(/ class="/, ' class="mark ').replace(/\/>$/, ` data-tip="${esc(tip)}"/>`);
  }
  return `<g class="mark" data-tip="${esc(tip)}">${shapes.join('')}</g>`;
}

export function barMarkup(b: YearBar, p: string): string {
  return mark(
    b.tip,
    // Every bar as wide as the others, and never touching the next: its left edge
    // rounded, its width rounded down (narrow bars are 4.6 units apart from 5.8).
    b.segments.map((s) => rect(Math.round(s.x), s.y, Math.max(Math.floor(s.w), 1), s.h, segmentFill(s.kind, p))),
  );
}

export function gapMarkup(g: GapMark): string {
  const hit = rect(g.cx - g.size / 2 - 1, g.cy - g.size / 2 - 1, g.size + 2, g.size + 2, 'class="hit"');
  return `<g class="mark" data-tip="${esc(g.tip)}">${hit}<path d="${crossPath(g.cx, g.cy, g.size)}" class="gapx"/></g>`;
}

export function yearPanelMarkup(panel: Omit<YearPanel, never>, p: string, extra = ''): string {
  return [
    textEl(panel.title),
    yGrid(panel),
    // Marks in year order, gaps included: the arrow keys walk through the years.
    `<g class="marks">${[
      ...panel.bars.map((b) => [b.year, barMarkup(b, p)] as const),
      ...panel.gaps.map((g) => [g.year, gapMarkup(g)] as const),
    ]
      .sort((a, b) => a[0] - b[0])
      .map((m) => m[1])
      .join('')}</g>`,
    baseline(panel),
    xLabels(panel),
    extra,
    panel.labels.map((l) => labelEl(l)).join(''),
  ].join('');
}

export function legendMarkup(items: PlacedLegendItem[], p: string): string {
  return (
    '<g class="legend">' +
    items
      .map((it) => {
        const s = it.swatch;
        const swatch =
          it.kind === 'gap'
            ? `<path d="${crossPath(s.x + s.w / 2, s.y + s.h / 2, s.w * 0.7)}" class="gapx"/>`
            : it.kind === 'line'
              ? `<line x1="${r(s.x)}" x2="${r(s.x + s.w)}" y1="${r(s.y + s.h / 2)}" y2="${r(s.y + s.h / 2)}" class="stated"/>`
              : rect(s.x, s.y, s.w, s.h, segmentFill(it.kind as SegmentKind, p));
        return swatch + textEl(it.text);
      })
      .join('') +
    '</g>'
  );
}
