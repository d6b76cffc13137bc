/**
 * The explainer's copy obeys the house rules a reader relies on: every paragraph is
 * cited, every figure comes from src/facts.ts, every quotation is something a source
 * actually says, and no sentence is lifted from the seed articles.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { facts, formatFact } from '../../src/facts';
import { SEED_IDS, copiedRuns, inAnySeed } from './seeds';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (rel: string) => fs.readFileSync(path.join(root, rel), 'utf8');
const yaml = <T,>(rel: string) => parseYaml(read(rel)) as T;

/** The public anchors, in reading order. Changing one breaks links people have shared. */
const SECTION_IDS = [
  'the-decision',
  'the-treaty',
  'ukraines-dilemma',
  'siem-reap-summit',
  'reactions',
  'cambodia',
  'global-toll',
  'what-happened-next',
];
const CHART_IDS = ['membership-timeline', 'membership-map', 'cambodia-casualties', 'global-casualties'];
/** Paragraphs that frame rather than state facts, so carry no citation. Keep this short. */
const FRAMING = ['Everything in this section is a position'];
/** Proper names a section may share with the articles word for word. */
const NAMES = ['Siem Reap–Angkor Summit on a Mine-Free World'];

interface Frontmatter {
  id: string;
  title: string;
  summary: string;
  order: number;
  sources: string[];
  charts?: string[];
}

const sections = fs
  .readdirSync(path.join(root, 'content/sections'))
  .filter((f) => f.endsWith('.mdx'))
  .map((file) => {
    const text = read(`content/sections/${file}`);
    const m = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
    if (!m) throw new Error(`${file}: no frontmatter`);
    return { file, data: parseYaml(m[1]) as Frontmatter, body: m[2] };
  })
  .sort((a, b) => a.data.order - b.data.order);

const sourceKeys = new Set([...yaml<{ id: string }[]>('content/sources.yaml'), ...yaml<{ id: string }[]>('content/datasets.yaml')].map((s) => s.id));
const glossary = yaml<{ id: string; term: string; definition: string; sources?: string[] }[]>('content/glossary.yaml');
const glossaryIds = new Set(glossary.map((g) => g.id));

const all = (re: RegExp, text: string) => [...text.matchAll(re)];
const citeKeys = (body: string) =>
  all(/<Cite\s+keys=\{\[([^\]]*)\]\}\s*\/>/g, body).flatMap((m) => m[1].split(',').map((k) => k.trim().replace(/^'|'$/g, '')));

/** What a reader sees: facts as their text, other components removed, Term text kept. */
function prose(body: string): string {
  return body
    .replace(/<Fact\s+id="([^"]+)"\s*\/>/g, (_, id: string) => {
      const f = facts.get(id);
      if (!f) return ' ';
      const hedge = f.qualifier === 'approx' ? 'about ' : f.qualifier === 'more-than' ? 'more than ' : '';
      return `${hedge}${formatFact(f)}`;
    })
    .replace(/<Note\s+title="([^"]*)">/g, '$1. ')
    .replace(/<[^>]+>/g, ' ');
}

/** Text a writer typed by hand: prose with every Fact removed. */
const typed = (body: string) => body.replace(/<Fact\s+id="[^"]+"\s*\/>/g, ' ').replace(/<[^>]+>/g, ' ');

const normalise = (s: string) =>
  s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/\s+/g, ' ');

/** Years may be typed (1979–2026, "1990s"), and "Article 20"; any other digit must come from a Fact. */
function handTypedNumbers(text: string): string[] {
  return all(/(?<![\w-])(?:Article\s+\d+|\d+(?:[.,]\d+)*s?)/g, text)
    .map((m) => m[0])
    .filter((n) => !/^Article/.test(n))
    .filter((n) => {
      const year = n.match(/^(\d{4})s?$/);
      return !(year && Number(year[1]) >= 1979 && Number(year[1]) <= 2026);
    });
}

