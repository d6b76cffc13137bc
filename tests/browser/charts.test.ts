// Chart interaction in real Chromium: tooltips by keyboard (Tab to the chart,
// arrows between marks, Escape closes), the map's date control recolouring the
// map, and the data table's filter and sort. Runs on the long read, which holds
// all four charts.
// Each test opens its page afresh, so none depends on what another left open,
// selected or focused, and each fails on its own console errors.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, pageUrl } from './harness';

const site = openSite();
let page: Page;
let errors: string[];

beforeEach(async () => {
  errors = [];
  page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
});
/** Each test opens its page itself: the long read, unless the test needs another one. */
const open = (path = '/') => page.goto(pageUrl(site.server, path));
afterEach(async () => {
  await page?.close();
  expect(errors, 'console errors or uncaught exceptions during the test').toEqual([]);
});

/** Focus the chart by keyboard: start from its title (made focusable for the test), then Tab. */
async function tabInto(id: string) {
  await page.evaluate((chart) => {
    const title = document.querySelector<HTMLElement>(`#chart-${chart} .figure-title`)!;
    title.tabIndex = -1;
    title.focus();
  }, id);
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el?.tagName.toLowerCase(), role: el?.getAttribute('role'), chart: el?.closest('figure')?.getAttribute('data-chart') };
  });
}

const tip = (id: string) => page.locator(`#chart-${id} .chart-tip`);
const live = (id: string) => page.locator(`#chart-${id} .chart-live`);

describe('chart tooltips', () => {
  it('appear when a chart gets keyboard focus, follow the arrow keys and close on Escape', async () => {
    await open();
    const focused = await tabInto('cambodia-casualties');
    expect(focused).toEqual({ tag: 'svg', role: 'img', chart: 'cambodia-casualties' });

    await expect.poll(() => tip('cambodia-casualties').isVisible()).toBe(true);
    expect(await tip('cambodia-casualties').textContent()).toBe('1979: 4,493 casualties (killed/injured split not known)');
    expect(await live('cambodia-casualties').textContent()).toBe('1979: 4,493 casualties (killed/injured split not known)');
    expect(await page.locator('#chart-cambodia-casualties .mark.active').count()).toBe(1);

    await page.keyboard.press('ArrowRight');
    expect(await tip('cambodia-casualties').textContent()).toBe('1980: no data (no yearly figure found)');
    await page.keyboard.press('End');
    expect(await tip('cambodia-casualties').textContent()).toMatch(/^2024: 49 casualties/);

    await page.keyboard.press('Escape');
    expect(await tip('cambodia-casualties').isVisible()).toBe(false);
    expect(await page.locator('#chart-cambodia-casualties .mark.active').count()).toBe(0);
  });

  it('work the same on the other charts', async () => {
    await open();
    expect((await tabInto('global-casualties')).chart).toBe('global-casualties');
    expect(await tip('global-casualties').textContent()).toBe('1999: 9,220 casualties');
    expect((await tabInto('membership-timeline')).chart).toBe('membership-timeline');
    expect(await tip('membership-timeline').textContent()).toBe('31 December 1997: 3 States Parties');
    await page.keyboard.press('Escape');
    expect(await tip('membership-timeline').isVisible()).toBe(false);
  });

  it('appear on hover', async () => {
    await open();
    await page.locator('#chart-global-casualties .chart-svg:visible .mark').last().hover();
    await expect.poll(() => tip('global-casualties').textContent()).toMatch(/^\d{4}: |^[A-Z]/);
    expect(await tip('global-casualties').isVisible()).toBe(true);
  });
});

describe('tooltips sent once per chart (the first drawing carries them)', () => {
  // The page's markup gives tips to the narrow drawing only; the script hands them to
  // the wide one by position. A reader at either width must get the same words.
  it.each([
    [360, 's'],
    [1280, 'l'],
  ])('in Khmer at %i px (drawing %s) the last bar says what the table’s last row says', async (width, layout) => {
    await page.setViewportSize({ width, height: 900 });
    // The table is on the section's tables page, a link away from the chart.
    await open('/km/sections/cambodia/tables/');
    const cells = await page.locator('#cambodia-casualties-table tbody tr').last().locator('th, td').allTextContents();
    await open('/km/sections/cambodia/');
    const svg = page.locator('#chart-cambodia-casualties svg.chart-svg:visible');
    expect(await svg.getAttribute('data-layout')).toBe(layout);
    expect((await tabInto('cambodia-casualties')).chart).toBe('cambodia-casualties');
    await page.keyboard.press('End');
    const [year, killed, injured, total] = cells.map((c) => c.trim());
    const text = (await tip('cambodia-casualties').textContent()) ?? '';
    expect(text.startsWith(`${year}៖`), text).toBe(true);
    for (const value of [killed, injured, total]) expect(text).toContain(value);
    expect(await live('cambodia-casualties').textContent()).toBe(text);
  });

  it('gives every mark of every drawing the tip of the same mark in the first', async () => {
    await open();
    const drawings = await page.evaluate(() =>
      [...document.querySelectorAll('figure[data-chart]')].map((fig) =>
        [...fig.querySelectorAll('svg.chart-svg[data-layout]')].map((svg) =>
          [...svg.querySelectorAll('.mark')].map((m) => m.getAttribute('data-tip')),
        ),
      ),
    );
    expect(drawings.filter((d) => d.length === 2)).toHaveLength(4);
    for (const [first, ...others] of drawings) {
      expect(first.every((t) => t)).toBe(true);
      for (const other of others) expect(other).toEqual(first);
    }
  });
});

