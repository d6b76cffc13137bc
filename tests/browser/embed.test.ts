// An NGO's page on another origin embeds every chart with the snippet we offer: the
// iframe must size itself to the chart, and forged messages must change nothing.
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { distDir, launchBrowser, startServer, type Server } from './harness';
import { CHART_IDS } from '../../src/charts/registry';
import { EMBED_FLAGS, embedSnippet, offeredEmbeds, type ChartId, type EmbedOptions } from '../../src/lib/embeds';
import { LANGS } from '../../src/i18n/routes';
import { settledHeight } from '../../scripts/lib/embed-heights.mjs';

// Every embed the site offers (each panel of a multi-panel chart), by its frame's key.
const OFFERED = CHART_IDS.flatMap((chart) => offeredEmbeds(chart));
const CHARTS = OFFERED.map((e) => e.key);
const pathOf = (key: string) => OFFERED.find((e) => e.key === key)!.path;
/** Issue 13's budgets: compact embeds, with the data table closed. */
const BUDGET = (width: number) => (width <= 320 ? 800 : 650);
const SITE_URL = (process.env.SITE_URL || 'http://localhost:4321').replace(/\/$/, '');

let site: Server;
let host: HttpServer;
let hostUrl: string;
let browser: Browser;

/** The host page: the oEmbed snippets, pointed at our test server instead of SITE_URL. */
function hostPage(script: boolean): string {
  const snippets = CHARTS.map((chart) => {
    const { html } = JSON.parse(readFileSync(join(distDir, `${pathOf(chart)}oembed.json`), 'utf8'));
    const local = (html as string).split(SITE_URL + (process.env.BASE_PATH || '/').replace(/\/?$/, '/')).join(site.url);
    return `<h2>${chart}</h2>\n${script ? local : local.replace(/<script[^>]*><\/script>/, '')}`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An NGO page</title>
<style>body{margin:0;font-family:serif}</style></head><body>${snippets.join('\n')}
<iframe id="other" title="someone else's frame" srcdoc="<p>other</p>"></iframe></body></html>`;
}

beforeAll(async () => {
  site = await startServer(distDir);
  host = createServer((req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(hostPage(!req.url?.includes('noscript')));
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
  expect(new URL(hostUrl).origin).not.toBe(new URL(site.url).origin);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await new Promise((resolve) => host?.close(resolve));
});

const frameOf = async (page: Page, chart: string): Promise<Frame> => {
  const handle = await page.waitForSelector(`iframe[data-mbt-embed="${chart}"]`);
  await handle.scrollIntoViewIfNeeded();
  const frame = await handle.contentFrame();
  await frame!.waitForLoadState('load');
  return frame!;
};
const iframeHeight = (page: Page, chart: string) =>
  page.$eval(`iframe[data-mbt-embed="${chart}"]`, (f) => f.getBoundingClientRect().height);
const docHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

/** The iframe's document once its fonts are in: the size it reports is then final. */
const fontsReady = (frame: Frame) => frame.evaluate(() => document.fonts.ready.then(() => undefined));

describe.each([320, 640, 1000])('embedded on another origin at %i px', (width) => {
  // The host page holds every chart: it is loaded once per width, and each test reads
  // its own chart's frame in it (the tests only measure; none changes the page).
  let page: Page;
  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(hostUrl);
  });
  afterAll(() => page?.close());

  it.each(CHARTS)('%s fits its content, without a scrollbar, within the height budget', async (chart) => {
    const frame = await frameOf(page, chart);
    await expect
      .poll(async () => Math.abs((await settledHeight(page, chart)) - (await docHeight(frame))), { timeout: 10_000 })
      .toBeLessThanOrEqual(3);
    expect(await settledHeight(page, chart), `${chart} at ${width} px`).toBeLessThanOrEqual(BUDGET(width));
    const overflow = await frame.evaluate(() => document.scrollingElement!.scrollHeight - document.scrollingElement!.clientHeight);
    expect(overflow).toBeLessThanOrEqual(1);
    const noHorizontal = await frame.evaluate(() => document.scrollingElement!.scrollWidth <= document.scrollingElement!.clientWidth);
    expect(noHorizontal).toBe(true);
  });
});

describe('the host script', () => {
  it('follows the chart when its height changes (data table opened)', async () => {
    const page = await browser.newPage({ viewport: { width: 640, height: 900 } });
    await page.goto(hostUrl);
    const frame = await frameOf(page, 'cambodia-casualties-panel-1');
    const before = await settledHeight(page, 'cambodia-casualties-panel-1');
    await frame.evaluate(() => {
      for (const d of document.querySelectorAll('details')) d.open = true;
    });
    await expect.poll(() => iframeHeight(page, 'cambodia-casualties-panel-1')).toBeGreaterThan(before + 100);
    expect(Math.abs((await settledHeight(page, 'cambodia-casualties-panel-1')) - (await docHeight(frame)))).toBeLessThanOrEqual(3);
    await page.close();
  });

  it('sizes frames that loaded before the script itself (async script, late insertion)', async () => {
    const page = await browser.newPage({ viewport: { width: 640, height: 900 } });
    await page.goto(`${hostUrl}noscript`);
    const frame = await frameOf(page, 'global-casualties-panel-1');
    await fontsReady(frame);
    const fallback = await iframeHeight(page, 'global-casualties-panel-1');
    expect(Math.abs(fallback - (await docHeight(frame)))).toBeGreaterThan(3);
    await page.evaluate((src) => {
      const script = document.createElement('script');
      script.src = src;
      document.body.append(script);
    }, new URL('embed.js', site.url).href);
    await expect
      .poll(async () => Math.abs((await iframeHeight(page, 'global-casualties-panel-1')) - (await docHeight(frame))), {
        timeout: 10_000,
      })
      .toBeLessThanOrEqual(3);
    await page.close();
  });

  it('ignores forged messages: wrong source, wrong shape, wrong chart, absurd heights', async () => {
    const page = await browser.newPage({ viewport: { width: 640, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(hostUrl);
    const chart = 'membership-timeline-panel-1';
    const frame = await frameOf(page, chart);
    const height = await settledHeight(page, chart);
    // Record every height the host script gives the iframe from here on.
    const before = await page.evaluate((c) => {
      const frame = document.querySelector<HTMLIFrameElement>(`iframe[data-mbt-embed="${c}"]`)!;
      const heights: string[] = [];
      (window as unknown as { heights: string[] }).heights = heights;
      new MutationObserver(() => heights.push(frame.style.height)).observe(frame, { attributes: true, attributeFilter: ['style'] });
      return frame.style.height;
    }, chart);
    // From the host page itself, and from a frame that is not ours, with a perfect shape.
    await page.evaluate((c) => window.postMessage({ type: 'mbt:embed-height', chart: c, height: 40 }, '*'), chart);
    await page
      .frame({ url: /about:srcdoc/ })!
      .evaluate((c) => parent.postMessage({ type: 'mbt:embed-height', chart: c, height: 40 }, '*'), chart);
    // From our own iframe, with every kind of bad payload.
    await frame.evaluate((c) => {
      const bad: unknown[] = [
        { type: 'mbt:embed-height', chart: c, height: -50 },
        { type: 'mbt:embed-height', chart: c, height: 1e9 },
        { type: 'mbt:embed-height', chart: c, height: Number.NaN },
        { type: 'mbt:embed-height', chart: c, height: '40' },
        { type: 'mbt:embed-height', chart: 'membership-map', height: 40 },
        { type: 'mbt:embed-height', chart: c, height: 40, extra: 1 },
        { type: 'other', chart: c, height: 40 },
        'mbt:embed-height 40',
        null,
      ];
      for (const m of bad) parent.postMessage(m, '*');
    }, chart);
    // Then one good message from our iframe: once the host has applied it, it has also
    // handled every message sent before it (a window's messages arrive in order).
    const marker = Math.ceil(height) + 7;
    await frame.evaluate(([c, h]) => parent.postMessage({ type: 'mbt:embed-height', chart: c, height: h }, '*'), [chart, marker] as const);
    await page.waitForFunction((h) => (window as unknown as { heights: string[] }).heights.includes(`${h}px`), marker);
    const seen = await page.evaluate(() => (window as unknown as { heights: string[] }).heights);
    expect(
      seen.filter((h) => h !== before && h !== `${marker}px`),
      'heights taken from forged messages',
    ).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('leaves a host without the script a fallback height that shows the whole chart at 640 px and wider', async () => {
    for (const width of [640, 1000]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${hostUrl}noscript`);
      for (const chart of CHARTS) {
        const frame = await frameOf(page, chart);
        await fontsReady(frame);
        const fallback = await iframeHeight(page, chart);
        const height = await docHeight(frame);
        expect(fallback, `${chart} at ${width}px`).toBeGreaterThanOrEqual(height);
        expect(height, `${chart} at ${width}px without the script`).toBeLessThanOrEqual(BUDGET(width));
      }
      await page.close();
    }
  });
});

