/**
 * Reads the text and bars back out of rendered chart markup, so the overlap
 * tests check what is actually drawn (ticks, legends, titles and annotations
 * alike), with the same conservative width estimate the layout used.
 */
import { labelBox, type Box, type Label } from '../../../src/charts/kit/text';

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

export interface DrawnText {
  text: string;
  box: Box;
  group: string;
}

/** Every <text> with its box; `group` is the class of the nearest enclosing map label group, if any. */
export function textBoxes(svg: string): DrawnText[] {
  const out: DrawnText[] = [];
  const re = /<g class="map-labels (lab-\w)">|<\/g>|<text([^>]*)>([\s\S]*?)<\/text>/g;
  let group = '';
  for (const m of svg.matchAll(re)) {
    if (m[1]) {
      group = m[1];
      continue;
    }
    if (m[0] === '</g>') {
      group = '';
      continue;
    }
    const tag = m[2];
    const size = Number(attr(tag, 'font-size') ?? 14);
    const anchor = (attr(tag, 'text-anchor') ?? 'start') as Label['anchor'];
    const spans = [...m[3].matchAll(/<tspan([^>]*)>([^<]*)<\/tspan>/g)];
    const lines = spans.length ? spans.map((s) => unescape(s[2])) : [unescape(m[3])];
    const x = Number(attr(tag, 'x') ?? attr(spans[0]?.[1] ?? '', 'x'));
    const y = Number(attr(tag, 'y'));
    out.push({ text: lines.join(' '), box: labelBox({ x, y, lines, anchor, size }), group });
  }
  return out;
}

/** Bars drawn as data marks (rects inside .mark groups or a lone rect.mark, hit areas excluded). */
export function barBoxes(svg: string): Box[] {
  const out: Box[] = [];
  for (const g of svg.matchAll(/<g class="mark"[^>]*>([\s\S]*?)<\/g>|<rect[^>]* class="mark [^>]*\/>/g)) {
    for (const r of (g[1] ?? g[0]).matchAll(/<rect([^>]*)\/>/g)) {
      if (/class="hit"/.test(r[1])) continue;
      out.push({ x: Number(attr(r[1], 'x')), y: Number(attr(r[1], 'y')), w: Number(attr(r[1], 'width')), h: Number(attr(r[1], 'height')) });
    }
  }
  return out;
}

export function viewBox(svg: string): { w: number; h: number } {
  const [, , w, h] = (/viewBox="([^"]+)"/.exec(svg)?.[1] ?? '').split(' ').map(Number);
  return { w, h };
}

/** Pairs of texts whose boxes overlap (texts in different map label groups never show together). */
export function overlappingTexts(texts: DrawnText[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i];
      const b = texts[j];
      if (a.group !== b.group) continue;
      if (a.box.x < b.box.x + b.box.w && b.box.x < a.box.x + a.box.w && a.box.y < b.box.y + b.box.h && b.box.y < a.box.y + a.box.h) {
        out.push([a.text, b.text]);
      }
    }
  }
  return out;
}
