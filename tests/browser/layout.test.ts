// Layout a reader would notice: no sideways scrolling at 320 CSS px (small phones,
// WCAG 1.4.10 reflow) on text pages, nor at 200% zoom of a 1280 px window (a 640 px
// CSS viewport) on any page; and in dark mode every page paints a dark background
// with light text.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { allPages, isEmbed, openSite, pageUrl, textPages } from './harness';

const site = openSite();

/** The horizontal overflow, with the elements that stick out, for a useful message. */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const root = document.scrollingElement as HTMLElement;
    const width = root.clientWidth;
    const culprits = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .filter((el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= width + 1)
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} (right edge ${Math.round(el.getBoundingClientRect().right)}px)`,
      );
    return { scrollWidth: root.scrollWidth, clientWidth: width, culprits };
  });
}

/** One reused tab per viewport: navigating is much cheaper than a new context per page. */
const tabs = new Map<string, Promise<Page>>();
function tab(key: string, options: Parameters<Browser['newContext']>[0]): Promise<Page> {
  let page = tabs.get(key);
  if (!page) {
    page = site.browser.newContext(options).then((context) => context.newPage());
    tabs.set(key, page);
  }
  return page;
}

async function expectNoSidewaysScroll(path: string, width: number) {
  const page = await tab(`w${width}`, { viewport: { width, height: 900 } });
  await page.goto(pageUrl(site.server, path));
  const o = await overflow(page);
  expect(o.scrollWidth, `${path} at ${width}px scrolls sideways; sticking out: ${o.culprits.join(', ')}`).toBeLessThanOrEqual(
    o.clientWidth,
  );
}

/** A page list read at collection time; an empty one would make its checks pass vacuously. */
function nonEmpty(pages: string[], what: string): string[] {
  if (pages.length === 0) throw new Error(`no ${what} found in the build: nothing to check`);
  return pages;
}

describe('reflow', () => {
  const text = nonEmpty(textPages(), 'text pages');

  it('checks the pages a reader navigates: home, every section, sources, glossary, timeline', () => {
    for (const path of ['/', '/sources/', '/glossary/', '/timeline/', '/about/']) expect(text).toContain(path);
    expect(text.filter((p) => p.startsWith('/sections/')).length).toBeGreaterThanOrEqual(5);
  });

  it('would catch a page that scrolls sideways', async () => {
    const page = await tab('w320', { viewport: { width: 320, height: 900 } });
    await page.goto(pageUrl(site.server, '/about/'));
    await page.evaluate(() => {
      const wide = document.createElement('div');
      wide.id = 'too-wide';
      wide.textContent = 'x';
      wide.setAttribute('class', 'probe');
      document.querySelector('main')!.append(wide);
      // Set through CSSOM: the page's CSP forbids style attributes in markup, not this.
      wide.style.width = '1000px';
    });
    const o = await overflow(page);
    expect(o.scrollWidth).toBeGreaterThan(o.clientWidth);
    expect(o.culprits.join(', ')).toContain('div#too-wide');
  });

  it.each(text)('%s at 320 px', (path) => expectNoSidewaysScroll(path, 320));
  it.each(nonEmpty(allPages(), 'pages'))('%s at 200% zoom (640 px)', (path) => expectNoSidewaysScroll(path, 640));
});

/** Relative luminance (WCAG) of a CSS rgb()/rgba() colour; null if transparent. */
function luminance(css: string): number | null {
  const m = /rgba?\(([^)]+)\)/.exec(css);
  if (!m) return null;
  const [r, g, b, a = 1] = m[1]
    .split(/[ ,/]+/)
    .filter(Boolean)
    .map(Number);
  if (a === 0) return null;
  const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

describe('dark mode', () => {
  it.each(allPages())('%s', async (path) => {
    const page = await tab('dark', { colorScheme: 'dark' });
    await page.goto(pageUrl(site.server, path));
    const colours = await page.evaluate(() => {
      // Computed colours may be oklch()/color(): let a canvas turn them into sRGB bytes.
      const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
      const rgba = (css: string) => {
        ctx.clearRect(0, 0, 1, 1);
        ctx.fillStyle = css;
        ctx.fillRect(0, 0, 1, 1);
        const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
        return `rgba(${r}, ${g}, ${b}, ${a / 255})`;
      };
      return {
        body: rgba(getComputedStyle(document.body).backgroundColor),
        html: rgba(getComputedStyle(document.documentElement).backgroundColor),
        text: rgba(getComputedStyle(document.body).color),
      };
    });
    const background = luminance(colours.body) ?? luminance(colours.html);
    expect(background, `${path}: no background colour on body or html (${JSON.stringify(colours)})`).not.toBeNull();
    expect(background!, `${path}: background ${colours.body} / ${colours.html} is not dark`).toBeLessThan(0.1);
    expect(luminance(colours.text)!, `${path}: text ${colours.text} is not light`).toBeGreaterThan(0.4);
  });
});

it('embed pages are covered by the zoom and dark checks', () => {
  // Guards the page lists above: embeds are in allPages(), not in textPages().
  const embeds = allPages().filter(isEmbed);
  expect(embeds.length).toBeGreaterThanOrEqual(4);
  for (const p of embeds) expect(textPages()).not.toContain(p);
});
