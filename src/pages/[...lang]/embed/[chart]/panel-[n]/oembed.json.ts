import type { APIRoute } from 'astro';
import { EMBEDS, embedOf, oembed } from '../../../../../lib/embeds';
import { inEveryLanguage, langOf } from '../../../../../i18n/routes';

/** The oEmbed response of one panel's embed, in each language. */
export const getStaticPaths = () =>
  inEveryLanguage(() => EMBEDS.filter((e) => e.panel).map((e) => ({ params: { chart: e.chart, n: String(e.panel) } })));

export const GET: APIRoute = ({ params, currentLocale }) =>
  new Response(JSON.stringify(oembed(embedOf(`${params.chart}-panel-${params.n}`, langOf({ currentLocale }))), null, 2), {
    headers: { 'Content-Type': 'application/json+oembed' },
  });
