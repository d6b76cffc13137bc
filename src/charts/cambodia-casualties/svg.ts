/** Markup of Cambodia's casualties chart (geometry from ../cambodia-casualties). */
import type { CambodiaGeometry } from './geometry';
import { barDefs, legendMarkup, yearPanelMarkup } from '../kit/bar-markup';
import { idPrefix, r, svgRoot, type SvgOptions } from '../kit/markup';

export function cambodiaSvg(g: CambodiaGeometry, o: SvgOptions): string {
  const p = idPrefix(o.chartId, o.layout);
  const s = g.statement;
  const stated = `<line x1="${r(s.x1)}" x2="${r(s.x2)}" y1="${r(s.y)}" y2="${r(s.y)}" class="stated"/>`;
  return svgRoot({
    ...o,
    width: g.width,
    height: g.height,
    defs: barDefs(p),
    body: legendMarkup(g.legend, p) + yearPanelMarkup(g.main, p, stated) + yearPanelMarkup(g.inset, p),
  });
}
