/**
 * Every word a reader sees lives in content/strings (or the MDX), not in code:
 * nothing under src/ (components, layouts, pages, charts, facts, lib, data,
 * stylesheets' `content:`) holds a run of English words.
 * Names, quotes and data values come from content/data and the content
 * collections, so they never appear here as literals.
 */
import { globSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scan, scanAstro, scanCode } from './copy-scanner';

const SCANNED = ['src/**/*.{ts,mjs,astro,css}'];
const files = SCANNED.flatMap((g) => globSync(g)).sort();

/** What the scan covered before facts, lib, data and the stylesheets joined it. */
const EARLIER = [
  'src/charts/**/*.{ts,astro}',
  'src/components/**/*.{ts,astro}',
  'src/layouts/**/*.astro',
  'src/pages/**/*.{ts,astro}',
  'src/scripts/**/*.ts',
];
const earlier = new Set(EARLIER.flatMap((g) => globSync(g)));
const newlyCovered = files.filter((f) => !earlier.has(f));

/** A sentence a hurried change might leave in each kind of file, on a line of its own at the end. */
const plant = (file: string) =>
  file.endsWith('.css') ? ".planted::after { content: 'Data as of today'; }" : "export const planted = 'Data as of today';";

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
  it('scans every source file under src/, with none left pending', () => {
    expect(files).toEqual(
      expect.arrayContaining(['src/layouts/Page.astro', 'src/pages/[...lang]/index.astro', 'src/components/SourcesDoc.astro']),
    );
    expect(files).toEqual(expect.arrayContaining(['src/facts.ts', 'src/lib/sources.ts', 'src/lib/csp.mjs', 'src/styles/global.css']));
    const unscanned = globSync('src/**/*')
      .filter((f) => statSync(f).isFile() && !files.includes(f))
      .filter((f) => !/\.(svg|png|woff2?|json|d\.m?ts)$/.test(f));
    expect(unscanned).toEqual([]);
  });

  it.each(newlyCovered)('finds a sentence planted in %s', (file) => {
    const source = `${readFileSync(file, 'utf8').trimEnd()}\n${plant(file)}\n`;
    const line = source.split('\n').length - 1;
    expect(scan(file, source).map((f) => [f.line, f.text])).toContainEqual([line, 'Data as of today']);
  });

  it('finds a fact label typed back into src/facts.ts and a dataset label into src/lib/sources.ts', () => {
    const facts = readFileSync('src/facts.ts', 'utf8').replace(
      "id: 'states-parties-2024',\n",
      "id: 'states-parties-2024',\n    label: 'States Parties at the end of 2024',\n",
    );
    const at = facts.split('\n').findIndex((l) => l.includes('label: ')) + 1;
    expect(scan('src/facts.ts', facts).map((f) => [f.line, f.text])).toEqual([[at, 'States Parties at the end of']]);
    const sources = readFileSync('src/lib/sources.ts', 'utf8').replace(
      "t('sources.dataset-label', { title: d.data.title, asOf: d.data.asOf })",
      '`Verified dataset: ${d.data.title} (${d.data.asOf})`',
    );
    expect(scan('src/lib/sources.ts', sources).map((f) => f.text)).toEqual(['Verified dataset']);
  });

  it.each(files)('%s', (file) => {
    expect(scan(file, readFileSync(file, 'utf8')).map((f) => `${f.file}:${f.line}: ${f.text}`)).toEqual([]);
  });
});
