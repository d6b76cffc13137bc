// A reader in another language: from an English section, the switcher leads to the same
// section in French, which says it is a translation; a French NGO embeds a chart in
// French from its own origin, with the snippet the French oEmbed file offers.
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { distDir, launchBrowser, pageUrl, startServer, type Server } from './harness';

const SITE_URL = (process.env.SITE_URL || 'http://localhost:4321').replace(/\/$/, '');
const SECTION = '/sections/the-treaty/';
const EMBED = 'membership-map';

let site: Server;
let host: HttpServer;
let hostUrl: string;
let browser: Browser;

beforeAll(async () => {
  site = await startServer(distDir);
  const { html } = JSON.parse(readFileSync(join(distDir, `fr/embed/${EMBED}/oembed.json`), 'utf8'));
  const snippet = (html as string).split(SITE_URL + (process.env.BASE_PATH || '/').replace(/\/?$/, '/')).join(site.url);
  host = createServer((_, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Une ONG</title></head><body>${snippet}</body></html>`);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await new Promise((resolve) => host?.close(resolve));
});

describe('reading in another language', () => {
  it('the switcher leads from an English section to the same section in French, which names its English original', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(pageUrl(site, SECTION));
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.$('.translation-notice')).toBeNull();
    await page.click('nav.languages a[hreflang="fr"]');
    await page.waitForURL(/\/fr\/sections\/the-treaty\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.getAttribute('nav.languages a[aria-current="page"]', 'hreflang')).toBe('fr');
    // Every link of the page's own navigation stays in French.
    const nav = await page.$$eval('.site-header nav:not(.languages) a', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(nav.length).toBeGreaterThan(3);
    for (const path of nav) expect(path).toMatch(/^\/fr\//);
    // The notice is visible and links to this very section in English.
    expect(await page.isVisible('.translation-notice')).toBe(true);
    const english = await page.$eval('.translation-notice a[hreflang="en"]', (a) => new URL((a as HTMLAnchorElement).href).pathname);
    expect(english).toBe(SECTION);
    await page.close();
  });

  it('a French embed, on another origin, shows its chart in a French page and sizes its frame', async () => {
    const page = await browser.newPage({ viewport: { width: 640, height: 900 } });
    await page.goto(hostUrl);
    const handle = await page.waitForSelector('iframe[data-mbt-embed]');
    expect(await handle.getAttribute('src')).toContain(`/fr/embed/${EMBED}/`);
    const frame = (await handle.contentFrame())!;
    await frame.waitForLoadState('load');
    expect(new URL(frame.url()).origin).not.toBe(new URL(hostUrl).origin);
    expect(await frame.getAttribute('html', 'lang')).toBe('fr');
    expect(await frame.$(`figure[data-chart="${EMBED}"]`)).not.toBeNull();
    // The host script fits the frame to the chart: no inner scrollbar.
    await expect
      .poll(
        async () =>
          Math.abs(
            (await handle.evaluate((f) => f.getBoundingClientRect().height)) -
              (await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height))),
          ),
        { timeout: 10_000 },
      )
      .toBeLessThanOrEqual(3);
    await page.close();
  });
});

/**
 * The rows (in CSS px, at 4 device pixels each) where a link's box is inked across nearly its
 * whole width: its underline, as no glyph's stroke is; each with the colour at its middle.
 */
async function underlineRows(page: Page, selector: string): Promise<{ y: number; rgb: number[] }[]> {
  const S = 4;
  const box = (await page.locator(selector).boundingBox())!;
  const { data, info } = await sharp(await page.screenshot())
    .raw()
    .toBuffer({ resolveWithObject: true });
  const background = data[0] + data[1] + data[2];
  const rows: { y: number; rgb: number[] }[] = [];
  const [left, right] = [Math.ceil(box.x * S) + 2, Math.floor((box.x + box.width) * S) - 2];
  for (let y = Math.floor(box.y * S); y < Math.ceil((box.y + box.height + 6) * S); y++) {
    let inked = 0;
    for (let x = left; x < right; x++) {
      const i = (y * info.width + x) * info.channels;
      if (Math.abs(data[i] + data[i + 1] + data[i + 2] - background) > 150) inked++;
    }
    const mid = (y * info.width + Math.round((left + right) / 2)) * info.channels;
    if (inked / (right - left) > 0.9) rows.push({ y: y / S, rgb: [data[mid], data[mid + 1], data[mid + 2]] });
  }
  return rows;
}

/** The same rows, in the same colour (within the anti-aliasing of an edge). */
function expectSameUnderline(drawn: { y: number; rgb: number[] }[], text: { y: number; rgb: number[] }[]) {
  expect(drawn.map((r) => r.y)).toEqual(text.map((r) => r.y));
  drawn.forEach((r, k) => r.rgb.forEach((c, i) => expect(Math.abs(c - text[k].rgb[i])).toBeLessThanOrEqual(8)));
}

describe('the Khmer name in the switcher, drawn as an outline', () => {
  const cases = [
    { scheme: 'light', forced: 'none' },
    { scheme: 'dark', forced: 'none' },
    { scheme: 'light', forced: 'active' },
  ] as const;

  it.each(cases)(
    'is underlined as its neighbours are, at rest and on hover ($scheme, forced colours $forced)',
    async ({ scheme, forced }) => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 300 }, deviceScaleFactor: 4 });
      await page.emulateMedia({ colorScheme: scheme, forcedColors: forced });
      await page.goto(pageUrl(site, SECTION));
      const khmer = 'nav.languages a[hreflang="km"]';
      const ukrainian = 'nav.languages a[hreflang="uk"]';
      // The same rows below the baseline, in the same colour.
      const atRest = await underlineRows(page, ukrainian);
      expect(atRest.length).toBeGreaterThan(0);
      expectSameUnderline(await underlineRows(page, khmer), atRest);
      // Hover thickens the underline (global.css): the drawn one too, from the same top row.
      await page.hover(ukrainian);
      const hovered = await underlineRows(page, ukrainian);
      expect(hovered.length).toBeGreaterThan(atRest.length);
      await page.hover(khmer);
      expectSameUnderline(await underlineRows(page, khmer), hovered);
      await page.close();
    },
  );
});
