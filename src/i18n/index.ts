/**
 * Every word the site shows comes from content/strings/<lang>.yaml, read through
 * t(): the strings are nested maps whose dotted path is the key
 * ("figure.data-table"), with {placeholders} filled from the values passed.
 * Format numbers and dates with the locale's formatter (src/format.ts) before
 * passing them: t() inserts values as they are. A key missing from another
 * language falls back to English, as Starlight's t() does; a key missing from
 * English, or a placeholder left unfilled, stops the build.
 */
import { parse } from 'yaml';
import en from '../../content/strings/en.yaml?raw';
import { afterValue, asOfKind, DEFAULT_LOCALE, formatter, type Formatter } from '../format';
import { typeset } from './typeset.mjs';
import type { LOCALES } from './languages.mjs';

type Tree = { [key: string]: string | Tree };

/** Every other language's strings, if its file exists yet: a missing key falls back to English. */
const translated = import.meta.glob<string>('../../content/strings/*.yaml', { query: '?raw', import: 'default', eager: true });
const stringsOf = (lang: string) => translated[`../../content/strings/${lang}.yaml`] ?? '';

/**
 * One line per language: its strings file, its <html lang>, its Intl locale and its
 * name in itself (for the language switcher). English is the source and stays at the root.
 */
export const LANGUAGES = {
  en: { strings: en, lang: 'en', intl: DEFAULT_LOCALE, autonym: 'English' },
  fr: { strings: stringsOf('fr'), lang: 'fr', intl: 'fr-FR', autonym: 'Français' },
  es: { strings: stringsOf('es'), lang: 'es', intl: 'es-ES', autonym: 'Español' },
  uk: { strings: stringsOf('uk'), lang: 'uk', intl: 'uk-UA', autonym: 'Українська' },
  km: { strings: stringsOf('km'), lang: 'km', intl: 'km-KH', autonym: 'ខ្មែរ' },
  // One line for each language of the routing's list (src/i18n/languages.mjs), no more, no fewer.
} as const satisfies Record<(typeof LOCALES)[number], unknown>;

export type Lang = keyof typeof LANGUAGES;
export const DEFAULT_LANG: Lang = 'en';

/** Languages whose script needs the site's own font, which loads only on their own pages (src/styles/khmer.css). */
export const OWN_FONT: readonly Lang[] = ['km'];

/**
 * A language in a list a page cannot draw in (an <option>): its autonym, or, where the
 * page lacks its font, the page language's own name for it (Intl) with the autonym after.
 */
export function languageOption(l: Lang, page: Lang): { text: string; lang?: string } {
  if (l === page || !OWN_FONT.includes(l)) return { text: LANGUAGES[l].autonym, lang: LANGUAGES[l].lang };
  const name = new Intl.DisplayNames(LANGUAGES[page].intl, { type: 'language' }).of(LANGUAGES[l].lang) ?? LANGUAGES[l].autonym;
  return { text: `${name} (${LANGUAGES[l].autonym})` };
}

export const isLang = (value: unknown): value is Lang => typeof value === 'string' && Object.hasOwn(LANGUAGES, value);

/**
 * The language of a locale as Astro gives it (Astro.currentLocale: the path's locale
 * segment, undefined without i18n routing); a region code ("fr-FR") finds its language.
 */
export function langOfLocale(locale: string | undefined): Lang {
  if (!locale) return DEFAULT_LANG;
  const code = locale.toLowerCase();
  if (isLang(code)) return code;
  const base = code.split(/[-_]/)[0];
  if (isLang(base)) return base;
  throw new Error(`i18n: no language "${locale}" in LANGUAGES (src/i18n/index.ts)`);
}

function flatten(tree: Tree, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else flatten(v, key, out);
  }
  return out;
}

const dictionaries = new Map(
  Object.entries(LANGUAGES).map(([lang, l]) => {
    const strings = flatten((parse(l.strings) ?? {}) as Tree);
    for (const [key, value] of strings) strings.set(key, typeset(lang, value));
    return [lang, strings];
  }),
);

export type Vars = Record<string, string | number>;

export interface Translate {
  (key: string, vars?: Vars): string;
  /** The template itself, placeholders unfilled (for client scripts that fill them later). */
  raw(key: string): string;
  /** Every string under a prefix, keyed by the rest of its path (e.g. the status names). */
  all(prefix: string): Record<string, string>;
  /** The string for a count's plural category: plural('x.joins', 2, …) reads "x.joins.other". */
  plural(key: string, count: number, vars?: Vars): string;
  lang: string;
  format: Formatter;
}

export function fill(template: string, vars: Vars = {}, key = template): string {
  // Split on placeholders: odd parts are names. The text after a value loses a full stop the value already ends with.
  const parts = template.split(/\{([\w-]+)\}/);
  let out = parts[0];
  for (let k = 1; k < parts.length; k += 2) {
    const name = parts[k];
    if (!(name in vars)) throw new Error(`strings: "${key}" needs {${name}}`);
    const value = String(vars[name]);
    out += value + afterValue(value, parts[k + 1]);
  }
  return out;
}

export function useTranslations(lang: Lang = DEFAULT_LANG): Translate {
  const own = dictionaries.get(lang)!;
  const fallback = dictionaries.get(DEFAULT_LANG)!;
  const lookup = (key: string) => {
    const s = own.get(key) ?? fallback.get(key);
    if (s === undefined) throw new Error(`strings: no "${key}" in content/strings/${DEFAULT_LANG}.yaml`);
    return s;
  };
  const t = ((key: string, vars?: Vars) => fill(lookup(key), vars, key)) as Translate;
  t.raw = lookup;
  t.all = (prefix) =>
    Object.fromEntries([...fallback.keys()].filter((k) => k.startsWith(`${prefix}.`)).map((k) => [k.slice(prefix.length + 1), lookup(k)]));
  t.lang = LANGUAGES[lang].lang;
  t.format = formatter(LANGUAGES[lang].intl);
  t.plural = (key, count, vars) => t(`${key}.${t.format.plural(count)}`, vars);
  return t;
}

/**
 * An "as of" value with the words `t`'s language puts before it: "as of 20 February 2026",
 * "au 20 février 2026", "en février 2026", "станом на 2023 рік" (content/strings, l10n.as-of).
 */
export const asOfIn = (t: Translate, value: string): string =>
  t(`l10n.as-of.${asOfKind(value)}`, { date: t.format.asOf(value), year: value, words: value });

/** The site's language; a page in another language calls useTranslations(its lang). */
export const t = useTranslations();
