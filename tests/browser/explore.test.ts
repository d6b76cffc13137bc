// The map's country picker and inset, and every chart's explore tree and
// Listen control, in real Chromium: by keyboard, by touch, and as the
// accessibility tree a screen reader reads.
import { afterEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openSite, pageUrl } from './harness';

const site = openSite();
let context: BrowserContext;
let page: Page;
let errors: string[];

async function open(path: string, options: { touch?: boolean; width?: number } = {}) {
  errors = [];
  context = await site.browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    hasTouch: options.touch ?? false,
    isMobile: options.touch ?? false,
  });
  // Headless Chromium may have no audio device: count contexts made instead of playing.
  await context.addInitScript(() => {
    const w = window as unknown as { audioContexts: number; AudioContext: unknown };
    w.audioContexts = 0;
    const Real = (window as unknown as { AudioContext: typeof AudioContext }).AudioContext;
    w.AudioContext = class extends Real {
      constructor() {
        super();
        w.audioContexts++;
      }
    };
  });
  page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(pageUrl(site.server, path));
}
afterEach(async () => {
  await context?.close();
  expect(errors, 'console errors or uncaught exceptions during the test').toEqual([]);
});

const panel = () => page.locator('#chart-membership-map [data-map-picked]');

describe('map country picker', () => {
  it('reaches Poland by typing "Pol" and shows its dates in a live panel', async () => {
    await open('/sections/the-treaty/');
    const picker = page.locator('#membership-map-state');
    await picker.focus();
    await page.keyboard.type('Pol');
    expect(await picker.inputValue()).toBe('Poland');
    // Typing moves the choice; Chromium fires change when the choice is made.
    await picker.dispatchEvent('change');
    expect(await panel().getAttribute('aria-live')).toBe('polite');
    const text = await panel().innerText();
    expect(text).toContain('Poland: Withdrawn');
    expect(text).toContain('Signed 4 December 1997');
    expect(text).toContain('Joined 27 December 2012 (ratification)');
    expect(text).toContain('Withdrawal notified 20 August 2025');
    expect(text).toContain('Withdrawal took effect 20 February 2026');
    expect(await page.locator('#chart-membership-map .map-c .picked').count()).toBeGreaterThanOrEqual(1);
    // Every state's tooltip carries its dates too, here where the picker is (the long read leaves both to this page).
    const finland = page.locator('#chart-membership-map .map-svg path[data-tip^="Finland:"]').first();
    expect(await finland.getAttribute('data-tip')).toMatch(/^Finland: Withdrawn — Never signed; Joined 9 January 2012 \(accession\)/);
  });

  it("gives Ukraine's contested suspension, not a withdrawal date", async () => {
    await open('/sections/the-treaty/');
    await page.locator('#membership-map-state').selectOption('Ukraine');
    const text = await panel().innerText();
    expect(text).toMatch(/Notified a “suspension” on \d+ \w+ 2025/);
    expect(text).toContain('contested');
    expect(text).not.toContain('Withdrawal took effect');
  });

  it('shows a small state tapped in the Europe inset, as a dot with its status', async () => {
    await open('/sections/the-treaty/', { touch: true, width: 375 });
    const inset = page.locator('#chart-membership-map svg.map-inset');
    expect(await inset.isVisible()).toBe(true);
    const malta = inset.locator('path.dot[data-tip^="Malta:"]');
    expect(await malta.count()).toBe(1);
    await malta.scrollIntoViewIfNeeded();
    const box = (await malta.boundingBox())!;
    // A dot in the inset is big enough to tap (at least 6 px across at 375 px).
    expect(box.width).toBeGreaterThanOrEqual(6);
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    expect(await page.locator('#membership-map-state').inputValue()).toBe('Malta');
    const text = await panel().innerText();
    expect(text).toContain('Malta: State Party');
    expect(text).toContain('Too small to draw: shown as a dot');
  });

  it('shows Estonia, too small on the world map, at a tappable size in the inset', async () => {
    await open('/sections/the-treaty/', { touch: true, width: 375 });
    const estonia = page.locator('#chart-membership-map svg.map-inset path[data-tip^="Estonia:"]');
    await estonia.scrollIntoViewIfNeeded();
    const box = (await estonia.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(20);
  });
});

describe('explore tree', () => {
  it('walks each chart by keyboard: chart, then series, then values', async () => {
    await open('/');
    const tree = page.locator('#chart-cambodia-casualties [role="tree"]');
    expect(await tree.isVisible()).toBe(true);
    const first = tree.locator('[role="treeitem"][aria-level="1"]');
    await first.focus();
    expect(await first.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('ArrowRight');
    expect(await first.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowDown');
    const focused = () =>
      page.evaluate(() => ({ level: document.activeElement?.getAttribute('aria-level'), text: document.activeElement?.textContent }));
    expect((await focused()).level).toBe('2');
    expect((await focused()).text).toMatch(/^Killed: \d+ values, 1979 to 2024/);
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toEqual({ level: '3', text: '1979: no data' });
    await page.keyboard.press('ArrowLeft');
    expect((await focused()).level).toBe('2');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect((await focused()).level).toBe('1');
    // One tab stop: only the item last visited is in the tab order.
    expect(await tree.locator('[tabindex="0"]').count()).toBe(1);
  });

  it('is what the accessibility tree exposes: a tree with levels and expanded states', async () => {
    await open('/');
    const first = page.locator('#chart-global-casualties [role="treeitem"][aria-level="1"]');
    await first.focus();
    await page.keyboard.press('ArrowRight');
    const cdp = await context.newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value: string }; name?: { value: string }; properties?: { name: string; value: { value: unknown } }[] }[];
    };
    const items = nodes.filter((n) => n.role?.value === 'treeitem');
    const prop = (n: (typeof items)[number], name: string) => n.properties?.find((p) => p.name === name)?.value.value;
    const top = items.find(
      (n) => n.name?.value.startsWith('Landmine and ERW casualties') || (prop(n, 'level') === 1 && prop(n, 'expanded') === true),
    );
    expect(top, 'the opened top item').toBeDefined();
    expect(prop(top!, 'expanded')).toBe(true);
    expect(items.some((n) => prop(n, 'level') === 2)).toBe(true);
    expect(nodes.some((n) => n.role?.value === 'tree')).toBe(true);
  });

  it('is hidden without JavaScript, where the link to the data tables stays', async () => {
    errors = [];
    context = await site.browser.newContext({ javaScriptEnabled: false });
    page = await context.newPage();
    await page.goto(pageUrl(site.server, '/sections/the-treaty/'));
    expect(await page.locator('[data-explore]').first().isVisible()).toBe(false);
    const link = page.locator('#chart-membership-map .chart-data-link a');
    expect(await link.isVisible()).toBe(true);
    await link.click();
    await page.waitForURL(/\/sections\/the-treaty\/tables\/#membership-map-table$/);
    expect(await page.locator('#membership-map-table').isVisible()).toBe(true);
  });
});

describe('Listen', () => {
  it('makes no sound until clicked, then plays, announces and stops with Escape', async () => {
    await open('/');
    const button = page.locator('#chart-cambodia-casualties button[data-listen]');
    expect(await button.isVisible()).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { audioContexts: number }).audioContexts)).toBe(0);
    expect(await page.locator('button[data-listen]').count()).toBe(3);
    await button.click();
    expect(await page.evaluate(() => (window as unknown as { audioContexts: number }).audioContexts)).toBe(1);
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    const live = page.locator('#chart-cambodia-casualties [data-listen-live]');
    expect(await live.textContent()).toMatch(/^Playing .* as tones/);
    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    expect(await live.textContent()).toBe('Stopped.');
  });
});
