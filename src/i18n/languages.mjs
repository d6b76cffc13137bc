// The site's languages: English, the source, at the root; each translation under /<code>/.
// Plain JavaScript so that astro.config.mjs (routing, sitemap), the test scripts
// (scripts/lib/languages.mjs) and src/i18n (strings, formats) all read this one list.

/** English first: the default locale, served without a prefix. */
export const LOCALES = ['en', 'fr', 'es', 'uk', 'km'];

export const DEFAULT_LOCALE_CODE = 'en';
