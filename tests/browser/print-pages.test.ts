// A teacher prints a section: Chromium's A4 PDF of every section page is at most six
// pages (charts, text and notes, without the full data tables unless asked for), and
// ticking "include the data tables" brings them back. The long read's count is reported.
import { describe, expect, it } from 'vitest';
import { openSite, pageUrl, textPages } from './harness';

const site = openSite();
const sections = textPages().filter((p) => /^\/sections\/[^/]+\/$/.test(p));

/** Pages in a PDF: one /Type /Page object each (not /Pages). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

async function printed(path: string, tables = false): Promise<number> {
  const page = await site.browser.newPage();
  try {
    await page.goto(pageUrl(site.server, path));
    if (tables) await page.locator('#print-tables').check();
    return pdfPages(await page.pdf({ format: 'A4' }));
  } finally {
    await page.close();
  }
}

describe('printing on A4', () => {
  it('the build has section pages', () => {
    expect(sections.length).toBeGreaterThanOrEqual(5);
  });

  it.each(sections)('%s prints in at most 6 pages', async (path) => {
    const pages = await printed(path);
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(6);
  });

  it('the data tables print when the reader asks for them', async () => {
    const without = await printed('/sections/the-treaty/');
    const withTables = await printed('/sections/the-treaty/', true);
    expect(withTables).toBeGreaterThan(without + 5);
  });

  it('the option sits with the print and cite controls, after the title, as a 24×24 px target with a visible label', async () => {
    for (const viewport of [
      { width: 375, height: 800, touch: true },
      { width: 1280, height: 800, touch: false },
    ]) {
      const context = await site.browser.newContext({ viewport, hasTouch: viewport.touch, isMobile: viewport.touch });
      const page = await context.newPage();
      try {
        await page.goto(pageUrl(site.server, '/sections/the-treaty/'));
        const box = (await page.locator('#print-tables').boundingBox())!;
        expect([box.width, box.height], `${viewport.width} px`).toEqual([24, 24]);
        const label = page.locator('label[for="print-tables"]');
        expect(await label.isVisible()).toBe(true);
        expect(parseFloat(await label.evaluate((l) => getComputedStyle(l).fontSize))).toBeGreaterThanOrEqual(16);
        const h1 = (await page.locator('h1').boundingBox())!;
        expect(box.y).toBeGreaterThan(h1.y);
        // In the same group as the Print button, just before "Cite this page".
        const group = page.locator('section.print-controls');
        expect(await group.locator('#print-tables').count()).toBe(1);
        expect(await group.getByRole('button', { name: 'Print' }).isVisible()).toBe(true);
        expect(await page.locator('section.print-controls ~ section.cite-page').count()).toBe(1);
        // The label is part of the target: a tap (or click) on its words ticks the box.
        await (viewport.touch ? label.tap() : label.click());
        expect(await page.locator('#print-tables').isChecked()).toBe(true);
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
