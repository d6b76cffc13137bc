// On a laptop the long read's contents stay beside the text while reading and mark
// the section on screen; on a phone they stay where they are, above the text.
import { describe, expect, it } from 'vitest';
import { openSite, pageUrl } from './harness';

const site = openSite();

describe('contents of the long read', () => {
  it('at 1280 px sit beside the text, stay in view and mark the current section', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(pageUrl(site.server, '/'));
      const toc = page.locator('nav.toc');
      const text = page.locator('article.section').first();
      const [tocBox, textBox] = [await toc.boundingBox(), await text.boundingBox()];
      expect(tocBox!.x + tocBox!.width).toBeLessThanOrEqual(textBox!.x);

      await page.locator('#global-toll').scrollIntoViewIfNeeded();
      await page.mouse.wheel(0, 200);
      const box = await toc.boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y).toBeLessThan(900);
      await expect.poll(() => toc.locator('a[aria-current]').getAttribute('href')).toBe('#global-toll');

      // Charts use the room beside the measure.
      const chart = await page.locator('#chart-global-casualties').boundingBox();
      expect(chart!.width).toBeGreaterThan(textBox!.width + 100);
    } finally {
      await page.close();
    }
  });

  it('at 375 px come after the introduction, in the flow', async () => {
    const page = await site.browser.newPage({ viewport: { width: 375, height: 800 } });
    try {
      await page.goto(pageUrl(site.server, '/'));
      expect(await page.locator('nav.toc').evaluate((el) => getComputedStyle(el).position)).toBe('static');
    } finally {
      await page.close();
    }
  });
});
