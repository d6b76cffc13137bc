/** /data/<chart-id>.csv (and /<lang>/data/…): exactly the values the chart plots, with headers in the page's language. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHART_IDS, chartSpec } from '../../../charts';
import { inEveryLanguage } from '../../../i18n/routes';

export const getStaticPaths: GetStaticPaths = () => inEveryLanguage(() => CHART_IDS.map((chart) => ({ params: { chart } })));

export const GET: APIRoute = ({ params }) =>
  new Response(chartSpec(params.chart!).csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
