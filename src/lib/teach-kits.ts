/** Each section with its classroom kit and the glossary entries its text uses. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sectionsInOrder, type Section } from './sections';
import { termIds } from './teach';

export type KitData = CollectionEntry<'teachKits'>['data'];

export interface Kit {
  section: Section;
  kit: KitData;
  terms: { id: string; term: string; definition: string }[];
}

export async function kitsInOrder(): Promise<Kit[]> {
  const kits = new Map((await getCollection('teachKits')).map((k) => [k.data.section, k.data]));
  const glossary = new Map((await getCollection('glossary')).map((g) => [g.id, g.data]));
  return (await sectionsInOrder()).map((section) => {
    const kit = kits.get(section.data.id);
    if (!kit) throw new Error(`No classroom kit for section "${section.data.id}" (content/teach/sections/${section.data.id}.yaml)`);
    const terms = termIds(section.body ?? '').map((id) => {
      const entry = glossary.get(id);
      if (!entry) throw new Error(`Section "${section.data.id}" uses unknown glossary term "${id}"`);
      return { id, term: entry.term, definition: entry.definition };
    });
    return { section, kit, terms };
  });
}

/** A kit's two pages, the teacher's kit and the student worksheet, are made for the same sections from the same props. */
export interface KitPageProps {
  kit: Kit;
}

export async function kitPagePaths(): Promise<{ params: { id: string }; props: KitPageProps }[]> {
  return (await kitsInOrder()).map((kit) => ({ params: { id: kit.section.data.id }, props: { kit } }));
}
