/** Names and fixed copy used by every page. */
export const SITE_NAME = 'The Mine Ban Treaty, explained';
export const SITE_TAGLINE = 'US mines for Ukraine, the 1997 Ottawa Convention and the human cost of landmines';
export const LICENCE = 'Text and charts CC BY 4.0; code MIT';
export const NAV = [
  { path: '', label: 'Explainer' },
  { path: 'timeline/', label: 'Timeline' },
  { path: 'glossary/', label: 'Glossary' },
  { path: 'sources/', label: 'Sources' },
  { path: 'teach/', label: 'For teachers' },
  { path: 'about/', label: 'About' },
] as const;