describe('embed options', () => {
  it('theme=dark darkens the page and plain=1 hides the title and takeaway', async () => {
    const page = await browser.newPage({ colorScheme: 'light' });
    await page.goto(new URL('embed/cambodia-casualties/?theme=dark&plain=1', site.url).href);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = bg.match(/\d+/g)!.map(Number);
    expect(r + g + b).toBeLessThan(150);
    const hidden = await page.$$eval('figure [data-plain-hide]', (els) => els.map((e) => getComputedStyle(e).display));
    expect(hidden.length).toBeGreaterThan(0);
    expect(hidden.every((d) => d === 'none')).toBe(true);
    await page.goto(new URL('embed/cambodia-casualties/', site.url).href);
    const shown = await page.$$eval('figure [data-plain-hide]', (els) => els.map((e) => getComputedStyle(e).display));
    expect(shown.every((d) => d !== 'none')).toBe(true);
    await page.close();
  });

  it('transparent=1 lets the host page show through and static=1 drops tooltips and controls', async () => {
    const page = await browser.newPage();
    await page.goto(new URL('embed/membership-map/?transparent=1&static=1', site.url).href);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    for (const selector of ['.map-control', '.chart-tip', 'details.embed-more']) {
      expect(await page.$eval(selector, (e) => getComputedStyle(e).display), selector).toBe('none');
    }
    await page.goto(new URL('embed/membership-map/', site.url).href);
    expect(await page.$eval('.map-control', (e) => getComputedStyle(e).display)).not.toBe('none');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });
});

