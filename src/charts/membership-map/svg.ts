/**
 * Markup of the membership map. One drawing serves every date: each state's
 * path carries its status at every date as letters (data-s) and the class of
 * the date shown; the page script swaps classes, so no second map is shipped.
 * A state's tooltip (data-tip) carries its name; the script adds the status it
 * shows, as tooltips need the script anyway.
 */
import { legend } from '../kit/bars';
import { LAYOUTS } from '../kit/layout';
import type { MapGeometry, MapStatus } from './geometry';
import { dots, esc, hatch, idPrefix, labelEl, r, svgRoot, textEl } from '../kit/markup';
import { t as english, type Translate } from '../../i18n';
import { dotPath } from './dot-shapes';

export const STATUS_CODE: Record<MapStatus, string> = { state_party: 'p', signatory: 's', withdrawn: 'w', not_party: 'n' };
export const statusNames = (t: Translate) => t.all('status') as Record<MapStatus, string>;
export const STATUS_LABEL = statusNames(english);

export const mapDefs = (p: string) => hatch(`${p}-hatch`, 'f-withdrawn', 5) + dots(`${p}-dots`, 'f-signatory', 4);

export interface MapSvgOptions {
  /** The language of the tooltips (default English). */
  t?: Translate;
  /** A territory's name in that language, from the atlas's (default: as the atlas writes it). */
  territoryName?: (name: string) => string;
  chartId: string;
  layout: string;
  title: string;
  desc: string;
  /** Index into each country's statuses drawn by default. */
  index: number;
  /** Standalone file: light-theme CSS and a legend drawn under the map. */
  standalone?: { css: string; legend: { status: MapStatus | 'none'; label: string }[] };
  className?: string;
}

/**
 * The enlarged inset's frame: an empty SVG whose viewBox is Europe in map
 * pixels. The page script copies the states inside it from the map, so no
 * path is shipped twice; without JavaScript it stays hidden.
 */
export function insetSvg(g: MapGeometry, label: string): string {
  if (!g.inset) return '';
  const b = g.inset;
  return `<svg class="chart-svg map-inset" viewBox="${b.x} ${b.y} ${b.w} ${b.h}" role="img" aria-label="${esc(label)}" hidden></svg>`;
}

export function mapSvg(g: MapGeometry, o: MapSvgOptions): string {
  const p = idPrefix(o.chartId, o.layout);
  const t = o.t ?? english;
  const NO_STATUS = t('status.none');
  const territoryName = o.territoryName ?? ((name: string) => name);
  const countries = g.countries
    .map((c) => {
      const status = c.statuses[o.index];
      const codes = c.statuses.map((s) => STATUS_CODE[s]).join('');
      return `<path d="${c.d}" class="mark s-${STATUS_CODE[status]}" data-s="${codes}" data-tip="${esc(c.name)}"/>`;
    })
    .join('');
  const dots = g.dots
    .map((c) => {
      const status = c.statuses[o.index];
      const codes = c.statuses.map((s) => STATUS_CODE[s]).join('');
      return `<path d="${dotPath(STATUS_CODE[status], c.x, c.y)}" class="mark s-${STATUS_CODE[status]} dot" data-s="${codes}" data-tip="${esc(c.name)}"/>`;
    })
    .join('');
  const territories = g.territories
    .map(
      (tr) => `<path d="${tr.d}" class="mark s-t" data-tip="${esc(`${territoryName(tr.name)}: ${NO_STATUS.toLocaleLowerCase(t.lang)}`)}"/>`,
    )
    .join('');
  const layouts = o.standalone ? LAYOUTS.filter((l) => l.name === 'l') : LAYOUTS;
  const labels = layouts
    .map((l) => `<g class="map-labels lab-${l.name}">${g.labels[l.name].map((label) => labelEl(label)).join('')}</g>`)
    .join('');
  let legendMarkup = '';
  let height = g.height;
  if (o.standalone) {
    const placed = legend(
      o.standalone.legend.map((item) => ({ kind: 'sum', label: item.label })),
      4,
      g.height + 24,
      g.width - 20,
    );
    legendMarkup = placed.items
      .map((it, k) => {
        const s = it.swatch;
        const status = o.standalone!.legend[k].status;
        const cls = status === 'none' ? 's-t' : `s-${STATUS_CODE[status]}`;
        // The territories' swatch is the page's colour: its outline shows it, as on the map.
        const rectCls = status === 'none' ? 's-t ld' : cls;
        // A status's dot shape beside its colour, as the page's legend shows it; the label moves right to make room.
        const shape =
          status === 'none'
            ? ''
            : `<path d="${dotPath(STATUS_CODE[status], Number(r(s.x + s.w + 6)), Number(r(s.y + s.h / 2)))}" class="${cls} dot"/>`;
        const text = status === 'none' ? it.text : { ...it.text, x: it.text.x + 12 };
        return `<rect x="${r(s.x)}" y="${r(s.y)}" width="${r(s.w)}" height="${r(s.h)}" class="${rectCls}"/>` + shape + textEl(text);
      })
      .join('');
    height = g.height + 24 + placed.height;
  }
  return svgRoot({
    chartId: o.chartId,
    layout: o.layout,
    title: o.title,
    desc: o.desc,
    standalone: o.standalone ? { css: o.standalone.css } : undefined,
    className: o.className,
    width: g.width,
    height,
    defs: mapDefs(p),
    body: `<g class="map-c marks">${countries}${territories}${dots}</g>${labels}${legendMarkup}`,
  });
}
