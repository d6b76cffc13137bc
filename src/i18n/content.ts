/**
 * The site's content in a language: content/l10n/<lang>/ mirrors content/ (docs/L10N.md
 * layout agreed with the translators). A translated file replaces only the prose of the
 * entries it has, matched by id; every id, date, url, number and source list stays the
 * English file's, and an entry or file not translated yet shows the English.
 */
import { getCollection } from 'astro:content';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { parse } from 'yaml';
import EnglishSummary from '../../content/pages/home-summary.mdx';
import { corrections, type CorrectionEntry } from '../lib/corrections';
import { quotes, type QuoteEntry } from '../lib/quotes';
import { DEFAULT_LANG, type Lang } from './index';
import { TRANSLATED_FIELDS, type ListFile } from './fields';
import { typeset } from './typeset.mjs';

const yamlFiles = import.meta.glob<string>(['../../content/l10n/*/*.yaml', '../../content/l10n/*/teach/sections/*.yaml'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** A translated content file, parsed, or undefined when the language has none yet. */
const parsed = new Map<string, unknown>();
export function translatedFile(lang: Lang, name: string): unknown {
  if (lang === DEFAULT_LANG) return undefined;
  const key = `../../content/l10n/${lang}/${name}`;
  if (!parsed.has(key)) parsed.set(key, yamlFiles[key] === undefined ? undefined : parse(yamlFiles[key]));
  return parsed.get(key);
}

/** Which translated files a language has (content paths relative to content/l10n/<lang>/). */
export function translatedFiles(lang: Lang): string[] {
  const prefix = `../../content/l10n/${lang}/`;
  return Object.keys(yamlFiles)
    .filter((k) => k.startsWith(prefix))
    .map((k) => k.slice(prefix.length));
}

type Entry = { id: string } & Record<string, unknown>;

/** English entries with each translated entry's prose laid over them (by id). */
export function localiseEntries<T extends { id: string }>(lang: Lang, file: ListFile, english: T[]): T[] {
  const translated = translatedFile(lang, file);
  if (!Array.isArray(translated)) return english;
  const byId = new Map((translated as Entry[]).map((e) => [e.id, e]));
  return english.map((entry) => {
    const own = byId.get(entry.id);
    if (!own) return entry;
    // A link's label is prose; its url is not.
    const set = (v: unknown): unknown =>
      typeof v === 'string'
        ? typeset(lang, v)
        : Array.isArray(v)
          ? v.map(set)
          : v && typeof v === 'object'
            ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === 'url' ? x : set(x)]))
            : v;
    const prose = Object.fromEntries(TRANSLATED_FIELDS[file].filter((f) => own[f] !== undefined).map((f) => [f, set(own[f])]));
    return { ...entry, ...prose };
  });
}

/** Like localiseEntries, for content-collection entries (the prose sits in `data`). */
export function localiseCollection<T extends { id: string; data: object }>(lang: Lang, file: ListFile, english: T[]): T[] {
  const data = localiseEntries(
    lang,
    file,
    english.map((e) => ({ ...e.data, id: e.id })),
  );
  return english.map((e, k) => ({ ...e, data: { ...e.data, ...data[k], id: (e.data as { id?: string }).id ?? e.id } }));
}

/** A section's classroom kit with its translated text (content/l10n/<lang>/teach/sections/<id>.yaml) when there is one. */
export function localiseKit<T extends object>(lang: Lang, sectionId: string, english: T): T {
  const own = translatedFile(lang, `teach/sections/${sectionId}.yaml`);
  if (!own || typeof own !== 'object') return english;
  // Structure, minutes, chart ids and cites stay English; only the wording comes from the translation.
  const merge = (en: unknown, tr: unknown): unknown => {
    if (typeof en === 'string') return typeof tr === 'string' ? typeset(lang, tr) : en;
    if (Array.isArray(en)) return en.map((item, k) => merge(item, Array.isArray(tr) ? tr[k] : undefined));
    if (en && typeof en === 'object') {
      const t = (tr && typeof tr === 'object' ? tr : {}) as Record<string, unknown>;
      return Object.fromEntries(Object.entries(en).map(([k, v]) => [k, ['section', 'chart', 'cites'].includes(k) ? v : merge(v, t[k])]));
    }
    return en;
  };
  return merge(english, own) as T;
}

/* The content collections and registries in a language (English where no translation exists). */

export const glossaryIn = async (lang: Lang) => localiseCollection(lang, 'glossary.yaml', await getCollection('glossary'));
export const timelineIn = async (lang: Lang) => localiseCollection(lang, 'timeline.yaml', await getCollection('timeline'));
export const sourcesIn = async (lang: Lang) => localiseCollection(lang, 'sources.yaml', await getCollection('sources'));
export const datasetsIn = async (lang: Lang) => localiseCollection(lang, 'datasets.yaml', await getCollection('datasets'));
export const teachIn = async (lang: Lang) => localiseCollection(lang, 'teach.yaml', await getCollection('teach'));
export const correctionsIn = (lang: Lang): CorrectionEntry[] => localiseEntries(lang, 'corrections.yaml', corrections);

/** A quotation in a language: `translation` is set when the language's quotes.yaml translates the words. */
export type LocalQuote = QuoteEntry & { translation?: string };
export const quotesIn = (lang: Lang): LocalQuote[] => localiseEntries<LocalQuote>(lang, 'quotes.yaml', quotes);

const summaries = import.meta.glob<AstroComponentFactory>('../../content/l10n/*/pages/home-summary.mdx', {
  import: 'default',
  eager: true,
});
/** The home page's summary (an MDX component) in a language. */
export const homeSummaryIn = (lang: Lang): AstroComponentFactory =>
  summaries[`../../content/l10n/${lang}/pages/home-summary.mdx`] ?? (EnglishSummary as AstroComponentFactory);
