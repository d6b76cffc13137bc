/** Markup of the global casualties chart (geometry from ../global-casualties). */
import type { GlobalGeometry, HBar } from './geometry';
import { barDefs, mark, rect, segmentFill, yearPanelMarkup } from '../kit/bar-markup';
import { idPrefix, labelEl, svgRoot, textEl, type SvgOptions } from '../kit/markup';

// Rows of one height (top edge rounded, then the height); along the row, edges round so the breakdown's parts meet.
const hbar = (b: HBar, p: string) => mark(b.tip, [rect(b.x, Math.round(b.y), b.w, Math.round(b.h), segmentFill(b.kind, p))]);

export function globalSvg(g: GlobalGeometry, o: SvgOptions): string {
  const p = idPrefix(o.chartId, o.layout);
  const bd = g.breakdown;
  const ct = g.countries;
  return svgRoot({
    ...o,
    width: g.width,
    height: g.height,
    defs: barDefs(p),
    body: [
      yearPanelMarkup(g.series, p),
      textEl(bd.title),
      `<g class="marks">${bd.bars.map((b) => hbar(b, p)).join('')}</g>`,
      bd.labels.map((l) => labelEl(l)).join(''),
      textEl(bd.note, 'tx-m'),
      textEl(ct.title),
      `<g class="marks">${ct.bars.map((b) => hbar(b, p)).join('')}</g>`,
      ct.names.map((l) => textEl(l)).join(''),
      ct.values.map((l) => textEl(l)).join(''),
    ].join(''),
  });
}
