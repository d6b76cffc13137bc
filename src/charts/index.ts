/**
 * Every chart's spec by id and language (from each registered folder's spec.ts,
 * whose specFor(lang) draws it in that language), and the standalone files built
 * from them. English is the default everywhere, so English callers pass nothing.
 */
import { CHART_IDS, type ChartId } from './registry';
import { dataset, type ChartSpec } from './kit/spec';
import { credited, standaloneCssFor } from './kit/standalone';
import { cropToPanel, panelCount } from './kit/panels';
import { asOfIn, DEFAULT_LANG, useTranslations, type Lang } from '../i18n';

const modules = import.meta.glob<{ specFor: (lang: Lang) => ChartSpec }>('./*/spec.ts', { eager: true });

const built = new Map<string, ChartSpec>();

function load(id: ChartId, lang: Lang): ChartSpec {
  const key = `${lang}/${id}`;
  const cached = built.get(key);
  if (cached) return cached;
  const specFor = modules[`./${id}/spec.ts`]?.specFor;
  if (!specFor) throw new Error(`charts: registry names ${id} but src/charts/${id}/spec.ts exports no specFor(lang)`);
  const spec = specFor(lang);
  if (spec.id !== id) throw new Error(`charts: src/charts/${id}/spec.ts describes ${spec.id}`);
  // Each drawing is made once per layout: five languages of pages, embeds, panels,
  // kits and exports ask for the same ones again and again.
  const drawn = new Map<string, string>();
  const svg = spec.svg.bind(spec);
  const memo: ChartSpec = {
    ...spec,
    svg(layout, standalone) {
      const k = `${layout}\n${standalone?.css ?? ''}`;
      if (!drawn.has(k)) drawn.set(k, svg(layout, standalone));
      return drawn.get(k)!;
    },
  };
  built.set(key, memo);
  return memo;
}

/** The English specs, for English-only uses. */
export const CHART_SPECS = Object.fromEntries(CHART_IDS.map((id) => [id, load(id, DEFAULT_LANG)])) as Record<ChartId, ChartSpec>;

/** The chart `id` drawn in `lang`: its words, numbers, dates and country names (built once per language). */
export function chartSpec(id: string, lang: Lang = DEFAULT_LANG): ChartSpec {
  if (!(CHART_IDS as readonly string[]).includes(id)) throw new Error(`Unknown chart id "${id}"; known: ${CHART_IDS.join(', ')}`);
  return load(id as ChartId, lang);
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
export function downloadSvg(id: ChartId, siteAddress: string, panel?: number, lang: Lang = DEFAULT_LANG): string {
  const t = useTranslations(lang);
  const spec = chartSpec(id, lang);
  const source = `${t('figure.source')} ${spec.source.datasets.map((d) => dataset(d, lang).credit).join(t('figure.source-sep'))}${t('figure.source-as-of', { asOf: asOfIn(t, spec.source.asOf) })}`;
  const chart = spec.svg('l', { css: standaloneCssFor(id) });
  const svg = credited(panel ? cropToPanel(chart, panel) : chart, {
    title: panel
      ? t('embed.panel-title', { title: spec.title, n: t.format.num(panel), count: t.format.num(panelCount(chart)) })
      : spec.title,
    takeaway: spec.takeaway,
    source,
    licence: t('embed.export.licence', { site: t('site.name'), url: siteAddress }),
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}

/** Plain-text sidecar: what the chart shows, where the numbers come from, as of when. */
export function sidecarText(id: ChartId, pageUrl: string, sourcesUrl: string, lang: Lang = DEFAULT_LANG): string {
  const t = useTranslations(lang);
  const spec = chartSpec(id, lang);
  const lines = [
    spec.title,
    '',
    spec.takeaway,
    '',
    t('figure.sidecar.sources'),
    ...spec.source.datasets.map((d) => {
      const ds = dataset(d, lang);
      return t('figure.sidecar.dataset', { title: ds.title, id: ds.id, files: ds.files.join(', '), asOf: ds.asOf, upstream: ds.upstream });
    }),
    t('figure.sidecar.keys', { keys: spec.source.keys.join(', ') }),
    t('figure.sidecar.described', { url: sourcesUrl }),
    '',
    t('figure.sidecar.as-of', { date: t.format.asOf(spec.source.asOf) }),
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

export { chartLang } from './kit/lang';
export { CHART_IDS, type ChartId, type ChartSpec };