describe('map date control', () => {
  const fill = (name: string) =>
    page.evaluate((n) => {
      const path = [...document.querySelectorAll('#chart-membership-map path[data-s]')].find((p) =>
        p.getAttribute('data-tip')?.startsWith(`${n}:`),
      );
      return path ? getComputedStyle(path).fill : null;
    }, name);

  it('is shown with JavaScript and recolours the map for the chosen date', async () => {
    await open();
    const select = page.locator('#membership-map-date');
    expect(await select.isVisible()).toBe(true);
    const partyFill = await fill('France');
    const withdrawnToday = await fill('Finland');
    expect(withdrawnToday).not.toBe(partyFill);
    expect(await page.locator('#chart-membership-map [data-counts]').allTextContents()).toContain(' (5)');

    await select.selectOption({ label: 'End of 2024' });
    expect(await fill('Finland')).toBe(partyFill);
    expect(await fill('United States of America')).not.toBe(partyFill);
    expect(await page.locator('#chart-membership-map [data-map-showing]').textContent()).toBe('End of 2024');
    expect(await page.locator('#chart-membership-map [data-counts]').allTextContents()).toEqual([' (164)', ' (1)', ' (0)', ' (32)']);
    const finland = page.locator('#chart-membership-map path[data-tip^="Finland:"]').first();
    // The long read's tooltip gives the status at the date shown; each state's dates come with the picker on the section page (explore.test.ts).
    expect(await finland.getAttribute('data-tip')).toBe('Finland: State Party');

    await select.selectOption({ index: 0 });
    expect(await fill('Finland')).toBe(withdrawnToday);
  });
});

describe('map small-state dots', () => {
  const dot = (name: string) => page.locator(`#chart-membership-map .map-svg path.dot[data-tip^="${name}:"]`);

  it('change shape, not only colour, with the date, as the legend shows', async () => {
    await open();
    const today = await dot('Andorra').getAttribute('d');
    // Andorra signed in December 1997 and ratified in 1998: a State Party's circle now, a signatory's triangle at the end of 1997.
    expect(today).toMatch(/^M[\d.]+ [\d.]+m-3 0a3/);
    await page.locator('#membership-map-date').selectOption({ label: 'End of 1997' });
    const then = await dot('Andorra').getAttribute('d');
    expect(then).not.toBe(today);
    expect(then!.split('m')[0]).toBe(today!.split('m')[0]);
    const legendShapes = await page
      .locator('#chart-membership-map .map-legend path.dot')
      .evaluateAll((ps) => ps.map((p) => p.getAttribute('d')!.replace(/^M[\d.]+ [\d.]+/, '')));
    expect(new Set(legendShapes).size).toBe(4);
    expect(legendShapes).toContain(then!.replace(/^M[\d.]+ [\d.]+/, ''));
  });

  it('stay distinguishable in forced colours: drawn in the text colour, told apart by shape', async () => {
    const forced = await site.browser.newPage({ forcedColors: 'active', viewport: { width: 1280, height: 900 } });
    await forced.goto(pageUrl(site.server, '/'));
    const dots = await forced.locator('#chart-membership-map .map-svg path.dot').evaluateAll((ps) =>
      ps.map((p) => ({
        fill: getComputedStyle(p).fill,
        shape: p.getAttribute('d')!.replace(/^M[\d.]+ [\d.]+/, ''),
        cls: p.getAttribute('class'),
      })),
    );
    await forced.close();
    const page = dots.map((d) => d.fill);
    expect(new Set(page).size).toBe(1);
    // Bahrain is not party, Andorra a State Party: two statuses today, two shapes.
    const shapes = new Map(dots.map((d) => [d.cls, d.shape]));
    expect(new Set(shapes.values()).size).toBe(shapes.size);
    expect(shapes.size).toBeGreaterThanOrEqual(2);
  });
});

describe('map data table', () => {
  it('filters rows by the text typed and sorts by a column', async () => {
    // The long read, the section page and the embeds link to the tables; the section's tables page holds them.
    await open('/sections/the-treaty/tables/');
    const rows = page.locator('#membership-map-table tbody tr');
    expect(await rows.count()).toBe(197);
    const filter = page.getByLabel('Filter rows');
    await filter.fill('withdrawn');
    await expect.poll(() => page.locator('#membership-map-table tbody tr:visible').count()).toBe(5);
    expect(await page.locator('#membership-map-table tbody tr:visible th').allTextContents()).toEqual([
      'Estonia',
      'Finland',
      'Latvia',
      'Lithuania',
      'Poland',
    ]);
    expect(await page.locator('#tables-membership-map .table-filter-count').textContent()).toBe('5 of 197 rows');

    await filter.fill('');
    expect(await page.locator('#membership-map-table tbody tr:visible').count()).toBe(197);
    await page.locator('#membership-map-table thead button', { hasText: 'Joined' }).click();
    expect(await page.locator('#membership-map-table thead th', { hasText: 'Joined' }).getAttribute('aria-sort')).toBe('ascending');
    expect(await rows.first().locator('td').nth(3).textContent()).toMatch(/^1997-12-03/);
  });
});
