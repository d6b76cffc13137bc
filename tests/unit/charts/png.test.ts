/**
 * Chart PNGs are drawn with the project's own fonts. The build machines have no Khmer
 * font, and Khmer PNGs came out as rows of identical missing-glyph boxes.
 */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { downloadSvg } from '../../../src/charts';
import { chartPng, chartPngAsync, drawingOptions, pngFontFiles } from '../../../src/charts/kit/png';

const line = (text: string, weight = 400) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="40" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif"><text x="4" y="28" font-size="20" font-weight="${weight}">${text}</text></svg>`;

/** Pixels with any ink (the background is transparent). */
function ink(svg: string, options = drawingOptions(svg, 1)): { pixels: Buffer; count: number } {
  const pixels = new Resvg(svg, options).render().pixels;
  let count = 0;
  for (let k = 3; k < pixels.length; k += 4) if (pixels[k] > 0) count++;
  return { pixels, count };
}

/** What the build image offered before: DejaVu Sans and nothing for Khmer. */
const withoutKhmer = (svg: string) => ({
  ...drawingOptions(svg, 1),
  font: { loadSystemFonts: false, fontFiles: pngFontFiles().filter((f) => /DejaVu/.test(f)), defaultFontFamily: 'DejaVu Sans' },
});

// Two words of seven code points each: drawn as missing-glyph boxes they look the same.
const CAMBODIA = 'កម្ពុជា';
const TREATY = 'សន្ធិសញ';

describe('chart PNGs', () => {
  it('draw Khmer words as their letters, not as the same row of boxes', () => {
    expect([...CAMBODIA]).toHaveLength([...TREATY].length);
    const boxes = [ink(line(CAMBODIA), withoutKhmer(line(CAMBODIA))), ink(line(TREATY), withoutKhmer(line(TREATY)))];
    // The check means something: without a Khmer font the two words are indistinguishable.
    expect(boxes[0].pixels.equals(boxes[1].pixels)).toBe(true);
    const drawn = [ink(line(CAMBODIA)), ink(line(TREATY))];
    expect(drawn[0].count).toBeGreaterThan(100);
    expect(drawn[0].pixels.equals(drawn[1].pixels)).toBe(false);
  });

  it('draw a bold Khmer title bold', () => {
    const regular = ink(line(CAMBODIA)).count;
    const bold = ink(line(CAMBODIA, 700)).count;
    expect(bold).toBeGreaterThan(regular * 1.15);
  });

  it('draw Latin and Cyrillic labels too', () => {
    for (const word of ['Ottawa 1997', 'Україна']) {
      const drawn = ink(line(word));
      expect(drawn.count, word).toBeGreaterThan(100);
    }
  });

  it('are PNG files, twice the size of the download SVG', () => {
    const png = chartPng('withdrawal-clock', 'https://example.org/', undefined, 'km');
    const svgWidth = Number(
      /<svg[^>]* width="([\d.]+)"/.exec(downloadSvg('withdrawal-clock', 'https://example.org/', undefined, 'km'))![1],
    );
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(Math.round(svgWidth * 2));
  }, 60_000); // the first Khmer drawing of a chart lays it out, slow on a busy machine

  it('are the same file drawn on a worker thread (as the build draws them) as drawn in place', async () => {
    const inPlace = chartPng('withdrawal-clock', 'https://example.org/', undefined, 'km');
    const onWorker = await chartPngAsync('withdrawal-clock', 'https://example.org/', undefined, 'km');
    expect(onWorker.subarray(1, 4).toString()).toBe('PNG');
    expect(onWorker.equals(inPlace)).toBe(true);
  }, 60_000);
});
