/**
 * The language a chart is drawn in. Chart components read it from
 * Astro.currentLocale, which Astro sets from the page's path when i18n routing
 * is configured (a locale segment such as /fr/, else the default locale) and
 * leaves undefined otherwise: pages never pass it. A locale given as a region
 * code ("fr-FR") still finds its language.
 */
import { langOfLocale, type Translate, type Vars } from '../../i18n';

export const chartLang = langOfLocale;

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
