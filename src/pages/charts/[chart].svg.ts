/** /charts/<embed-key>.svg: a chart (or one panel) as a standalone light-theme SVG file that carries its credit. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadSvg } from '../../charts';
import { EMBEDS, embedOf } from '../../lib/embeds';
import { absolute } from '../../lib/url';

export const getStaticPaths: GetStaticPaths = () => EMBEDS.map((e) => ({ params: { chart: e.key } }));

export const GET: APIRoute = ({ params }) => {
  const e = embedOf(params.chart!);
  return new Response(downloadSvg(e.chart, absolute(''), e.panel), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
