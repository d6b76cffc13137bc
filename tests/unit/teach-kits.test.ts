// The classroom kits (content/teach/sections/*.yaml) hold to what a teacher relies on:
// one kit per section, guidance that cites only sources the section itself cites,
// lesson plans that add up, a prompt for every chart the section shows, and figures
// taken from src/facts.ts rather than typed by hand.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { termIds, withFacts } from '../../src/lib/teach';
import { t } from '../../src/i18n';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (rel: string) => fs.readFileSync(path.join(root, rel), 'utf8');

interface Guided {
  question: string;
  guidance: string;
  cites: string[];
}
interface KitFile {
  section: string;
  objectives: string[];
  plan15: { minutes: number; step: string }[];
  plan45: { minutes: number; step: string }[];
  questions: Guided[];
  charts?: { chart: string; lookFor: string; question: string; answer: string; cites: string[] }[];
  media: Guided;
}

const sections = fs
  .readdirSync(path.join(root, 'content/sections'))
  .filter((f) => f.endsWith('.mdx'))
  .map((file) => {
    const m = read(`content/sections/${file}`).match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/)!;
    const data = parseYaml(m[1]) as { id: string; sources: string[]; charts?: string[] };
    return { ...data, charts: data.charts ?? [], body: m[2] };
  });
const kitFiles = fs.readdirSync(path.join(root, 'content/teach/sections')).filter((f) => f.endsWith('.yaml'));
const kits = new Map(kitFiles.map((f) => [f.replace(/\.yaml$/, ''), parseYaml(read(`content/teach/sections/${f}`)) as KitFile]));
const glossaryIds = new Set((parseYaml(read('content/glossary.yaml')) as { id: string }[]).map((g) => g.id));

/** Every piece of copy in a kit that a reader sees, for the figure checks. */
const copyOf = (kit: KitFile): string[] => [
  ...kit.objectives,
  ...kit.plan15.map((s) => s.step),
  ...kit.plan45.map((s) => s.step),
  ...kit.questions.flatMap((q) => [q.question, q.guidance]),
  ...(kit.charts ?? []).flatMap((c) => [c.lookFor, c.question, c.answer]),
  kit.media.question,
  kit.media.guidance,
];

describe('classroom kits', () => {
  it('there is exactly one kit per section, named after the section id', () => {
    expect([...kits.keys()].sort()).toEqual(sections.map((s) => s.id).sort());
    for (const [file, kit] of kits) expect(kit.section, file).toBe(file);
  });

  describe.each(sections)('$id', (section) => {
    const kit = kits.get(section.id)!;

    it('every answer guidance cites at least one source, and only sources the section itself cites', () => {
      const guided = [
        ...kit.questions,
        kit.media,
        ...(kit.charts ?? []).map((c) => ({ question: c.question, guidance: c.answer, cites: c.cites })),
      ];
      expect(guided.length).toBeGreaterThanOrEqual(3);
      for (const g of guided) {
        expect(g.cites.length, g.question).toBeGreaterThan(0);
        for (const key of g.cites) expect(section.sources, `${g.question}: cites ${key}`).toContain(key);
      }
    });

    it('has two or three objectives and two to four discussion questions', () => {
      expect(kit.objectives.length).toBeGreaterThanOrEqual(2);
      expect(kit.objectives.length).toBeLessThanOrEqual(3);
      expect(kit.questions.length).toBeGreaterThanOrEqual(2);
      expect(kit.questions.length).toBeLessThanOrEqual(4);
    });

    it('its plans take 15 and 45 minutes', () => {
      expect(kit.plan15.reduce((sum, s) => sum + s.minutes, 0)).toBe(15);
      expect(kit.plan45.reduce((sum, s) => sum + s.minutes, 0)).toBe(45);
    });

    it('prompts for exactly the charts the section shows, in its order', () => {
      expect((kit.charts ?? []).map((c) => c.chart)).toEqual(section.charts);
    });

    it('every figure is a {fact-id} from src/facts.ts: no number but a year or a treaty article is typed by hand', () => {
      for (const text of copyOf(kit)) {
        expect(() => withFacts(text), text).not.toThrow();
        const typed = text.replace(/\{[a-z0-9-]+\}/g, ' ').replace(/\b(19|20)\d\d(s)?\b|\bArticle \d+\b/g, ' ');
        expect(typed, 'a hand-typed figure').not.toMatch(/\d/);
      }
    });

    it('has vocabulary: the glossary terms its text marks, all defined', () => {
      const terms = termIds(section.body);
      expect(terms.length).toBeGreaterThan(0);
      for (const t of terms) expect(glossaryIds.has(t), t).toBe(true);
    });
  });

  it('the media-literacy questions cover the three source problems a reader should spot', () => {
    const cited = new Set([...kits.values()].flatMap((k) => k.media.cites));
    // 003 is advocacy, 000 a rewrite of 001, 004 rests on one newspaper's anonymous sources.
    for (const key of ['hi-statement', 'afp-rewrite', 'conflictwatcher']) expect(cited.has(key), key).toBe(true);
    const text = [...kits.values()].map((k) => k.media.guidance).join(' ');
    expect(text).toMatch(/advocacy/i);
    expect(text).toMatch(/reworded copy/i);
    expect(text).toMatch(/did not name|unnamed/i);
  });
});

describe('teaching labels and figures', () => {
  it('fills {fact-id}s as the prose shows them, hedges included', () => {
    expect(withFacts('{protesters} demonstrators')).toMatch(/^more than \d/);
    expect(() => withFacts('{no-such-fact}')).toThrow(/Unknown fact/);
  });

  it('fills label slots and refuses a missing value or an unknown label', () => {
    expect(t('teach.kit.kit-title', { title: 'Reactions' })).toContain('Reactions');
    expect(() => t('teach.kit.kit-title')).toThrow();
    expect(() => t('teach.kit.no-such-label')).toThrow();
    const labels = Object.entries(t.all('teach.kit'));
    expect(labels.length).toBeGreaterThan(40);
    for (const [key, value] of labels) expect(typeof value, key).toBe('string');
  });

  it('reads the glossary terms of a section in order of first use, once each', () => {
    expect(termIds('<Term id="a">x</Term> <Term id="b">y</Term> <Term id="a">z</Term>')).toEqual(['a', 'b']);
  });
});
