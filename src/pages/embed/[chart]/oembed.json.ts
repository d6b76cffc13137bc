import type { APIRoute } from 'astro';
import { CHART_IDS, oembed, type ChartId } from '../../../lib/embeds';

/** Prebuilt oEmbed responses, advertised by each embed page's <link rel="alternate">. */
export function getStaticPaths() {
  return CHART_IDS.map((chart) => ({ params: { chart } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(oembed(params.chart as ChartId), null, 2), { headers: { 'Content-Type': 'application/json+oembed' } });
