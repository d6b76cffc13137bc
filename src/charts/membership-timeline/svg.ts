/** Markup of the membership timeline (geometry from ../membership-timeline). */
import type { Panel, TimelineGeometry } from './geometry';
import { baseline, xLabels, yGrid } from '../kit/axes';
import { esc, labelEl, r, svgRoot, textEl, type SvgOptions } from '../kit/markup';

function panelMarkup(p: Panel): string {
  const points = p.points
    .map(
      (pt) =>
        `<circle cx="${r(pt.x)}" cy="${r(pt.y)}" r="${pt.visible ? 4 : 5}" class="mark ${pt.visible ? 'pt' : 'pt-h'}" data-tip="${esc(pt.tip)}"/>`,
    )
    .join('');
  return [
    textEl(p.title),
    yGrid(p),
    xLabels(p),
    baseline(p),
    `<path d="${p.path}" class="ln"/>`,
    p.labels.map((l) => labelEl(l)).join(''),
    `<g class="marks">${points}</g>`,
  ].join('');
}

export function timelineSvg(g: TimelineGeometry, o: SvgOptions): string {
  return svgRoot({
    ...o,
    width: g.width,
    height: g.height,
    body: panelMarkup(g.main) + panelMarkup(g.detail),
  });
}