describe('the host page sets the theme', () => {
  const themeOf = (frame: Frame) => frame.evaluate(() => document.documentElement.dataset.theme ?? 'auto');

  it('through the documented message to its own window, and forged theme messages change nothing', async () => {
    const page = await browser.newPage({ viewport: { width: 640, height: 900 }, colorScheme: 'light' });
    await page.goto(hostUrl);
    const chart = CHARTS[0];
    const frame = await frameOf(page, chart);
    expect(await themeOf(frame)).toBe('auto');
    // Forged: from a frame that is not the host page, and with a wrong shape from the host page.
    await page.frame({ url: /about:srcdoc/ })!.evaluate(() => parent.postMessage({ type: 'mbt:embed-theme', theme: 'dark' }, '*'));
    await page.evaluate(() => {
      window.postMessage({ type: 'mbt:embed-theme', theme: 'dark', extra: 1 }, location.origin);
      window.postMessage({ type: 'mbt:embed-theme', theme: 'purple' }, location.origin);
    });
    // The documented message: every one of our frames follows it.
    await page.evaluate(() => window.postMessage({ type: 'mbt:embed-theme', theme: 'light' }, location.origin));
    await page.evaluate(() => window.postMessage({ type: 'mbt:embed-theme', theme: 'dark' }, location.origin));
    await expect.poll(() => themeOf(frame)).toBe('dark');
    const bg = await frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = bg.match(/\d+/g)!.map(Number);
    expect(r + g + b).toBeLessThan(150);
    await page.evaluate(() => window.postMessage({ type: 'mbt:embed-theme', theme: 'auto' }, location.origin));
    await expect.poll(() => themeOf(frame)).toBe('auto');
    await page.close();
  });

  it('ignores theme messages that do not come from the host page', async () => {
    const page = await browser.newPage({ viewport: { width: 640, height: 900 } });
    await page.goto(hostUrl);
    const chart = CHARTS[0];
    const frame = await frameOf(page, chart);
    await page.frame({ url: /about:srcdoc/ })!.evaluate(() => parent.postMessage({ type: 'mbt:embed-theme', theme: 'dark' }, '*'));
    await page.evaluate(() => window.postMessage({ type: 'mbt:embed-theme', theme: 'dark', extra: 1 }, location.origin));
    // A later good message proves the earlier ones were handled (a window's messages arrive in order).
    await page.evaluate(() => window.postMessage({ type: 'mbt:embed-theme', theme: 'light' }, location.origin));
    await expect.poll(() => themeOf(frame)).toBe('light');
    await page.close();
  });
});

