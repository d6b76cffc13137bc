// Printed, a section page keeps its text and drops the site navigation
// (header nav and footer nav), which is useless on paper.
import { describe, expect, it } from 'vitest';
import { openSite, pageUrl, textPages } from './harness';

const site = openSite();

const sectionPage = textPages().find((p) => /^\/sections\/[^/]+\/$/.test(p));

describe('print stylesheet', () => {
  it('the build has a section page to print', () => {
    expect(sectionPage, 'no /sections/<id>/ page in the build').toBeDefined();
  });

  it.each([sectionPage ?? '/sections/'])('%s hides header and footer navigation in print', async (path) => {
    const page = await site.browser.newPage();
    try {
      await page.goto(pageUrl(site.server, path));
      const navs = page.locator('header nav, footer nav');
      expect(await navs.count(), 'no header/footer <nav> to hide').toBeGreaterThanOrEqual(2);
      // On screen the navigation is there, so the print check below means something.
      expect(await navs.first().isVisible()).toBe(true);

      await page.emulateMedia({ media: 'print' });
      for (let i = 0; i < (await navs.count()); i++) {
        expect(await navs.nth(i).isVisible(), `nav #${i} still visible in print`).toBe(false);
      }
      expect(await page.locator('main h1').isVisible(), 'the heading must still print').toBe(true);
      expect((await page.locator('main').innerText()).length).toBeGreaterThan(200);
    } finally {
      await page.close();
    }
  });
});
