/** Every chart's spec by id, and the standalone files built from them. */
import { CHART_IDS, dataset, type ChartId, type ChartSpec } from './common';
import { membershipTimelineSpec } from './membership-timeline';
import { membershipMapSpec } from './membership-map';
import { cambodiaCasualtiesSpec } from './cambodia-casualties';
import { globalCasualtiesSpec } from './global-casualties';
import { standaloneCss } from './standalone';

export const CHART_SPECS: Record<ChartId, ChartSpec> = {
  'membership-timeline': membershipTimelineSpec,
  'membership-map': membershipMapSpec,
  'cambodia-casualties': cambodiaCasualtiesSpec,
  'global-casualties': globalCasualtiesSpec,
};

export function chartSpec(id: string): ChartSpec {
  const spec = (CHART_SPECS as Record<string, ChartSpec>)[id];
  if (!spec) throw new Error(`Unknown chart id "${id}"; known: ${CHART_IDS.join(', ')}`);
  return spec;
}

/** The downloadable SVG: widest layout, light theme inline, fixed size. */
export function standaloneSvg(id: ChartId): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${chartSpec(id).svg('l', { css: standaloneCss })}\n`;
}

/** Plain-text sidecar: what the chart shows, where the numbers come from, as of when. */
export function sidecarText(id: ChartId, pageUrl: string, sourcesUrl: string): string {
  const spec = chartSpec(id);
  const lines = [
    spec.title,
    '',
    spec.takeaway,
    '',
    'Sources',
    ...spec.source.datasets.map((d) => {
      const ds = dataset(d);
      return `- ${ds.title} (dataset "${ds.id}": ${ds.files.join(', ')}; as of ${ds.asOf}). Upstream: ${ds.upstream}.`;
    }),
    `- Source keys in the data: ${spec.source.keys.join(', ')}.`,
    `- Described at ${sourcesUrl}`,
    '',
    `Data as of: ${spec.source.asOf}`,
    '',
    'Notes',
    ...spec.notes.map((n) => `- ${n}`),
    '',
    `Chart: ${pageUrl}`,
    'Licence: text and charts CC BY 4.0.',
    '',
  ];
  return lines.join('\n');
}

export { CHART_IDS, type ChartId, type ChartSpec };
