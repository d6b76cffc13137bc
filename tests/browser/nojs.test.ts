// With JavaScript off, every page still works: its main text is there, every chart
// figure (figure[data-chart]) has its SVG drawn and a data table (or a link to it), and every internal
// link on the page answers 200 (no redirect, no 404).
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { allPages, distDir, launchBrowser, pageUrl, startServer, type Server, isEmbed } from './harness';

let server: Server;
let browser: Browser;
let context: BrowserContext;
const linkStatus = new Map<string, Promise<number>>();
// Embeds link with absolute URLs on the build's SITE_URL; here they are served locally.
const SITE = (process.env.SITE_URL || 'http://localhost:4321').replace(/\/$/, '') + (process.env.BASE_PATH || '/').replace(/\/?$/, '/');
const served = (href: string) => (href.startsWith(SITE) ? server.url.replace(/\/?$/, '/') + href.slice(SITE.length) : href);

beforeAll(async () => {
  server = await startServer(distDir);
  browser = await launchBrowser();
  context = await browser.newContext({ javaScriptEnabled: false });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Ids of the tables that hold values on a page, read without JavaScript. Each page is read
 * once: the five long reads and every embed link to the same few sections' tables.
 */
const tablesOn = new Map<string, Promise<Set<string>>>();
function tablesWithValues(url: string): Promise<Set<string>> {
  let tables = tablesOn.get(url);
  if (!tables) {
    tables = (async () => {
      const target = await context.newPage();
      try {
        await target.goto(url);
        const ids = await target.locator('table[id]').evaluateAll((ts) => ts.filter((t) => t.querySelector('td')).map((t) => t.id));
        return new Set(ids);
      } finally {
        await target.close();
      }
    })();
    tablesOn.set(url, tables);
  }
  return tables;
}

/** Status of an internal URL, without following redirects; each URL fetched once. */
function statusOf(url: string): Promise<number> {
  let status = linkStatus.get(url);
  if (!status) {
    status = context.request.get(url, { maxRedirects: 0 }).then((r) => r.status());
    linkStatus.set(url, status);
  }
  return status;
}

// Concurrent: one page's loading and link checks overlap another's (the pages share the
// context, which only caches link answers and tables; each test opens its own tab).
describe.concurrent('pages without JavaScript', () => {
  it.for(allPages())('%s', async (path, { expect }) => {
    const page = await context.newPage();
    try {
      const response = await page.goto(pageUrl(server, path));
      expect(response?.status()).toBe(200);

      const main = page.locator('main');
      expect(await main.count(), `${path} has no single <main>`).toBe(1);
      const text = (await main.innerText()).replace(/\s+/g, ' ').trim();
      expect(text.length, `main text of ${path}: "${text.slice(0, 80)}"`).toBeGreaterThan(40);

      const figures = page.locator('figure[data-chart]');
      for (let i = 0; i < (await figures.count()); i++) {
        const figure = figures.nth(i);
        const name = (await figure.getAttribute('data-chart')) || `#${i}`;
        // A figure may hold several SVGs (size variants picked by CSS, icons): at
        // least one must be drawn, with a real size, when JavaScript is off.
        const sizes = await figure
          .locator('svg')
          .evaluateAll((svgs) => svgs.map((svg) => svg.getBoundingClientRect()).map((r) => r.width * r.height));
        expect(sizes.length, `chart ${name} on ${path} has no <svg>`).toBeGreaterThan(0);
        expect(Math.max(...sizes), `chart ${name} on ${path}: no SVG drawn`).toBeGreaterThan(100 * 50);
        const cells = figure.locator('table td, table th[scope="row"]');
        // The long read links each chart to its full tables on the section's page, and so
        // does an embed, from the drawer under the figure (src/layouts/Embed.astro).
        const tableLinks = await (isEmbed(path) ? page.locator('main') : figure)
          .locator('.chart-data-link a')
          .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
        if (tableLinks.length === 0)
          expect(await cells.count(), `chart ${name} on ${path} has no data table with values`).toBeGreaterThan(0);
        for (const link of tableLinks) {
          const tables = await tablesWithValues(served(link).split('#')[0]);
          expect(tables.has(new URL(link).hash.slice(1)), `chart ${name} on ${path}: ${link} holds no data table with values`).toBe(true);
        }
      }

      const origin = new URL(server.url).origin;
      const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      const internal = [...new Set(hrefs.map((h) => h.split('#')[0]).filter((h) => h.startsWith(origin + '/')))];
      const broken: string[] = [];
      for (const url of internal) {
        const status = await statusOf(url);
        if (status !== 200) broken.push(`${status} ${url.slice(origin.length)}`);
      }
      expect(broken, `internal links on ${path} that do not answer 200`).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
