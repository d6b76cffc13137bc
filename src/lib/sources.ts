/**
 * Every source the site cites: articles first (in seed order), then the Convention,
 * then datasets. A page numbers its notes in reading order (src/lib/citations.ts).
 */
import { getCollection } from 'astro:content';
import { t as english, isLang, type Translate } from '../i18n';
import { datasetsIn } from '../i18n/content';

export interface SourceEntry {
  key: string;
  label: string;
  kind: 'news' | 'wire' | 'advocacy' | 'treaty' | 'dataset';
}

/** How each kind of source is named to readers, in the notes and on /sources/ (content/strings, `sources.kind`). */
export const KIND_LABEL = english.all('sources.kind') as Record<SourceEntry['kind'], string>;

const cache = new Map<string, SourceEntry[]>();

/** Every source, labelled in `t`'s language: an article's date as that language writes it. */
export async function allSources(t: Translate = english): Promise<SourceEntry[]> {
  const cached = cache.get(t.lang);
  if (cached) return cached;
  const articles = (await getCollection('sources')).sort((a, b) => (a.data.seed ?? '999').localeCompare(b.data.seed ?? '999'));
  // A dataset's as-of words in the page's language (its title stays as published).
  const datasets = isLang(t.lang) ? await datasetsIn(t.lang) : await getCollection('datasets');
  const entries: SourceEntry[] = [
    ...articles.map((a) => ({
      key: a.id,
      label: `${a.data.outlet}${a.data.author ? `, ${a.data.author}` : ''}, ${t.format.date(a.data.date)}${t('l10n.colon')} ${a.data.title}`,
      kind: a.data.kind,
    })),
    ...datasets.map((d) => ({
      key: d.id,
      label: t('sources.dataset-label', { title: d.data.title, asOf: d.data.asOf }),
      kind: 'dataset' as const,
    })),
  ];
  cache.set(t.lang, entries);
  return entries;
}

export async function sourceByKey(key: string, t: Translate = english): Promise<SourceEntry> {
  const found = (await allSources(t)).find((s) => s.key === key);
  if (!found) throw new Error(`Unknown source key "${key}" (see content/sources.yaml and content/datasets.yaml)`);
  return found;
}
