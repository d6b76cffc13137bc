/** /charts/<embed-key>.png: the credited download SVG of a chart (or one panel) rendered at 2× at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartPng } from '../../charts/kit/png';
import { EMBEDS, embedOf } from '../../lib/embeds';
import { absolute } from '../../lib/url';

export const getStaticPaths: GetStaticPaths = () => EMBEDS.map((e) => ({ params: { chart: e.key } }));

export const GET: APIRoute = ({ params }) => {
  const e = embedOf(params.chart!);
  return new Response(new Uint8Array(chartPng(e.chart, absolute(''), e.panel)), { headers: { 'Content-Type': 'image/png' } });
};
