// Every section's student worksheet prints on at most two pages of A4 and of US
// Letter (Chromium's own PDF output, as a teacher's "Print" would make it), keeps
// the teacher's answer guidance off the paper, and carries the section's address
// as text and as a QR code.
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { openSite, pageUrl, textPages } from './harness';

const site = openSite();
const worksheets = textPages().filter((p) => /^\/teach\/[^/]+\/worksheet\/$/.test(p));
const sectionIds = fs
  .readdirSync('content/sections')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => /^id:\s*(\S+)/m.exec(fs.readFileSync(path.join('content/sections', f), 'utf8'))![1]);

/** Pages in a PDF: its page objects (Chromium writes them uncompressed). */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

describe('student worksheets', () => {
  it('the build has one worksheet per section', () => {
    expect(worksheets.map((p) => p.split('/')[2]).sort()).toEqual([...sectionIds].sort());
  });

  it.each(worksheets)('%s prints on one or two pages of A4 and of Letter', async (path) => {
    const page = await site.browser.newPage();
    try {
      await page.goto(pageUrl(site.server, path));
      for (const format of ['A4', 'Letter'] as const) {
        const pages = pageCount(await page.pdf({ format }));
        expect(pages, `${format} pages`).toBeGreaterThanOrEqual(1);
        expect(pages, `${format} pages`).toBeLessThanOrEqual(2);
      }
    } finally {
      await page.close();
    }
  });

  it.each(worksheets)('%s shows its questions and charts in print, without the answer guidance', async (path) => {
    const id = path.split('/')[2];
    const kit = parseYaml(fs.readFileSync(`content/teach/sections/${id}.yaml`, 'utf8')) as {
      questions: { question: string; guidance: string }[];
      media: { guidance: string };
      charts?: { chart: string; answer: string }[];
    };
    const page = await site.browser.newPage();
    try {
      await page.goto(pageUrl(site.server, path));
      await page.emulateMedia({ media: 'print' });
      const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
      // Eight words from the longest stretch without a {fact-id}, which the page fills in.
      const words = (s: string) =>
        s
          .split(/\{[^}]+\}/)
          .sort((a, b) => b.length - a.length)[0]
          .trim()
          .split(/\s+/)
          .slice(0, 8)
          .join(' ');
      for (const q of kit.questions) expect(text).toContain(words(q.question));
      for (const g of [...kit.questions.map((q) => q.guidance), kit.media.guidance]) {
        expect(text, 'answer guidance on the student sheet').not.toContain(words(g));
      }
      expect(await page.locator('main .chart-print svg').count()).toBe(kit.charts?.length ?? 0);
      expect(await page.locator('main svg.qr').isVisible()).toBe(true);
      expect(text).toMatch(new RegExp(`https?://\\S+/sections/${id}/`));
      expect(await page.locator('header.site-header').isVisible(), 'site header printed').toBe(false);
    } finally {
      await page.close();
    }
  });
});
