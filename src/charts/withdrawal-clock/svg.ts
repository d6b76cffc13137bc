/** Markup of the withdrawal clock (geometry from ./geometry). */
import { esc, hatch, idPrefix, r, svgRoot, textEl, type SvgOptions } from '../kit/markup';
import type { ClockGeometry, ClockMark, ClockRow } from './geometry';

const ring = (cx: number, cy: number, radius: number, attrs: string) => `<circle cx="${r(cx)}" cy="${r(cy)}" r="${r(radius)}" ${attrs}/>`;
const rect = (x: number, y: number, w: number, h: number, attrs: string) =>
  `<rect x="${r(x)}" y="${r(y)}" width="${r(Math.max(w, 0))}" height="${r(h)}" ${attrs}/>`;

/** An open notice ends in an arrowhead at the axis edge: it runs on with no end date. */
function openEnd(x: number, y: number, h: number): string {
  return `<path d="M${r(x - 8)} ${r(y - 3)}L${r(x)} ${r(y + h / 2)}L${r(x - 8)} ${r(y + h + 3)}" class="wc-arrow"/>`;
}

function rowMarkup(row: ClockRow, p: string): string {
  const n = row.notice;
  const wait = `<g class="mark" data-tip="${esc(row.waiting.tip)}"><line x1="${r(row.waiting.x1)}" x2="${r(row.waiting.x2)}" y1="${r(row.y)}" y2="${r(row.y)}" class="wc-wait"/>${rect(row.waiting.x1, row.y - 6, row.waiting.x2 - row.waiting.x1, 12, 'class="hit"')}</g>`;
  const notice = n.open
    ? `<g class="mark" data-tip="${esc(n.tip)}">${rect(n.x, n.y, n.w, n.h, `fill="url(#${p}-open)" class="wc-open"`)}${openEnd(n.x + n.w, n.y, n.h)}</g>`
    : `<g class="mark" data-tip="${esc(n.tip)}">${rect(n.x, n.y, n.w, n.h, 'class="f-withdrawn"')}</g>`;
  const announced = ring(row.announced.cx, row.y, row.announced.r, `class="mark wc-ann" data-tip="${esc(row.announced.tip)}"`);
  return `<g class="wc-row" data-iso3="${row.iso3}">${wait}${notice}${announced}</g>`;
}

function swatch(kind: ClockMark, s: { x: number; y: number; w: number; h: number }, p: string): string {
  const cy = s.y + s.h / 2;
  if (kind === 'announced') return ring(s.x + s.w / 2, cy, 5, 'class="wc-ann"');
  if (kind === 'waiting') return `<line x1="${r(s.x)}" x2="${r(s.x + s.w)}" y1="${r(cy)}" y2="${r(cy)}" class="wc-wait"/>`;
  if (kind === 'open') return rect(s.x, s.y, s.w, s.h, `fill="url(#${p}-open)" class="wc-open"`);
  return rect(s.x, s.y, s.w, s.h, 'class="f-withdrawn"');
}

export function clockSvg(g: ClockGeometry, o: SvgOptions): string {
  const p = idPrefix(o.chartId, o.layout);
  const a = g.axis;
  const grid = a.ticks
    .map(
      (t) =>
        `<line x1="${r(t.pos)}" x2="${r(t.pos)}" y1="${r(a.top)}" y2="${r(a.base)}" class="grid"/>` +
        `<text x="${r(t.labelPos ?? t.pos)}" y="${r(a.base + 6 + 13.5)}" text-anchor="middle" font-size="13.5" class="tx-m">${esc(t.label)}</text>`,
    )
    .join('');
  return svgRoot({
    ...o,
    width: g.width,
    height: g.height,
    defs: hatch(`${p}-open`, 'f-unknown', 5),
    body: [
      textEl(g.title),
      `<g class="legend">${g.legend.map((it) => swatch(it.kind, it.swatch, p) + textEl(it.text)).join('')}</g>`,
      grid,
      `<line x1="${r(a.x)}" x2="${r(a.x + a.w)}" y1="${r(a.base)}" y2="${r(a.base)}" class="base"/>`,
      g.rows.map((row) => textEl(row.name) + textEl(row.outcome)).join(''),
      `<g class="marks">${g.rows.map((row) => rowMarkup(row, p)).join('')}</g>`,
    ].join(''),
  });
}
