/** Names and fixed copy used by every page (words from content/strings). */
import { t, useTranslations, type Lang } from '../i18n';

/** The site's name, tagline, licence and navigation in a language. */
export function siteIn(lang: Lang) {
  const tr = useTranslations(lang);
  return {
    name: tr('site.name'),
    tagline: tr('site.tagline'),
    licence: tr('site.licence'),
    nav: [
      { path: '', label: tr('site.nav.explainer') },
      { path: 'timeline/', label: tr('site.nav.timeline') },
      { path: 'glossary/', label: tr('site.nav.glossary') },
      { path: 'sources/', label: tr('site.nav.sources') },
      { path: 'data/', label: tr('reading.nav.data') },
      { path: 'embed/', label: tr('reading.nav.embed') },
      { path: 'teach/', label: tr('site.nav.teach') },
      { path: 'about/', label: tr('site.nav.about') },
    ],
  } as const;
}

export const SITE_NAME = t('site.name');
export const SITE_TAGLINE = t('site.tagline');
export const LICENCE = t('site.licence');
export const NAV = siteIn('en').nav;
