/** Names and fixed copy used by every page (words from content/strings). */
import { t } from '../i18n';

export const SITE_NAME = t('site.name');
export const SITE_TAGLINE = t('site.tagline');
export const LICENCE = t('site.licence');
export const NAV = [
  { path: '', label: t('site.nav.explainer') },
  { path: 'timeline/', label: t('site.nav.timeline') },
  { path: 'glossary/', label: t('site.nav.glossary') },
  { path: 'sources/', label: t('site.nav.sources') },
  { path: 'data/', label: t('reading.nav.data') },
  { path: 'embed/', label: t('reading.nav.embed') },
  { path: 'teach/', label: t('site.nav.teach') },
  { path: 'about/', label: t('site.nav.about') },
] as const;
