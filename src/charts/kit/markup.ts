/**
 * SVG markup from geometry, as strings: the same output serves the inline figure
 * (set:html), the golden tests and the standalone download. Colours are classes
 * (chart-svg.css); ids derive from the chart id and layout, never at random.
 * Positions are in whole viewBox units (a unit is at most 1.3 px on screen; tenths
 * were a fifth of a long read's chart bytes); sizes that are not positions (font
 * sizes, line spacing, stroke widths) keep tenths.
 */
import type { Label } from './text';

/** A position or length, in whole units. */
export const r = (v: number) => String(Math.round(v) || 0);
/** A size, in tenths. */
export const r1 = (v: number) => String(Math.round(v * 10) / 10);

export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A (multi-line) label as <text>; tspans share the anchor x. */
export function textEl(label: Label, cls = 'tx'): string {
  const anchor = label.anchor === 'start' ? '' : ` text-anchor="${label.anchor}"`;
  const size = label.size === 14 ? '' : ` font-size="${r1(label.size)}"`;
  const c = label.cls ? `${cls} ${label.cls}` : cls;
  if (label.lines.length === 1) {
    return `<text x="${r(label.x)}" y="${r(label.y)}"${anchor}${size} class="${c}">${esc(label.lines[0])}</text>`;
  }
  const spans = label.lines
    .map((line, k) => `<tspan x="${r(label.x)}"${k === 0 ? '' : ` dy="${r1(label.size * 1.2)}"`}>${esc(line)}</tspan>`)
    .join('');
  return `<text y="${r(label.y)}"${anchor}${size} class="${c}">${spans}</text>`;
}

export function leaderEl(label: Label): string {
  const l = label.leader;
  return l ? `<line x1="${r(l.x1)}" y1="${r(l.y1)}" x2="${r(l.x2)}" y2="${r(l.y2)}" class="ld"/>` : '';
}

export function labelEl(label: Label, cls = 'tx'): string {
  return leaderEl(label) + textEl(label, cls);
}

/** What a chart's markup function is told besides its geometry. */
export interface SvgOptions {
  chartId: string;
  layout: string;
  title: string;
  desc: string;
  /** Standalone file: xmlns, size, fonts and a light-theme <style> inline. */
  standalone?: { css: string };
  /** Extra classes on the root (layout switching on the page). */
  className?: string;
}

export interface RootOptions extends SvgOptions {
  width: number;
  height: number;
  body: string;
  defs?: string;
}

/** Prefix for every id inside one rendered SVG. */
export const idPrefix = (chartId: string, layout: string) => `${chartId}-${layout}`;

export function svgRoot(o: RootOptions): string {
  const p = idPrefix(o.chartId, o.layout);
  const sa = o.standalone;
  const attrs = [
    sa ? 'xmlns="http://www.w3.org/2000/svg"' : '',
    `viewBox="0 0 ${Math.ceil(o.width)} ${Math.ceil(o.height)}"`,
    sa ? `width="${Math.ceil(o.width)}" height="${Math.ceil(o.height)}"` : '',
    `class="chart-svg ${o.className ?? ''}`.trimEnd() + '"',
    'role="img"',
    `aria-labelledby="${p}-title ${p}-desc"`,
    `font-size="14"`,
    sa ? `font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif"` : '',
    `data-layout="${o.layout}"`,
  ]
    .filter(Boolean)
    .join(' ');
  return [
    `<svg ${attrs}>`,
    `<title id="${p}-title">${esc(o.title)}</title>`,
    `<desc id="${p}-desc">${esc(o.desc)}</desc>`,
    sa ? `<style>${sa.css}</style>` : '',
    o.defs ? `<defs>${o.defs}</defs>` : '',
    sa ? `<rect class="bg" width="${Math.ceil(o.width)}" height="${Math.ceil(o.height)}"/>` : '',
    o.body,
    '</svg>',
  ].join('');
}

/** Diagonal hatching: the "total only / not split" fill, visible in greyscale and forced colours. */
export function hatch(id: string, fillCls: string, size = 5): string {
  return `<pattern id="${id}" width="${size}" height="${size}" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="${size}" height="${size}" class="${fillCls}"/><line x1="0" y1="0" x2="0" y2="${size}" class="pat" stroke-width="${r1(size * 0.45)}"/></pattern>`;
}

/** Dots on a fill: a second texture for legends and the map. */
export function dots(id: string, fillCls: string, size = 4): string {
  return `<pattern id="${id}" width="${size}" height="${size}" patternUnits="userSpaceOnUse"><rect width="${size}" height="${size}" class="${fillCls}"/><circle cx="${r1(size / 2)}" cy="${r1(size / 2)}" r="${r1(size * 0.22)}" class="pat-dot"/></pattern>`;
}
