import type { APIRoute } from 'astro';
import { CHART_IDS, embedOf, oembed } from '../../../../lib/embeds';
import { inEveryLanguage, langOf } from '../../../../i18n/routes';

/** Prebuilt oEmbed responses, one per language, advertised by each embed page's <link rel="alternate">. */
export const getStaticPaths = () => inEveryLanguage(() => CHART_IDS.map((chart) => ({ params: { chart } })));

export const GET: APIRoute = ({ params, currentLocale }) =>
  new Response(JSON.stringify(oembed(embedOf(params.chart!, langOf({ currentLocale }))), null, 2), {
    headers: { 'Content-Type': 'application/json+oembed' },
  });
