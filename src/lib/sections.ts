/** The explainer's sections in reading order, with word counts for reading time. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { DEFAULT_LANG, type Lang } from '../i18n';
import { typeset } from '../i18n/typeset.mjs';
import { wordCountIn } from './readability';

export type Section = CollectionEntry<'sections'>;

let translations: Promise<CollectionEntry<'translatedSections'>[]> | undefined;

/** The sections in a language: each translated file (content/l10n/<lang>/sections/) in place of its English one. */
export async function sectionsInOrder(lang: Lang = DEFAULT_LANG): Promise<Section[]> {
  const english = (await getCollection('sections')).sort((a, b) => a.data.order - b.data.order);
  if (lang === DEFAULT_LANG) return english;
  translations ??= getCollection('translatedSections');
  const own = new Map((await translations).filter((s) => s.id.startsWith(`${lang}/`)).map((s) => [s.data.id, s]));
  // Same front matter, another collection: render() reads the entry's own collection, so it renders the translation.
  return english.map((s) => {
    const t = own.get(s.data.id) as unknown as Section | undefined;
    return t ? { ...t, data: { ...t.data, title: typeset(lang, t.data.title), summary: typeset(lang, t.data.summary) } } : s;
  });
}

/** Words a reader reads: the summary and the body without MDX tags, imports or attributes. */
export function wordCount(section: Section, lang: Lang = DEFAULT_LANG): number {
  const body = (section.body ?? '')
    .replace(/^import .*$/gm, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/[{}*_#>`[\]()]/g, ' ');
  const text = [section.data.summary, body].join(' ');
  return lang === DEFAULT_LANG ? text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length : wordCountIn(text, lang);
}

/** Minutes at 220 words a minute, at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 220));
}

/** Site path of the page that holds every data table of a section's charts (see sections/[id]/tables.astro). */
export const tablesPathOf = (sectionId: string) => ['sections', sectionId, 'tables', ''].join('/');

/** The section that places a chart: its page carries the figure, its tables page the values. */
export async function homeOf(chart: string, lang: Lang = DEFAULT_LANG): Promise<Section> {
  const home = (await sectionsInOrder(lang)).find((s) => (s.data.charts as string[]).includes(chart));
  if (!home) throw new Error('sections: no section lists the chart ' + chart);
  return home;
}
