/* global document, requestAnimationFrame -- in page.evaluate, run in the browser */
// An NGO's page on another origin, built from each embed's own oEmbed snippet: the
// heights its iframes settle at, at several host widths, with and without the host
// script. Used by `npm run bench`; the browser tests check the same budgets.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The site path of an embed from its key (data-mbt-embed): <chart> or <chart>-panel-<n>. */
export const embedPath = (key) => key.replace(/^(.+)-panel-(\d+)$/, '$1/panel-$2').replace(/^/, 'embed/') + '/';

/** The embeds a site offers: each panel of a multi-panel chart, else the chart (read from the built files). */
export function offeredKeys(dir, charts) {
  return charts.flatMap((chart) => {
    const panels = [];
    for (let n = 1; existsSync(join(dir, `embed/${chart}/panel-${n}/oembed.json`)); n++) panels.push(`${chart}-panel-${n}`);
    return panels.length ? panels : [chart];
  });
}

/**
 * Serves the host page on its own port (a second origin). `siteRoot` is the URL
 * the oEmbed snippets were built for; `servedRoot` where the site really is.
 * @param {{ dir: string, charts: string[], siteRoot: string, servedRoot: string }} o
 */
export async function startHostPage({ dir, charts, siteRoot, servedRoot }) {
  const page = (script, query) => {
    const snippets = charts.map((chart) => {
      const path = embedPath(chart);
      const { html } = JSON.parse(readFileSync(join(dir, path, 'oembed.json'), 'utf8'));
      let local = html.split(siteRoot).join(servedRoot);
      if (query) local = local.replace(`/${path}"`, `/${path}?${query}"`);
      return `<h2>${chart}</h2>\n${script ? local : local.replace(/<script[^>]*><\/script>/, '')}`;
    });
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An NGO page</title>
<style>body{margin:0;font-family:serif}iframe{display:block}</style></head><body>${snippets.join('\n')}</body></html>`;
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(page(!url.searchParams.has('noscript'), url.searchParams.get('embed') ?? ''));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/**
 * Each embed's height in the host page at `width`: the iframe's own height with the
 * host script, the document height inside the frame without it (the height a fitted
 * frame would need).
 * @param {import('playwright-core').Browser} browser
 */
/**
 * The height of a host page's iframe once it has held for ten animation frames (the
 * embed has posted its size and the host script applied it). The browser tests use it too.
 * @param {import('playwright-core').Page} page
 * @param {string} chart
 * @returns {Promise<number>}
 */
export function settledHeight(page, chart) {
  return page.evaluate(
    (c) =>
      new Promise((resolve) => {
        const f = document.querySelector(`iframe[data-mbt-embed="${c}"]`);
        let last = -1;
        let held = 0;
        const tick = () => {
          const h = f.getBoundingClientRect().height;
          held = h === last ? held + 1 : 0;
          last = h;
          if (held >= 10) resolve(h);
          else requestAnimationFrame(tick);
        };
        tick();
      }),
    chart,
  );
}

export async function embedHeights(browser, hostUrl, charts, width, { script = true } = {}) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  try {
    await page.goto(hostUrl + (script ? '' : '?noscript'), { waitUntil: 'load' });
    const heights = {};
    for (const chart of charts) {
      const handle = await page.waitForSelector(`iframe[data-mbt-embed="${chart}"]`);
      await handle.scrollIntoViewIfNeeded();
      const frame = await handle.contentFrame();
      await frame.waitForLoadState('load');
      const inner = () => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      if (!script) {
        heights[chart] = { height: await inner(), fallback: Number(await handle.getAttribute('height')) };
        continue;
      }
      const settled = await settledHeight(page, chart);
      heights[chart] = { height: settled, inner: await inner(), fallback: Number(await handle.getAttribute('height')) };
    }
    return heights;
  } finally {
    await page.close();
  }
}
