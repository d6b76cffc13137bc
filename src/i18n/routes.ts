/**
 * Where each language lives: English at the root, every other language under
 * /<lang>/ (astro.config `i18n`, prefixDefaultLocale false). Pages are written once
 * under src/pages/[...lang]/ and built for every language; a page or component
 * learns its language from Astro.currentLocale, and every link it draws stays in
 * that language through pathIn()/hrefIn().
 */
import { DEFAULT_LANG, isLang, langOfLocale, LANGUAGES, useTranslations, type Lang, type Translate } from './index';
import { absolute, href } from '../lib/url';

export const LANGS = Object.keys(LANGUAGES) as Lang[];

/** The language of the page being rendered (Astro.currentLocale; English when none). */
export const langOf = (astro: { currentLocale?: string | undefined }): Lang => langOfLocale(astro.currentLocale);

/** The `lang` route parameter of each language: none for English, which stays at the root. */
export const langParam = (lang: Lang): string | undefined => (lang === DEFAULT_LANG ? undefined : lang);

/** getStaticPaths for a page that exists once per language. */
export const languagePaths = () => LANGS.map((lang) => ({ params: { lang: langParam(lang) } }));

/** Files every language shares: the dataset files, the icon, the sitemap, the embed script. */
const SHARED = /^(?:data\/files\/|favicon\.svg$|sitemap-index\.xml$|embed\.js$|robots\.txt$)/;

/**
 * A site path in a language: "about/" → "fr/about/". An in-page anchor ("#x") and a
 * file every language shares (SHARED) are left alone.
 */
export function pathIn(lang: Lang, path = ''): string {
  const bare = path.replace(/^\//, '');
  if (lang === DEFAULT_LANG || bare.startsWith('#') || SHARED.test(bare)) return bare;
  return `${lang}/${bare}`;
}

/** The site path with its language prefix removed: "fr/about/" → "about/". */
export function unlocalised(path: string): string {
  const bare = path.replace(/^\//, '');
  const first = bare.split('/')[0];
  return isLang(first) && first !== DEFAULT_LANG ? bare.slice(first.length + 1) : bare;
}

export const hrefIn = (lang: Lang, path = '') => href(pathIn(lang, path));
export const absoluteIn = (lang: Lang, path = '') => absolute(pathIn(lang, path));

export interface PageLanguage {
  lang: Lang;
  t: Translate;
  /** A base-aware link to a site path in this page's language. */
  href: (path?: string) => string;
  /** The absolute URL of a site path in this page's language. */
  absolute: (path?: string) => string;
}

/** Everything a page or component needs to speak its page's language. */
export function pageLanguage(astro: { currentLocale?: string | undefined }): PageLanguage {
  const lang = langOf(astro);
  return { lang, t: useTranslations(lang), href: (p) => hrefIn(lang, p), absolute: (p) => absoluteIn(lang, p) };
}

type PathEntry = { params: Record<string, string | undefined>; props?: Record<string, unknown> };

/**
 * getStaticPaths for a page with its own parameters, built once per language: the
 * language's entries get its `lang` parameter (none for English) and `lang` in props.
 */
export async function inEveryLanguage<P extends PathEntry>(paths: (lang: Lang) => P[] | Promise<P[]>) {
  const all = await Promise.all(
    LANGS.map(async (lang) =>
      (await paths(lang)).map((p) => ({ ...p, params: { ...p.params, lang: langParam(lang) }, props: { ...p.props, lang } })),
    ),
  );
  return all.flat();
}
