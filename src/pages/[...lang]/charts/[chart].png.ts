/** /charts/<embed-key>.png (and /<lang>/charts/…): the credited download SVG of a chart (or one panel) rendered at 2× at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartPng } from '../../../charts/kit/png';
import { EMBEDS, embedOf } from '../../../lib/embeds';
import { absoluteIn, inEveryLanguage, langOf } from '../../../i18n/routes';

export const getStaticPaths: GetStaticPaths = () => inEveryLanguage(() => EMBEDS.map((e) => ({ params: { chart: e.key } })));

export const GET: APIRoute = ({ params, currentLocale }) => {
  const lang = langOf({ currentLocale });
  const e = embedOf(params.chart!, lang);
  return new Response(new Uint8Array(chartPng(e.chart, absoluteIn(lang, ''), e.panel, lang)), { headers: { 'Content-Type': 'image/png' } });
};
