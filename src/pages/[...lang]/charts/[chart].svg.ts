/** /charts/<embed-key>.svg (and /<lang>/charts/…): a chart (or one panel) as a standalone light-theme SVG file that carries its credit. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadSvg } from '../../../charts';
import { EMBEDS, embedOf } from '../../../lib/embeds';
import { absoluteIn, inEveryLanguage, langOf } from '../../../i18n/routes';

export const getStaticPaths: GetStaticPaths = () => inEveryLanguage(() => EMBEDS.map((e) => ({ params: { chart: e.key } })));

export const GET: APIRoute = ({ params, currentLocale }) => {
  const lang = langOf({ currentLocale });
  const e = embedOf(params.chart!, lang);
  return new Response(downloadSvg(e.chart, absoluteIn(lang, ''), e.panel, lang), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
};
