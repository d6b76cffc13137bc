// Tapping chart marks on a touch screen, as a phone reader does: the tip shows the
// mark under the finger (not the chart's first mark), a second tap moves it, and the
// tap draws no focus box around the whole chart. Every chart, several marks each.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { CHART_IDS } from '../../src/charts/registry';
import { openSite, pageUrl } from './harness';

const site = openSite();
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeEach(async () => {
  errors = [];
  context = await site.browser.newContext({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
  page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(pageUrl(site.server, '/'));
});
afterEach(async () => {
  await context?.close();
  expect(errors, 'console errors or uncaught exceptions during the test').toEqual([]);
});

/**
 * Marks of a chart a finger can hit: visible, at least 6 px across, and on top at
 * their centre. Returns their tips, in document order.
 */
async function tappableMarks(id: string): Promise<string[]> {
  return page.evaluate((chart) => {
    const svg = [...document.querySelectorAll<SVGSVGElement>(`#chart-${chart} svg.chart-svg`)].find(
      (s) => s.getBoundingClientRect().width > 0 && s.querySelector('.mark'),
    )!;
    return [...svg.querySelectorAll('.mark')]
      .filter((m) => {
        m.scrollIntoView({ block: 'center' });
        const r = m.getBoundingClientRect();
        if (r.width < 6 || r.height < 6) return false;
        return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.closest('.mark') === m;
      })
      .map((m) => m.getAttribute('data-tip')!);
  }, id);
}

/** Tap the centre of the mark whose tip is `tipText`, by touch. */
async function tapMark(id: string, tipText: string) {
  const box = await page.evaluate(
    ([chart, text]) => {
      const svg = [...document.querySelectorAll<SVGSVGElement>(`#chart-${chart} svg.chart-svg`)].find(
        (s) => s.getBoundingClientRect().width > 0 && s.querySelector('.mark'),
      )!;
      const mark = [...svg.querySelectorAll('.mark')].find((m) => m.getAttribute('data-tip') === text)!;
      mark.scrollIntoView({ block: 'center' });
      const r = mark.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    [id, tipText],
  );
  await page.touchscreen.tap(box.x, box.y);
}

const tip = (id: string) => page.locator(`#chart-${id} .chart-tip`);

describe('tapping chart marks', () => {
  it.each(CHART_IDS)('%s: a tap shows the tapped mark and a second tap moves the tip', async (id) => {
    const tips = await tappableMarks(id);
    expect(tips.length, `no mark of ${id} is big enough to tap`).toBeGreaterThanOrEqual(2);
    // Not the first mark (the bug showed the first whatever was tapped): the middle, then the last.
    const picks = [tips[Math.floor(tips.length / 2)], tips.at(-1)!];
    for (const text of picks) {
      await tapMark(id, text);
      await expect.poll(() => tip(id).isVisible()).toBe(true);
      expect(await tip(id).textContent()).toBe(text);
      expect(await page.locator(`#chart-${id} .mark.active`).count()).toBe(1);
    }
    // The tap focused the chart (so the keyboard can go on from here) without a focus ring.
    const focus = await page.evaluate(() => {
      const el = document.activeElement as Element;
      return { tag: el.tagName.toLowerCase(), outline: getComputedStyle(el).outlineStyle };
    });
    expect(focus).toEqual({ tag: 'svg', outline: 'none' });
  });

  it('a tap outside the chart closes the tip', async () => {
    const [first] = await tappableMarks('global-casualties');
    await tapMark('global-casualties', first);
    await expect.poll(() => tip('global-casualties').isVisible()).toBe(true);
    await page.locator('main h1').scrollIntoViewIfNeeded();
    const heading = (await page.locator('main h1').boundingBox())!;
    await page.touchscreen.tap(heading.x + 5, heading.y + 5);
    await expect.poll(() => tip('global-casualties').isVisible()).toBe(false);
  });
});