describe('the "Embed this chart" dialog wherever the site is served', () => {
  it('previews by a same-origin URL and offers a snippet for the address it is served from', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    const blocked: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|frame-src/i.test(m.text())) blocked.push(m.text());
    });
    await page.goto(new URL('sections/the-treaty/', site.url).href);
    const dialog = page.locator('details[data-embed-dialog]').first();
    await dialog.locator('summary').click();
    const frame = await (await dialog.locator('iframe').elementHandle())!.contentFrame();
    await frame!.waitForSelector('figure');
    expect(new URL(frame!.url()).origin).toBe(new URL(site.url).origin);
    const code = await dialog.locator('textarea').inputValue();
    expect(code).toContain(`src="${site.url}embed/`);
    expect(code).toContain(`<script src="${site.url}embed.js"`);
    await dialog.locator('input[name="static"]').check();
    expect(await dialog.locator('textarea').inputValue()).toMatch(/\/\?static=1"/);
    await expect.poll(() => frame!.url()).toContain('static=1');
    // The language option: the snippet and the preview move to the French embed, options kept.
    await dialog.locator('select[data-lang]').selectOption('fr');
    expect(await dialog.locator('textarea').inputValue()).toMatch(new RegExp(`src="${site.url}fr/embed/[^"]+\\?static=1"`));
    await expect.poll(() => frame!.url()).toMatch(/\/fr\/embed\/.*static=1/);
    await expect.poll(() => frame!.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(blocked).toEqual([]);
    await page.close();
  });

  it('offers, for every language, panel and option, the very snippet the site publishes (the oEmbed one, at this address)', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    await page.goto(new URL('sections/the-treaty/', site.url).href);
    const builtRoot = SITE_URL + (process.env.BASE_PATH || '/').replace(/\/?$/, '/');
    const combos: EmbedOptions[] = [{}, { theme: 'dark', static: true }, { theme: 'light', plain: true, transparent: true }];
    const dialogs = await page.locator('details[data-embed-dialog]').all();
    expect(dialogs.length).toBeGreaterThan(0);
    for (const dialog of dialogs) {
      const chart = (await dialog.getAttribute('id'))!.replace(/^embed-/, '') as ChartId;
      for (const lang of LANGS) {
        for (const e of offeredEmbeds(chart, lang)) {
          for (const options of combos) {
            // Set as a reader would (a change event per choice); the dialog stays closed so no preview loads.
            const offered = await dialog.evaluate(
              (d, { lang, key, theme, flags }) => {
                const set = (input: HTMLInputElement | HTMLSelectElement | null, value: boolean | string) => {
                  if (!input) return;
                  if (input instanceof HTMLSelectElement || typeof value === 'string') input.value = value as string;
                  else input.checked = value;
                  input.dispatchEvent(new Event('change', { bubbles: true }));
                };
                set(d.querySelector('select[data-lang]'), lang);
                set(d.querySelector(`input[data-part][value="${key}"]`), true);
                set(d.querySelector(`input[type="radio"][value="${theme}"]:not([data-part])`), true);
                for (const [name, on] of flags) set(d.querySelector(`input[name="${name}"]`), on);
                return d.querySelector('textarea')!.value;
              },
              { lang, key: e.key, theme: options.theme ?? 'auto', flags: EMBED_FLAGS.map((f) => [f, !!options[f]] as [string, boolean]) },
            );
            expect(offered, `${e.key} in ${lang}, ${JSON.stringify(options)}`).toBe(
              embedSnippet(e, options).split(builtRoot).join(site.url),
            );
          }
        }
      }
    }
    await page.close();
  });

  it('on a French page offers the French embed first', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    await page.goto(new URL('fr/sections/the-treaty/', site.url).href);
    const dialog = page.locator('details[data-embed-dialog]').first();
    await dialog.locator('summary').click();
    expect(await dialog.locator('select[data-lang]').inputValue()).toBe('fr');
    expect(await dialog.locator('textarea').inputValue()).toContain(`src="${site.url}fr/embed/`);
    await page.close();
  });
});
