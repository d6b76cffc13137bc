/**
 * What an embed of each chart is: its page, the section it comes from, the
 * snippet offered to hosts, and its oEmbed description. A chart drawn in several
 * panels is also offered one panel at a time (embed/<chart>/panel-<n>/), so each
 * offered embed stays compact; the whole-figure address keeps working.
 */
import { absolute } from './url';
import { siteIn } from './site';
import { DEFAULT_LANG, useTranslations, type Lang } from '../i18n';
import { absoluteIn } from '../i18n/routes';
import { CHART_IDS, CHART_SPECS, chartSpec, type ChartId } from '../charts';
import { panelCount } from '../charts/kit/panels';
import { iframeHtml, snippetHtml, type SnippetFields } from './embed-snippet';

export { CHART_IDS, type ChartId };

/** An embed is named by its figure's own title, so the iframe, oEmbed and page title agree with the chart. */
export const chartTitle = (chart: ChartId, lang: Lang = DEFAULT_LANG): string => chartSpec(chart, lang).title;

export interface Embed {
  /** Names the iframe (data-mbt-embed) and the height messages: the chart id, or <chart>-panel-<n>. */
  key: string;
  chart: ChartId;
  /** 1-based panel of a multi-panel chart; absent for the whole figure. */
  panel?: number;
  /** How many panels the chart has (1 for a single drawing). */
  panels: number;
  /** Site path of the embed page, without its language prefix. */
  path: string;
  /** The language the embed page is in. */
  lang: Lang;
  title: string;
}

/**
 * The height a frame has before the embed says its own (no host script, or before
 * it runs): the compact embed's tallest at 640 px and wider, within the 650 px budget.
 * A multi-panel whole figure is taller; it keeps its chart's own fallback.
 */
const COMPACT_FALLBACK = 650;

function embedsOf(chart: ChartId, lang: Lang): Embed[] {
  const t = useTranslations(lang);
  const panels = panelCount(CHART_SPECS[chart].svg('l'));
  const whole: Embed = { key: chart, chart, panels, path: `embed/${chart}/`, lang, title: chartTitle(chart, lang) };
  if (panels === 1) return [whole];
  const parts = Array.from({ length: panels }, (_, k) => ({
    key: `${chart}-panel-${k + 1}`,
    chart,
    panel: k + 1,
    panels,
    path: `embed/${chart}/panel-${k + 1}/`,
    lang,
    title: t('embed.panel-title', { title: chartTitle(chart, lang), n: k + 1, count: panels }),
  }));
  return [whole, ...parts];
}

/** Every embed page the site builds, whole figures first within each chart. */
const byLang = new Map<Lang, Embed[]>();
export function embedsIn(lang: Lang): Embed[] {
  if (!byLang.has(lang))
    byLang.set(
      lang,
      CHART_IDS.flatMap((chart) => embedsOf(chart, lang)),
    );
  return byLang.get(lang)!;
}

/** Every embed page of the English site (each language has the same set: embedsIn). */
export const EMBEDS: Embed[] = embedsIn(DEFAULT_LANG);

/** The embeds the dialog and the gallery offer: each panel of a multi-panel chart, or the one drawing. */
export const offeredEmbeds = (chart: ChartId, lang: Lang = DEFAULT_LANG): Embed[] => {
  const all = embedsIn(lang).filter((e) => e.chart === chart);
  return all.length > 1 ? all.filter((e) => e.panel) : all;
};

export const embedOf = (key: string, lang: Lang = DEFAULT_LANG): Embed => {
  const found = embedsIn(lang).find((e) => e.key === key);
  if (!found) throw new Error(`no embed ${key}`);
  return found;
};

const fallbackHeight = (e: Embed): number => (e.panels > 1 && !e.panel ? CHART_SPECS[e.chart].embedHeight : COMPACT_FALLBACK);

export type Theme = 'auto' | 'light' | 'dark';

/** The on/off options an embed reads from its address (src/scripts/embed-child.ts), in URL order. */
export const EMBED_FLAGS = ['plain', 'transparent', 'static'] as const;
export type EmbedFlag = (typeof EMBED_FLAGS)[number];

export interface EmbedOptions extends Partial<Record<EmbedFlag, boolean>> {
  theme?: Theme;
}

const asEmbed = (e: Embed | ChartId): Embed => (typeof e === 'string' ? embedOf(e) : e);

export function embedUrl(embed: Embed | ChartId, options: EmbedOptions = {}): string {
  const e = asEmbed(embed);
  const url = new URL(absoluteIn(e.lang, e.path));
  if (options.theme && options.theme !== 'auto') url.searchParams.set('theme', options.theme);
  for (const flag of EMBED_FLAGS) if (options[flag]) url.searchParams.set(flag, '1');
  return url.href;
}

/** What sets one embed's snippet apart from another's (src/lib/embed-snippet.ts writes the words around them). */
export function snippetFields(embed: Embed | ChartId, options: EmbedOptions = {}): SnippetFields {
  const e = asEmbed(embed);
  const t = useTranslations(e.lang);
  return {
    src: embedUrl(e, options),
    title: t('embed.iframe-title', { title: e.title, site: siteIn(e.lang).name }),
    height: fallbackHeight(e),
    key: e.key,
  };
}

/** The iframe the site offers; the script tag is optional (it only fits the height). */
export const iframeSnippet = (embed: Embed | ChartId, options: EmbedOptions = {}): string => iframeHtml(snippetFields(embed, options));

export const embedSnippet = (embed: Embed | ChartId, options: EmbedOptions = {}): string =>
  snippetHtml(snippetFields(embed, options), absolute('embed.js'));

export function oembed(embed: Embed | ChartId) {
  const e = asEmbed(embed);
  return {
    version: '1.0',
    type: 'rich',
    title: e.title,
    provider_name: siteIn(e.lang).name,
    provider_url: absoluteIn(e.lang, ''),
    html: embedSnippet(e),
    width: 640,
    height: fallbackHeight(e),
  };
}
