/**
 * Every word a reader sees lives in content/strings (or the MDX), not in code:
 * components, layouts, pages and chart modules hold no run of English words.
 * Names, quotes and data values come from content/data and the content
 * collections, so they never appear here as literals.
 */
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scan, scanAstro, scanCode } from './copy-scanner';

const SCANNED = [
  'src/charts/**/*.{ts,astro}',
  'src/components/**/*.{ts,astro}',
  'src/layouts/**/*.astro',
  'src/pages/**/*.{ts,astro}',
  'src/scripts/**/*.ts',
];

const files = SCANNED.flatMap((g) => globSync(g)).sort();

describe('the copy scanner', () => {
  it('finds a planted sentence in a template, an attribute and a chart module', () => {
    const astro = '---\nconst a = 1;\n---\n<p class="note">Data as of today</p>\n<button aria-label="Copy the code">x</button>\n';
    expect(scanAstro('x.astro', astro).map((f) => [f.line, f.text])).toEqual([
      [4, 'Data as of today'],
      [5, 'Copy the code'],
    ]);
    const ts = "const title = `Recorded casualties in ${country}`;\nconst cls = 'chart-figure is-embed';\n";
    expect(scanCode('x.ts', ts).map((f) => [f.line, f.text])).toEqual([[1, 'Recorded casualties in']]);
  });

  it('passes class lists, ids, selectors, paths, comments and error messages', () => {
    const ts = [
      "import a from '../some path/x';",
      '// This comment has words',
      "const s = document.querySelectorAll('figure[data-chart] .chart-body');",
      'throw new Error(`charts: no room for ${what} here`);',
      "const c = 'visually-hidden chart-live';",
      "const t = t('figure.data-table', { count: n });",
    ].join('\n');
    expect(scanCode('x.ts', ts)).toEqual([]);
    expect(scan('x.astro', '<p>{t("figure.source")}</p>\n<!-- a comment in words -->\n<style>.a b { color: red }</style>')).toEqual([]);
    expect(scan('x.astro', '<ol>{xs.map((x) => <li class="answer short">{x}</li>)}</ol>')).toEqual([]);
  });

  it('finds words in the markup of an expression', () => {
    expect(scan('x.astro', '{ok && (\n  <p class="qhead">Questions for discussion</p>\n)}').map((f) => [f.line, f.text])).toEqual([
      [2, 'Questions for discussion'],
    ]);
  });
});

describe('no English outside the string files', () => {
  it('scans the pages, the layout and the components', () => {
    expect(files).toEqual(
      expect.arrayContaining(['src/layouts/Page.astro', 'src/pages/[...lang]/index.astro', 'src/components/SourcesDoc.astro']),
    );
  });

  it.each(files)('%s', (file) => {
    expect(scan(file, readFileSync(file, 'utf8')).map((f) => `${f.file}:${f.line}: ${f.text}`)).toEqual([]);
  });
});
