import type { APIRoute } from 'astro';
import { EMBEDS, embedOf, oembed } from '../../../../lib/embeds';

/** The oEmbed response of one panel's embed. */
export function getStaticPaths() {
  return EMBEDS.filter((e) => e.panel).map((e) => ({ params: { chart: e.chart, n: String(e.panel) } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(oembed(embedOf(`${params.chart}-panel-${params.n}`)), null, 2), {
    headers: { 'Content-Type': 'application/json+oembed' },
  });
