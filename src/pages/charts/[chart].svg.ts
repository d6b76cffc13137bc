/** /charts/<chart-id>.svg: the chart as a standalone light-theme SVG file. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHART_IDS, standaloneSvg, type ChartId } from '../../charts';

export const getStaticPaths: GetStaticPaths = () => CHART_IDS.map((chart) => ({ params: { chart } }));

export const GET: APIRoute = ({ params }) =>
  new Response(standaloneSvg(params.chart as ChartId), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
