/**
 * The one list of charts. A chart is a folder of this name holding spec.ts
 * (and, if its figure is not the shared one, Figure.astro); the content schema,
 * the routes, the embeds and the tests all read their ids from here. Kept free
 * of imports so the content config can read it without loading the data.
 */
export const CHART_IDS = ['membership-timeline', 'membership-map', 'cambodia-casualties', 'global-casualties', 'withdrawal-clock'] as const;

export type ChartId = (typeof CHART_IDS)[number];
