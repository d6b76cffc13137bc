// The map embed at a phone's and a desktop column's width: the map is the largest
// thing in its frame (issue 13), taller than the title block, the date control,
// the legend and the footer, with JavaScript (control shown) and without it, in
// every language (a longer title must not outgrow the map).
import { describe, expect, it } from 'vitest';
import { openSite, pageUrl } from './harness';
import { TRANSLATIONS } from '../../scripts/lib/languages.mjs';

const site = openSite();

const BLOCKS = ['figcaption.chart-head', '.map-control', '.map-showing', '.map-legend', '.embed-foot'];

async function heights(prefix: string, width: number, javaScriptEnabled: boolean) {
  const page = await site.browser.newPage({ viewport: { width, height: 900 }, javaScriptEnabled });
  await page.goto(pageUrl(site.server, `${prefix}/embed/membership-map/`));
  const out = await page.evaluate((selectors) => {
    const h = (el: Element | null) => (el ? el.getBoundingClientRect().height : 0);
    return {
      map: h(document.querySelector('svg.map-svg')),
      mapWidth: document.querySelector('svg.map-svg')!.getBoundingClientRect().width,
      blocks: Object.fromEntries(selectors.map((s) => [s, h(document.querySelector(s))])),
    };
  }, BLOCKS);
  await page.close();
  return out;
}

describe.each(['', ...TRANSLATIONS.map((lang) => `/${lang}`)])('the map embed at %s/embed/membership-map/', (prefix) => {
  it.each([
    [320, true],
    [320, false],
    [1000, true],
    [1000, false],
  ])('at %i px (JavaScript %s), the map is taller than every other block', async (width, js) => {
    const { map, mapWidth, blocks } = await heights(prefix, width, js);
    expect(mapWidth).toBeGreaterThan(width * 0.7);
    expect(blocks['.map-legend']).toBeGreaterThan(0);
    expect(blocks['.embed-foot']).toBeGreaterThan(0);
    for (const [block, h] of Object.entries(blocks)) expect(map, `map vs ${block}`).toBeGreaterThan(h);
  });
});
