/** /charts/<chart-id>.png: the standalone SVG rendered at 2× at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHART_IDS, type ChartId } from '../../charts';
import { chartPng } from '../../charts/kit/png';

export const getStaticPaths: GetStaticPaths = () => CHART_IDS.map((chart) => ({ params: { chart } }));

export const GET: APIRoute = ({ params }) =>
  new Response(new Uint8Array(chartPng(params.chart as ChartId)), { headers: { 'Content-Type': 'image/png' } });
