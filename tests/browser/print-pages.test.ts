// A teacher prints a section: Chromium's A4 PDF of every section page, in every language,
// is at most six pages (charts, text and notes; the full data tables print from the
// section's tables page, linked beside the Print button). Every language's, not one per
// template as the other slow gates take them: a translation's text runs longer than the
// English (French and Spanish about 10%, Ukrainian more), and that is what pushes a
// section onto another sheet. A PDF costs about a second. The long read's count is reported.
import { describe, expect, it } from 'vitest';
import { englishPathOf } from '../../scripts/lib/languages.mjs';
import { everyPage, openSite, pageUrl } from './harness';

const site = openSite();
const sections = everyPage().filter((p) => /^\/sections\/[^/]+\/$/.test(englishPathOf(p)));

/** Pages in a PDF: one /Type /Page object each (not /Pages). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

async function printed(path: string): Promise<number> {
  const page = await site.browser.newPage();
  try {
    await page.goto(pageUrl(site.server, path));
    return pdfPages(await page.pdf({ format: 'A4' }));
  } finally {
    await page.close();
  }
}

describe('printing on A4', () => {
  it('the build has section pages in every language', () => {
    expect(sections.filter((p) => englishPathOf(p) === p).length).toBeGreaterThanOrEqual(5);
    for (const lang of ['fr', 'es', 'uk', 'km']) expect(sections.filter((p) => p.startsWith(`/${lang}/`)).length).toBeGreaterThanOrEqual(5);
  });

  it.each(sections)('%s prints in at most 6 pages', async (path) => {
    const pages = await printed(path);
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(6);
  });

  it('the data tables print from their own page, linked with the print and cite controls', async () => {
    const without = await printed('/sections/the-treaty/');
    const tables = await printed('/sections/the-treaty/tables/');
    // Some 200 rows of the map's table alone run to several pages.
    expect(tables).toBeGreaterThan(5);
    console.log(`the-treaty prints in ${without} A4 pages, its tables page in ${tables}`);
    for (const viewport of [
      { width: 375, height: 800, touch: true },
      { width: 1280, height: 800, touch: false },
    ]) {
      const context = await site.browser.newContext({ viewport, hasTouch: viewport.touch, isMobile: viewport.touch });
      const page = await context.newPage();
      try {
        await page.goto(pageUrl(site.server, '/sections/the-treaty/'));
        // In the same group as the Print button, just before "Cite this page".
        const group = page.locator('section.print-controls');
        const link = group.getByRole('link', { name: 'Data tables of this section' });
        expect(await link.isVisible()).toBe(true);
        expect(await group.getByRole('button', { name: 'Print' }).isVisible()).toBe(true);
        expect(await page.locator('section.print-controls ~ section.cite-page').count()).toBe(1);
        await (viewport.touch ? link.tap() : link.click());
        await page.waitForURL(/\/sections\/the-treaty\/tables\/$/);
        expect(await page.locator('#membership-map-table').isVisible()).toBe(true);
      } finally {
        await context.close();
      }
    }
  });

  it('the long read: page count reported', async () => {
    const pages = await printed('/');
    console.log(`long read prints in ${pages} A4 pages`);
    expect(pages).toBeGreaterThan(0);
  });

  it('prints no addresses inside sentences, its own URL and a QR code', async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(pageUrl(site.server, '/sections/the-treaty/'));
      await page.emulateMedia({ media: 'print' });
      const inText = await page.evaluate(() =>
        [...document.querySelectorAll('main p a[href]')]
          .filter((a) => !a.closest('.source-notes'))
          .map((a) => getComputedStyle(a, '::after').content)
          .filter((c) => c !== 'none' && c !== 'normal'),
      );
      expect(inText).toEqual([]);
      expect(await page.locator('.print-qr svg.qr').isVisible()).toBe(true);
      expect(await page.getByText(/^Printed from http/).isVisible()).toBe(true);
      await page.emulateMedia({ media: 'screen' });
      expect(await page.locator('.print-qr svg.qr').isVisible()).toBe(false);
    } finally {
      await page.close();
    }
  });
});
