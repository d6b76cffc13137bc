/**
 * Khmer in the browser: a narrow paragraph breaks only where Intl.Segmenter sees a word
 * boundary (Chromium's ICU dictionary; Khmer writes no spaces between words), and an
 * English page never downloads the Khmer font.
 */
import { describe, expect, it } from 'vitest';
import { openSite, pageUrl } from './harness';

const site = openSite();

// A test sentence, not site copy: "The treaty banning anti-personnel mines was signed in Ottawa in 1997 and entered into force on 1 March 1999."
const KHMER = 'សន្ធិសញ្ញាហាមឃាត់គ្រាប់មីនប្រឆាំងមនុស្សត្រូវបានចុះហត្ថលេខានៅទីក្រុងអូតាវ៉ាក្នុងឆ្នាំ១៩៩៧ ហើយបានចូលជាធរមាននៅថ្ងៃទី១ ខែមីនា ឆ្នាំ១៩៩៩។';

describe('Khmer', () => {
  it('breaks a narrow paragraph at word boundaries only', async () => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 600 } });
    try {
      // A blank page of its own: the site's CSP would refuse this test's <style>.
      await page.setContent(
        `<!doctype html><html lang="km"><head><style>p { width: 180px; font-size: 16px; }</style></head><body><p>${KHMER}</p></body></html>`,
      );
      const { breaks, boundaries, overflow } = await page.evaluate(() => {
        const p = document.querySelector('p')!;
        const text = p.firstChild!;
        const s = text.textContent!;
        const range = document.createRange();
        const top = (k: number) => {
          range.setStart(text, k);
          range.setEnd(text, k + 1);
          return Math.round(range.getBoundingClientRect().top);
        };
        const breaks: number[] = [];
        for (let k = 1; k < s.length; k++) if (top(k) > top(k - 1)) breaks.push(k);
        const boundaries = [...new Intl.Segmenter('km', { granularity: 'word' }).segment(s)].map((x) => x.index);
        return { breaks, boundaries, overflow: p.scrollWidth > p.clientWidth };
      });
      expect(breaks.length).toBeGreaterThanOrEqual(3);
      for (const k of breaks) expect(boundaries, `line break at ${k}`).toContain(k);
      expect(overflow).toBe(false);
    } finally {
      await page.close();
    }
  });

  it('an English page downloads no font', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const fonts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'font' || /\.woff2?$/.test(r.url())) fonts.push(r.url());
    });
    try {
      await page.goto(pageUrl(site.server, '/sections/cambodia/'));
      await page.evaluate(() => document.fonts.ready);
      expect(fonts).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
