/** The explainer's sections in reading order, with word counts for reading time. */
import { getCollection, type CollectionEntry } from 'astro:content';

export type Section = CollectionEntry<'sections'>;

export async function sectionsInOrder(): Promise<Section[]> {
  return (await getCollection('sections')).sort((a, b) => a.data.order - b.data.order);
}

/** Words a reader reads: the summary and the body without MDX tags, imports or attributes. */
export function wordCount(section: Section): number {
  const body = (section.body ?? '')
    .replace(/^import .*$/gm, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/[{}*_#>`[\]()]/g, ' ');
  return `${section.data.summary} ${body}`.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Minutes at 220 words a minute, at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 220));
}
