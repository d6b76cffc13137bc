/**
 * What an embed of each chart is: its page, the section it comes from, the
 * snippet offered to hosts, and its oEmbed description.
 */
import { absolute } from './url';
import { SITE_NAME } from './site';
import { t } from '../i18n';
import { CHART_IDS, CHART_SPECS, type ChartId } from '../charts';

export { CHART_IDS, type ChartId };

/** An embed is named by its figure's own title, so the iframe, oEmbed and page title agree with the chart. */
export const chartTitle = (chart: ChartId): string => CHART_SPECS[chart].title;

const fallbackHeight = (chart: ChartId): number => CHART_SPECS[chart].embedHeight;

export type Theme = 'auto' | 'light' | 'dark';

export interface EmbedOptions {
  theme?: Theme;
  plain?: boolean;
}

export function embedUrl(chart: ChartId, { theme = 'auto', plain = false }: EmbedOptions = {}): string {
  const url = new URL(absolute(`embed/${chart}/`));
  if (theme !== 'auto') url.searchParams.set('theme', theme);
  if (plain) url.searchParams.set('plain', '1');
  return url.href;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The iframe the site offers; the script tag is optional (it only fits the height). */
export function iframeSnippet(chart: ChartId, options: EmbedOptions = {}): string {
  return (
    `<iframe src="${escapeAttr(embedUrl(chart, options))}" title="${escapeAttr(t('embed.iframe-title', { title: chartTitle(chart), site: SITE_NAME }))}" ` +
    `width="100%" height="${fallbackHeight(chart)}" loading="lazy" style="border:0" data-mbt-embed="${chart}"></iframe>`
  );
}

export function embedSnippet(chart: ChartId, options: EmbedOptions = {}): string {
  return `${iframeSnippet(chart, options)}\n<script src="${absolute('embed.js')}" async></script>`;
}

export function oembed(chart: ChartId) {
  return {
    version: '1.0',
    type: 'rich',
    title: chartTitle(chart),
    provider_name: SITE_NAME,
    provider_url: absolute(''),
    html: embedSnippet(chart),
    width: 640,
    height: fallbackHeight(chart),
  };
}
