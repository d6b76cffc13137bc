/**
 * The quotation registry: every quoted word is something its source says, and no quotation
 * reaches a reader without the name of whoever said it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import Quote from '../../src/components/Quote.astro';
import { CHART_SPECS } from '../../src/charts';
import { namesSpeaker, quotes } from '../../src/lib/quotes';
import { inSeed, root } from './seeds';

const read = (rel: string) => fs.readFileSync(path.join(root, rel), 'utf8');
const flat = (s: string) =>
  s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .toLowerCase();
const articles = parseYaml(read('content/sources.yaml')) as { id: string; seed?: string }[];
/** Sources held in the repository, searched as text. */
const committed: Record<string, string> = {
  convention: read('content/treaty-articles.md'),
  'cambodia-data': read('content/data/casualties/cambodia_statements.csv'),
  'global-data': read('content/data/casualties/global_by_year.csv'),
};

function saidIn(source: string, words: string): boolean {
  const seed = articles.find((a) => a.id === source)?.seed;
  if (seed) return inSeed(seed, words);
  if (committed[source]) return flat(committed[source]).includes(flat(words));
  throw new Error(`no text to check quotations from source "${source}" against`);
}

const sections = fs
  .readdirSync(path.join(root, 'content/sections'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ file: f, body: read(`content/sections/${f}`) }))
  // The home page's opening paragraph quotes too.
  .concat({ file: 'home-summary.mdx', body: read('content/pages/home-summary.mdx') });

describe('quotation registry', () => {
  it('has unique ids, a speaker, a date and at least one way to name the speaker', () => {
    expect(new Set(quotes.map((q) => q.id)).size).toBe(quotes.length);
    for (const q of quotes) {
      expect(q.speaker.length, q.id).toBeGreaterThan(2);
      if (q.date) expect(q.date, q.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      else expect(q.dateNote, `${q.id} has neither a date nor a note saying why`).toBeTruthy();
      expect(q.names.length, q.id).toBeGreaterThan(0);
    }
  });

  for (const q of quotes) {
    it(`${q.id}: "${q.words}" is word for word in ${q.source}`, () => {
      expect(saidIn(q.source, q.words)).toBe(true);
    });
  }

  it('is used: every entry appears on the site', () => {
    const everywhere = [
      ...sections.map((s) => s.body),
      ...['content/glossary.yaml', 'content/timeline.yaml', 'content/teach.yaml', 'content/sources.yaml'].map(read),
      ...Object.values(CHART_SPECS).flatMap((c) => [c.title, c.takeaway, c.desc, ...c.notes]),
    ].join('\n');
    for (const q of quotes) {
      const used = everywhere.includes(`<Quote id="${q.id}"`) || flat(everywhere).includes(flat(q.words));
      expect(used, `${q.id} is never used`).toBe(true);
    }
  });
});

describe('<Quote>', () => {
  for (const { file, body } of sections) {
    it(`${file}: every quotation's lead-in names its speaker`, () => {
      for (const m of body.matchAll(/<Quote\s+id="([^"]+)"\s*>([\s\S]*?)<\/Quote>/g)) {
        const q = quotes.find((x) => x.id === m[1]);
        expect(q, `unknown quotation ${m[1]}`).toBeDefined();
        expect(namesSpeaker(m[2].replace(/<[^>]+>/g, ' '), q!), `${m[1]}: "${m[2]}"`).toBe(true);
      }
    });
  }

  it('renders the speaker before the words, and refuses to render without the speaker', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(Quote, {
      props: { id: 'kivshyk-not-possible' },
      slots: { default: 'Yevhenii Kivshyk said it was' },
    });
    expect(html).toMatch(
      /Yevhenii Kivshyk said it was\s*<span[^>]*data-quote="kivshyk-not-possible"[^>]*>“currently not possible”<\/span>/,
    );
    await expect(
      container.renderToString(Quote, { props: { id: 'kivshyk-not-possible' }, slots: { default: 'An official said it was' } }),
    ).rejects.toThrow(/without naming its speaker/);
    await expect(container.renderToString(Quote, { props: { id: 'kivshyk-not-possible' } })).rejects.toThrow(/without naming its speaker/);
  });
});
