/**
 * Every source the site cites: articles first (in seed order), then the Convention,
 * then datasets. A page numbers its notes in reading order (src/lib/citations.ts).
 */
import { getCollection } from 'astro:content';
import { t } from '../i18n';

export interface SourceEntry {
  key: string;
  label: string;
  kind: 'news' | 'wire' | 'advocacy' | 'treaty' | 'dataset';
}

/** How each kind of source is named to readers, in the notes and on /sources/ (content/strings, `sources.kind`). */
export const KIND_LABEL = t.all('sources.kind') as Record<SourceEntry['kind'], string>;

let cache: SourceEntry[] | undefined;

export async function allSources(): Promise<SourceEntry[]> {
  if (cache) return cache;
  const articles = (await getCollection('sources')).sort((a, b) => (a.data.seed ?? '999').localeCompare(b.data.seed ?? '999'));
  const datasets = await getCollection('datasets');
  cache = [
    ...articles.map((a) => ({
      key: a.id,
      label: `${a.data.outlet}${a.data.author ? `, ${a.data.author}` : ''}, ${a.data.date}: ${a.data.title}`,
      kind: a.data.kind,
    })),
    ...datasets.map((d) => ({
      key: d.id,
      label: t('sources.dataset-label', { title: d.data.title, asOf: d.data.asOf }),
      kind: 'dataset' as const,
    })),
  ];
  return cache;
}

export async function sourceByKey(key: string): Promise<SourceEntry> {
  const found = (await allSources()).find((s) => s.key === key);
  if (!found) throw new Error(`Unknown source key "${key}" (see content/sources.yaml and content/datasets.yaml)`);
  return found;
}
