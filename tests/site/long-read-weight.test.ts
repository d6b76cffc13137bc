/**
 * The long read within issue 14's element budget (bench/budgets.json) in every
 * language, as the markup ships: each chart as two drawings (narrow and wide),
 * each source's note once however often the text cites it, and the map's state
 * picker and the charts' citation boxes left to the section pages a link away.
 * `npm run bench` measures the same after the scripts run, with the bytes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dom, site, TRANSLATIONS } from './dist';

const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8'));
const ELEMENTS: number = budgets.classes.find((c: { match?: string }) => c.match === '^/$').elements;
const longReads = ['index.html', ...TRANSLATIONS.map((lang: string) => `${lang}/index.html`)];

describe('the long read', () => {
  it.each(longReads)('%s: stays under the element budget', async (file) => {
    const root = await dom(site, file);
    expect(root.querySelectorAll('*').length).toBeLessThan(ELEMENTS);
  });

  it.each(longReads)('%s: draws each bar or line chart twice (narrow and wide), the map once', async (file) => {
    const root = await dom(site, file);
    const figures = root.querySelectorAll('figure[data-chart]');
    expect(figures.length).toBe(5);
    for (const figure of figures) {
      const drawings = figure
        .querySelectorAll('.chart-body svg.chart-svg')
        .map((s) => s.getAttributeValue('data-layout'))
        .filter((layout) => layout !== null);
      expect(drawings, figure.getAttributeValue('data-chart') ?? '').toEqual(
        figure.getAttributeValue('data-chart') === 'membership-map' ? ['all'] : ['s', 'l'],
      );
    }
  });

  it.each(longReads)('%s: links each chart to its embed code and citations on the section page', async (file) => {
    const root = await dom(site, file);
    for (const figure of root.querySelectorAll('figure[data-chart]')) {
      const id = figure.getAttributeValue('data-chart');
      const links = figure.querySelectorAll('.embed-elsewhere a').map((a) => a.getAttributeValue('href') ?? '');
      expect(links.map((l) => l.replace(/^.*#/, '#'))).toEqual([`#embed-${id}`, `#cite-${id}`]);
      expect(figure.querySelectorAll('.cite-chart, [data-map-picker]')).toHaveLength(0);
    }
  });
});
