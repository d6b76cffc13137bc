/**
 * The <style> of a standalone chart file: the page's chart rules with every
 * var(--x) replaced by its light-theme value from global.css, so a downloaded
 * SVG (or the PNG rendered from it) looks like the light page without the site.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LINE_HEIGHT, wrap } from './text';

// Read from the project root (build and tests both run there): Vitest turns CSS
// imports, ?raw included, into empty strings.
const read = (path: string) => readFileSync(resolve(process.cwd(), path), 'utf8');
const chartCss = read('src/components/charts/chart-svg.css');
const globalCss = read('src/styles/global.css');

/** The design tokens of the `@theme { … }` block, each colour at its light value (the first of light-dark()). */
export function lightTheme(css: string): Map<string, string> {
  const block = /@theme(?:\s+\w+)*\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  const vars = new Map<string, string>();
  for (const m of block.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) {
    vars.set(m[1], m[2].trim().replace(/^light-dark\(\s*([^,]+),[^)]*\)$/, '$1'));
  }
  return vars;
}

export function resolveVars(css: string, vars: Map<string, string>): string {
  return css.replace(/var\((--[\w-]+)\)/g, (_, name: string) => {
    const value = vars.get(name);
    if (!value) throw new Error(`standalone chart CSS: ${name} has no light-theme value in global.css`);
    return value;
  });
}

const minify = (css: string) =>
  resolveVars(
    css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};:,])\s*/g, '$1')
      .trim(),
    lightTheme(globalCss),
  );

/** Minified light-theme chart CSS for standalone files. */
export const standaloneCss: string = minify(chartCss);

/** The shared rules plus the chart's own (src/charts/<id>/chart.css, if it has one). */
export function standaloneCssFor(id: string): string {
  const own = resolve(process.cwd(), `src/charts/${id}/chart.css`);
  return existsSync(own) ? standaloneCss + minify(readFileSync(own, 'utf8')) : standaloneCss;
}

/** What a chart image says about itself when it travels without its page. */
export interface Credit {
  title: string;
  takeaway: string;
  /** "Source: …. Data as of …." in words. */
  source: string;
  /** Licence, site name and address on one line. */
  licence: string;
}

const PAD = 16;
const TITLE = 18;
const TEXT = 14;
const FOOT = 12;

const escText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The standalone chart inside a frame that credits it, like OWID's exports: title
 * and takeaway above, the source line with its as-of date, the licence and the
 * site's name and address below. Sizes come from the chart's own width and height.
 */
export function credited(chartSvg: string, credit: Credit): string {
  const size = /<svg [^>]*?width="([\d.]+)" height="([\d.]+)"/.exec(chartSvg);
  if (!size) throw new Error('credited: the chart SVG has no width and height');
  const [w, h] = [Number(size[1]), Number(size[2])];
  const width = w + 2 * PAD;
  const inner = w;
  let y = PAD;
  const lines: string[] = [];
  const block = (text: string, px: number, classes: string[], gap: number) => {
    const cls = classes.join(' ');
    for (const line of wrap(text, px, inner)) {
      y += px;
      lines.push(`<text x="${PAD}" y="${y}" font-size="${px}" class="${cls}">${escText(line)}</text>`);
      y += px * (LINE_HEIGHT - 1);
    }
    y += gap;
  };
  block(credit.title, TITLE, ['tx', 'em'], 6);
  block(credit.takeaway, TEXT, ['tx'], 8);
  const head = lines.splice(0);
  const chartY = y;
  y += h + 8;
  block(credit.source, FOOT, ['tx-m'], 2);
  block(credit.licence, FOOT, ['tx-m'], 0);
  const height = Math.ceil(y + PAD);
  const nested = chartSvg.replace(/^<svg /, `<svg x="${PAD}" y="${Math.round(chartY)}" `);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" class="chart-svg" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif">`,
    `<rect class="bg" width="${width}" height="${height}"/>`,
    ...head,
    nested,
    ...lines,
    '</svg>',
  ].join('');
}
