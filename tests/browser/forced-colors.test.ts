// Chart text contrast in light and dark, and Windows high contrast (forced colours): every chart's text must stay readable against
// the page, and every mark drawn in normal colours must still be drawn (a fill, stroke or
// pattern that differs from the page) when the system forces its palette.
import { describe, expect, it } from 'vitest';
import { openSite } from './harness';
import { CHART_IDS } from '../../src/charts/registry';

const site = openSite();

interface Chart {
  chart: string;
  unreadable: string[];
  texts: number;
  /** For each mark of the visible SVG, in document order: is it drawn against the page? */
  drawn: boolean[];
}

/** Reads every chart on the long read as the browser paints it; each mode is read once (the long read is the heaviest page). */
const reads = new Map<string, Promise<Chart[]>>();
function readCharts(forcedColors: 'active' | 'none', colorScheme: 'light' | 'dark'): Promise<Chart[]> {
  const key = `${forcedColors} ${colorScheme}`;
  if (!reads.has(key)) reads.set(key, paintedCharts(forcedColors, colorScheme));
  return reads.get(key)!;
}

async function paintedCharts(forcedColors: 'active' | 'none', colorScheme: 'light' | 'dark'): Promise<Chart[]> {
  const page = await site.browser.newPage({ forcedColors, colorScheme, viewport: { width: 1000, height: 900 } });
  await page.goto(site.server.url);
  const charts = await page.evaluate(() => {
    // Normalise any CSS colour (oklch, system colours) to RGBA through a canvas.
    const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    const rgb = (color: string): number[] => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = '#000';
      ctx.fillStyle = color;
      ctx.fillRect(0, 0, 1, 1);
      return [...ctx.getImageData(0, 0, 1, 1).data];
    };
    const lum = ([r, g, b]: number[]) => {
      const f = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const contrast = (a: number[], b: number[]) => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    };
    // The page colour is the first opaque background from <body> up (the canvas is white).
    const opaque = [document.body, document.documentElement].map((e) => rgb(getComputedStyle(e).backgroundColor)).find((c) => c[3] === 255);
    const pageColour = opaque ?? [255, 255, 255, 255];
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const shows = (paint: string, width = 1) => {
      if (paint.startsWith('url(')) return true;
      if (paint === 'none' || width === 0) return false;
      const c = rgb(paint);
      return c[3] > 0 && contrast(c, pageColour) >= 1.5;
    };
    return [...document.querySelectorAll('figure[data-chart]')].map((figure) => {
      const svgs = [...figure.querySelectorAll('svg[role="img"]')].filter(visible);
      const texts = svgs.flatMap((s) => [...s.querySelectorAll('text')]).filter((t) => visible(t) && t.textContent!.trim());
      const unreadable = texts
        .filter((t) => contrast(rgb(getComputedStyle(t).fill), pageColour) < 4.5)
        .map((t) => `${t.textContent} (${getComputedStyle(t).fill})`);
      const drawn = svgs
        .flatMap((s) => [...s.querySelectorAll('rect, path, circle, line, polyline, polygon')])
        .filter(visible)
        .map((m) => {
          const cs = getComputedStyle(m);
          return shows(cs.fill) || shows(cs.stroke, parseFloat(cs.strokeWidth));
        });
      return { chart: figure.getAttribute('data-chart')!, texts: texts.length, unreadable, drawn };
    });
  });
  await page.close();
  return charts;
}

// axe leaves text inside SVG as "needs review" (it cannot see the background through
// the SVG), so the contrast of every chart label is measured here instead, in both themes.
describe.each(['light', 'dark'] as const)('chart text in normal colours (%s scheme)', (colorScheme) => {
  it('has at least 4.5:1 contrast against the page', async () => {
    const charts = await readCharts('none', colorScheme);
    expect(charts).toHaveLength(CHART_IDS.length);
    for (const c of charts) {
      expect(c.texts, `${c.chart}: text drawn`).toBeGreaterThan(3);
      expect(c.unreadable, `${c.chart}: text below 4.5:1`).toEqual([]);
    }
  });
});

describe.each(['light', 'dark'] as const)('forced colours on the long read (%s scheme)', (colorScheme) => {
  it('keeps every chart legible', async () => {
    const normal = await readCharts('none', colorScheme);
    const forced = await readCharts('active', colorScheme);
    expect(forced.map((f) => f.chart).sort()).toEqual([...CHART_IDS].sort());
    for (const f of forced) {
      const n = normal.find((c) => c.chart === f.chart)!;
      expect(f.texts, `${f.chart}: text drawn`).toBeGreaterThan(3);
      expect(f.unreadable, `${f.chart}: text below 4.5:1`).toEqual([]);
      expect(f.drawn.length, `${f.chart}: same marks in both modes`).toBe(n.drawn.length);
      const lost = n.drawn.filter((was, k) => was && !f.drawn[k]).length;
      expect(n.drawn.filter(Boolean).length, `${f.chart}: marks drawn`).toBeGreaterThan(3);
      expect(lost, `${f.chart}: marks that vanish under forced colours`).toBe(0);
    }
  });
});
