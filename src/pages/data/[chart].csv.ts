/** /data/<chart-id>.csv: exactly the values the chart plots. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHART_IDS, chartSpec } from '../../charts';

export const getStaticPaths: GetStaticPaths = () => CHART_IDS.map((chart) => ({ params: { chart } }));

export const GET: APIRoute = ({ params }) =>
  new Response(chartSpec(params.chart!).csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
