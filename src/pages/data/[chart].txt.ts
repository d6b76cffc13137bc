/** /data/<chart-id>.txt: the chart's sources, notes and as-of date, beside its CSV. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHART_IDS, sidecarText, type ChartId } from '../../charts';
import { absolute } from '../../lib/url';

export const getStaticPaths: GetStaticPaths = () => CHART_IDS.map((chart) => ({ params: { chart } }));

export const GET: APIRoute = ({ params }) => {
  const id = params.chart as ChartId;
  return new Response(sidecarText(id, absolute(`#chart-${id}`), absolute('sources/')), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