/** Quotations of two words or more that neither a seed, the Convention nor a recorded statement contains. */
function misquotes(text: string): string[] {
  // The statements recorded in the data (not the data's own commentary) and the treaty's own words.
  const committed = [read('content/data/casualties/cambodia_statements.csv'), read('content/treaty-articles.md')].map((t) => normalise(t).toLowerCase());
  return all(/"([^"]+)"/g, normalise(text))
    .map((m) => m[1].trim())
    // Single words and chart labels ("no data") are terms, not quotations.
    .filter((q) => q.split(/\s+/).length >= 2 && q !== 'no data')
    .filter((q) => !inAnySeed(q) && !committed.some((t) => t.includes(q.toLowerCase())));
}

describe('sections', () => {
  it('are exactly the committed ids, in order, numbered 1 to 8', () => {
    expect(sections.map((s) => s.data.id)).toEqual(SECTION_IDS);
    expect(sections.map((s) => s.data.order)).toEqual(SECTION_IDS.map((_, k) => k + 1));
  });

  for (const { file, data, body } of sections) {
    describe(`${data.id} (${file})`, () => {
      it('cites only known sources, each listed in the frontmatter, and lists none it does not cite', () => {
        const used = citeKeys(body);
        expect(used.length).toBeGreaterThan(0);
        for (const key of used) {
          expect(sourceKeys, `unknown source "${key}"`).toContain(key);
          expect(data.sources, `"${key}" is cited but missing from frontmatter sources`).toContain(key);
        }
        for (const key of data.sources) expect(used, `"${key}" is listed but never cited`).toContain(key);
      });

      it('uses only facts, glossary terms and charts that exist, and lists its charts', () => {
        for (const m of all(/<Fact\s+id="([^"]+)"/g, body)) {
          expect(facts.has(m[1]), `unknown fact "${m[1]}"`).toBe(true);
          // A fact links to its first source's note, which the section page lists only if the section cites it.
          expect(data.sources, `fact "${m[1]}" links to a source this section does not list`).toContain(facts.get(m[1])!.sources[0]);
        }
        for (const m of all(/<Term\s+id="([^"]+)"/g, body)) expect(glossaryIds, `unknown term "${m[1]}"`).toContain(m[1]);
        const charts = all(/<Chart\s+id="([^"]+)"/g, body).map((m) => m[1]);
        for (const c of charts) expect(CHART_IDS).toContain(c);
        expect(data.charts ?? []).toEqual(charts);
        // No other components: the renderer passes only these.
        const names = all(/<([A-Z]\w*)/g, body).map((m) => m[1]);
        for (const n of names) expect(['Fact', 'Cite', 'Term', 'Note', 'Chart']).toContain(n);
      });

      it('has no Markdown headings (the section title is the heading)', () => {
        expect(body).not.toMatch(/^\s{0,3}#{1,6}\s/m);
      });

      it('types no figure by hand: every number outside a year comes from <Fact>', () => {
        expect(handTypedNumbers(typed(body)), 'in the body').toEqual([]);
        expect(handTypedNumbers(data.summary), 'in the summary').toEqual([]);
        expect(handTypedNumbers(data.title), 'in the title').toEqual([]);
      });

      it('ends every paragraph (notes included) with a citation', () => {
        const blocks = body
          .split(/\n\s*\n/)
          .map((b) => b.trim())
          .filter((b) => b && !/^<\/?Note[^>]*>$/.test(b) && !/^<Chart [^>]*\/>$/.test(b));
        for (const b of blocks) {
          if (FRAMING.some((start) => b.startsWith(start))) continue;
          expect(b, `paragraph without a closing citation: "${b.slice(0, 60)}…"`).toMatch(/<Cite\s+keys=\{\[[^\]]*\]\}\s*\/>$/);
        }
      });

      it('has a plain-text summary and a readable length', () => {
        expect(data.summary).not.toMatch(/[<>{}]/);
        const words = `${data.summary} ${prose(body)}`.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
        expect(words).toBeGreaterThanOrEqual(250);
        expect(words).toBeLessThanOrEqual(620);
      });

      it('quotes only words a source actually contains', () => {
        expect(misquotes(`${data.summary}\n${prose(body)}`)).toEqual([]);
      });

      it('copies no run of eight words from a seed article outside quotation marks', () => {
        // Quotations and proper names may match their source word for word.
        const own = NAMES.reduce((t, n) => t.replaceAll(n, ' | '), normalise(`${data.summary}\n${prose(body)}`)).replace(/"[^"]*"/g, ' | ');
        for (const id of SEED_IDS) {
          const copied = own.split('|').flatMap((part) => copiedRuns(id, part));
          expect(copied, `copied from seed ${id}`).toEqual([]);
        }
      });
    });
  }
});

