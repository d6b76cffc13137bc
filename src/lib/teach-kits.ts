/** Each section with its classroom kit and the glossary entries its text uses. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sectionsInOrder, type Section } from './sections';
import { termIds } from './teach';
import { DEFAULT_LANG, type Lang } from '../i18n';
import { localiseCollection, localiseKit } from '../i18n/content';
import { inEveryLanguage } from '../i18n/routes';

export type KitData = CollectionEntry<'teachKits'>['data'];

export interface Kit {
  section: Section;
  kit: KitData;
  terms: { id: string; term: string; definition: string }[];
}

export async function kitsInOrder(lang: Lang = DEFAULT_LANG): Promise<Kit[]> {
  const kits = new Map((await getCollection('teachKits')).map((k) => [k.data.section, k.data]));
  const glossary = new Map(localiseCollection(lang, 'glossary.yaml', await getCollection('glossary')).map((g) => [g.id, g.data]));
  return (await sectionsInOrder(lang)).map((section) => {
    const english = kits.get(section.data.id);
    const kit = english && localiseKit(lang, section.data.id, english);
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

/** getStaticPaths of the kit page and its worksheet: one per section, in every language. */
export function kitPagePaths() {
  return inEveryLanguage(async (lang) => (await kitsInOrder(lang)).map((kit) => ({ params: { id: kit.section.data.id }, props: { kit } })));
}
