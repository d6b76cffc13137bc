/**
 * The <style> of a standalone chart file: the page's chart rules with every
 * var(--x) replaced by its light-theme value from global.css, so a downloaded
 * SVG (or the PNG rendered from it) looks like the light page without the site.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

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
