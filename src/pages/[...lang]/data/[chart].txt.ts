/** /data/<chart-id>.txt (and /<lang>/data/…): the chart's sources, notes and as-of date, beside its CSV. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHART_IDS, sidecarText, type ChartId } from '../../../charts';
import { absoluteIn, inEveryLanguage, langOf } from '../../../i18n/routes';

export const getStaticPaths: GetStaticPaths = () => inEveryLanguage(() => CHART_IDS.map((chart) => ({ params: { chart } })));

export const GET: APIRoute = ({ params, currentLocale }) => {
  const id = params.chart as ChartId;
  const lang = langOf({ currentLocale });
  return new Response(sidecarText(id, absoluteIn(lang, `#chart-${id}`), absoluteIn(lang, 'sources/'), lang), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