describe('glossary', () => {
  it('has unique slug ids, real definitions and known sources', () => {
    expect(new Set(glossary.map((g) => g.id)).size).toBe(glossary.length);
    for (const g of glossary) {
      expect(g.id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(g.definition.length).toBeGreaterThan(40);
      for (const key of g.sources ?? []) expect(sourceKeys).toContain(key);
    }
  });

  it('defines the terms the brief requires', () => {
    for (const id of [
      'states-party', 'signatory', 'ratification', 'accession', 'entry-into-force', 'anti-personnel-mine',
      'anti-vehicle-mine', 'non-persistent-mine', 'erw', 'stockpile-destruction', 'victim-assistance', 'article-20-withdrawal',
    ]) expect(glossaryIds).toContain(id);
  });
});

describe('quotations outside the sections', () => {
  it('in the glossary, timeline and teaching questions are words a source contains', () => {
    const texts = [
      ...glossary.map((g) => g.definition),
      ...yaml<{ event: string }[]>('content/timeline.yaml').map((e) => e.event),
      ...yaml<{ questions: string[] }[]>('content/teach.yaml').flatMap((t) => t.questions),
    ];
    expect(texts.flatMap(misquotes)).toEqual([]);
  });
});

describe('timeline', () => {
  const events = yaml<{ id: string; date: string; event: string; sources: string[]; section?: string }[]>('content/timeline.yaml');
  const datasetText = new Map([
    ['membership-data', read('content/data/membership/membership.csv')],
    ['withdrawals-data', read('content/data/membership/withdrawals.csv')],
  ]);
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

  it('has unique ids, known sources and known sections', () => {
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    for (const e of events) {
      for (const key of e.sources) expect(sourceKeys).toContain(key);
      if (e.section) expect(SECTION_IDS).toContain(e.section);
    }
  });

  it('dates every event on a day one of its sources gives', () => {
    for (const e of events) {
      const [y, m, d] = e.date.split('-');
      const supported = e.sources.some((key) => {
        if (datasetText.get(key)?.includes(e.date)) return true;
        if (key === 'global-data') return read('content/data/casualties/SOURCES.md').includes(`${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`);
        return [...facts.values()].some((f) => f.unit === 'date' && f.value === e.date && f.sources.includes(key));
      });
      expect(supported, `${e.id} (${e.date}) is not supported by ${e.sources.join(', ')}`).toBe(true);
    }
  });

  it('runs from the signing in Ottawa to the last withdrawal taking effect', () => {
    const dates = events.map((e) => e.date).sort();
    expect(dates[0]).toBe(facts.get('ottawa-signature')!.value);
    expect(dates.at(-1)).toBe(facts.get('data-as-of')!.value);
  });
});

describe('teach', () => {
  const teach = yaml<{ id: string; questions: string[] }[]>('content/teach.yaml');

  it('has two or three questions for every section and a compare-the-sources exercise', () => {
    expect(teach.map((t) => t.id)).toEqual([...SECTION_IDS, 'compare-sources']);
    for (const t of teach) {
      const [min, max] = t.id === 'compare-sources' ? [3, 5] : [2, 3];
      expect(t.questions.length).toBeGreaterThanOrEqual(min);
      expect(t.questions.length).toBeLessThanOrEqual(max);
      for (const q of t.questions) expect(q).toMatch(/[?.]$/);
    }
  });
});
