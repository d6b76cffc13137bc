// "Cite this page": the citations are text a reader can select without JavaScript;
// with it, a Copy button puts the exact citation on the clipboard and says so in a
// live region.
import { describe, expect, it } from 'vitest';
import { openSite, pageUrl, textPages } from './harness';

const site = openSite();
const sectionPages = textPages().filter((p) => /^\/sections\/[^/]+\/$/.test(p));

describe('cite this page', () => {
  it.each(['/', ...sectionPages])('%s offers APA, MLA and Chicago citations with its own address', async (path) => {
    const page = await site.browser.newPage();
    try {
      await page.goto(pageUrl(site.server, path));
      const block = page.locator('.cite-page');
      expect(await block.count()).toBe(1);
      const citations = await block.locator('.citation').allInnerTexts();
      expect(citations).toHaveLength(3);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(citations[0]).toContain(canonical);
      expect(citations[1]).toContain(canonical!.replace(/^https?:\/\//, ''));
      expect(citations[2]).toMatch(/Last reviewed [A-Z][a-z]+ \d{1,2}, \d{4}\./);
    } finally {
      await page.close();
    }
  });

  it('without JavaScript the copy buttons stay hidden and the citation is plain text', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(pageUrl(site.server, sectionPages[0]));
      expect(await page.locator('.cite-page button').first().isVisible()).toBe(false);
      expect(await page.locator('.cite-page .citation').first().isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('Copy puts the citation on the clipboard and announces it', async () => {
    const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    try {
      const page = await context.newPage();
      await page.goto(pageUrl(site.server, sectionPages[0]));
      const button = page.locator('.cite-page button').nth(1);
      await button.click();
      const status = page.locator('[role="status"][data-citation-status]');
      await expect.poll(() => status.textContent()).toMatch(/MLA.*copied/);
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe((await page.locator('.cite-page .citation').nth(1).innerText()).trim());
    } finally {
      await context.close();
    }
  });
});
