/**
 * Chart image files rendered at build time. resvg draws the standalone SVG
 * with the machine's fonts (DejaVu Sans on the build image), at 2× for screens
 * and print; white background comes from the SVG's own .bg rect.
 */
import { Resvg } from '@resvg/resvg-js';
import { standaloneSvg, type ChartId } from '..';

export function chartPng(id: ChartId): Buffer {
  const resvg = new Resvg(standaloneSvg(id), {
    fitTo: { mode: 'zoom', value: 2 },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}
