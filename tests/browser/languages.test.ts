// A reader in another language: from an English section, the switcher leads to the same
// section in French, which says it is a translation; a French NGO embeds a chart in
// French from its own origin, with the snippet the French oEmbed file offers.
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
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
