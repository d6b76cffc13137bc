/**
 * The language a chart is drawn in. Chart components read it from
 * Astro.currentLocale, which Astro sets from the page's path when i18n routing
 * is configured (a locale segment such as /fr/, else the default locale) and
 * leaves undefined otherwise: pages never pass it. A locale given as a region
 * code ("fr-FR") still finds its language.
 */
import { DEFAULT_LANG, LANGUAGES, type Lang, type Translate, type Vars } from '../../i18n';

const isLang = (code: string): code is Lang => Object.hasOwn(LANGUAGES, code);

export function chartLang(locale: string | undefined): Lang {
  if (!locale) return DEFAULT_LANG;
  const code = locale.toLowerCase();
  if (isLang(code)) return code;
  const base = code.split(/[-_]/)[0];
  if (isLang(base)) return base;
  throw new Error(`charts: no language "${locale}" in LANGUAGES (src/i18n/index.ts)`);
}

/**
 * A count's string in its plural form (t.plural), or the "other" form where
 * neither the language's file nor English has the count's category: English
 * has no "few", which Ukrainian needs before its translators' file is in.
 */
export function plural(t: Translate, key: string, count: number, vars?: Vars): string {
  try {
    return t.plural(key, count, vars);
  } catch {
    return t(`${key}.other`, vars);
  }
}
