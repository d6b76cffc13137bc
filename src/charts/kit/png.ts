/**
 * Chart image files rendered at build time. resvg draws the credited download SVG
 * with the machine's fonts (DejaVu Sans on the build image), at 2× for screens
 * and print; white background comes from the SVG's own .bg rect.
 */
import { Resvg } from '@resvg/resvg-js';
import { downloadSvg, type ChartId } from '..';
import type { Lang } from '../../i18n';

export function chartPng(id: ChartId, siteAddress: string, panel?: number, lang?: Lang): Buffer {
  const resvg = new Resvg(downloadSvg(id, siteAddress, panel, lang), {
    fitTo: { mode: 'zoom', value: 2 },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}
