/**
 * A chart folder may carry its own chart.css (its marks). Pages link it only where
 * that chart is drawn, like styles/charts.css, so pages without the chart load none of it.
 */
const urls = import.meta.glob<string>('../*/chart.css', { eager: true, query: '?url', import: 'default' });

/** The built URL of the chart's own stylesheet, or undefined when its folder has none. */
export const ownChartCss = (id: string): string | undefined => urls[`../${id}/chart.css`];
