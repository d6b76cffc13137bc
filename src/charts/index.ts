/** Every chart's spec by id (from each registered folder's spec.ts), and the standalone files built from them. */
import { CHART_IDS, type ChartId } from './registry';
import { dataset, type ChartSpec } from './kit/spec';
import { credited, standaloneCssFor } from './kit/standalone';
import { cropToPanel, panelCount } from './kit/panels';
import { t } from '../i18n';

const modules = import.meta.glob<{ spec: ChartSpec }>('./*/spec.ts', { eager: true });

function load(id: ChartId): ChartSpec {
  const spec = modules[`./${id}/spec.ts`]?.spec;
  if (!spec) throw new Error(`charts: registry names ${id} but src/charts/${id}/spec.ts exports no spec`);
  if (spec.id !== id) throw new Error(`charts: src/charts/${id}/spec.ts describes ${spec.id}`);
  return spec;
}

export const CHART_SPECS = Object.fromEntries(CHART_IDS.map((id) => [id, load(id)])) as Record<ChartId, ChartSpec>;

export function chartSpec(id: string): ChartSpec {
  const spec = (CHART_SPECS as Record<string, ChartSpec>)[id];
  if (!spec) throw new Error(`Unknown chart id "${id}"; known: ${CHART_IDS.join(', ')}`);
  return spec;
}

/** The chart alone as a standalone file: widest layout, light theme inline, fixed size. */
export function standaloneSvg(id: ChartId): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${chartSpec(id).svg('l', { css: standaloneCssFor(id) })}\n`;
}

/**
 * The downloadable SVG (and the PNG drawn from it): the standalone chart, or one of
 * its panels, framed by its credit (title, takeaway, source and as-of date, licence,
 * site name and address).
 */
export function downloadSvg(id: ChartId, siteAddress: string, panel?: number): string {
  const spec = chartSpec(id);
  const source = `${t('figure.source')} ${spec.source.datasets.map((d) => dataset(d).credit).join(t('figure.source-sep'))}${t('figure.source-as-of', { date: spec.source.asOf })}`;
  const chart = spec.svg('l', { css: standaloneCssFor(id) });
  const svg = credited(panel ? cropToPanel(chart, panel) : chart, {
    title: panel ? t('embed.panel-title', { title: spec.title, n: panel, count: panelCount(chart) }) : spec.title,
    takeaway: spec.takeaway,
    source,
    licence: t('embed.export.licence', { site: t('site.name'), url: siteAddress }),
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}

/** Plain-text sidecar: what the chart shows, where the numbers come from, as of when. */
export function sidecarText(id: ChartId, pageUrl: string, sourcesUrl: string): string {
  const spec = chartSpec(id);
  const lines = [
    spec.title,
    '',
    spec.takeaway,
    '',
    t('figure.sidecar.sources'),
    ...spec.source.datasets.map((d) => {
      const ds = dataset(d);
      return t('figure.sidecar.dataset', { title: ds.title, id: ds.id, files: ds.files.join(', '), asOf: ds.asOf, upstream: ds.upstream });
    }),
    t('figure.sidecar.keys', { keys: spec.source.keys.join(', ') }),
    t('figure.sidecar.described', { url: sourcesUrl }),
    '',
    t('figure.sidecar.as-of', { date: spec.source.asOf }),
    '',
    t('figure.sidecar.notes'),
    ...spec.notes.map((n) => `- ${n}`),
    '',
    t('figure.sidecar.chart', { url: pageUrl }),
    t('figure.sidecar.licence'),
    '',
  ];
  return lines.join('\n');
}

export { CHART_IDS, type ChartId, type ChartSpec };
