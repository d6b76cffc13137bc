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
import { CHART_IDS } from '../../src/charts/registry';
import { namesSpeaker, quote, quotesWithWords } from '../../src/lib/quotes';
import { CHART_SPECS } from '../../src/charts';
import { dataAsOf, membership, statesPartiesAt } from '../../src/data';
import { SEED_IDS, copiedRuns } from './seeds';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (rel: string) => fs.readFileSync(path.join(root, rel), 'utf8');
const yaml = <T>(rel: string) => parseYaml(read(rel)) as T;

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

const sourceKeys = new Set(
  [...yaml<{ id: string }[]>('content/sources.yaml'), ...yaml<{ id: string }[]>('content/datasets.yaml')].map((s) => s.id),
);
const glossary = yaml<{ id: string; term: string; definition: string; sources?: string[] }[]>('content/glossary.yaml');
const glossaryIds = new Set(glossary.map((g) => g.id));

const all = (re: RegExp, text: string) => [...text.matchAll(re)];
const citeKeys = (body: string) =>
  all(/<Cite\s+keys=\{\[([^\]]*)\]\}\s*\/>/g, body).flatMap((m) => m[1].split(',').map((k) => k.trim().replace(/^'|'$/g, '')));

/** A <Quote id>lead-in</Quote> as a reader sees it: the lead-in, then the registry's words in quotation marks. */
const QUOTE = /<Quote\s+id="([^"]+)"\s*>([\s\S]*?)<\/Quote>/g;
const expandQuotes = (body: string) => body.replace(QUOTE, (_, id: string, lead: string) => `${lead} "${quote(id).words}"`);

/** What a reader sees: facts as their text, quotations with their words, other components removed, Term text kept. */
function prose(body: string): string {
  return expandQuotes(body)
    .replace(/<Fact\s+id="([^"]+)"\s*\/>/g, (_, id: string) => {
      const f = facts.get(id);
      if (!f) return ' ';
      const hedge = f.qualifier === 'approx' ? 'about ' : f.qualifier === 'more-than' ? 'more than ' : '';
      return `${hedge}${formatFact(f)}`;
    })
    .replace(/<Note\s+title="([^"]*)">/g, '$1. ')
    .replace(/<[^>]+>/g, ' ');
}

/** Text a writer typed by hand: prose with every Fact and every registry quotation removed. */
const typed = (body: string) =>
  body
    .replace(QUOTE, (_, _id: string, lead: string) => ` ${lead} `)
    .replace(/<Fact\s+id="[^"]+"\s*\/>/g, ' ')
    .replace(/<[^>]+>/g, ' ');

const normalise = (s: string) =>
  s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ');

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

const sentences = (text: string) =>
  normalise(text)
    .split(/(?<=[.!?])\s+(?=[A-Z"(])/)
    .map((t) => t.trim())
    .filter(Boolean);

/**
 * Quotations of two words or more must come from content/quotes.yaml, word for word, and sit in a
 * sentence that names their speaker or body. Single quoted words are terms ("signatories"), and
 * "no data" is a chart label.
 */
const TERMS = ['no data', 'States Parties', 'State Party'];
function quoteFaults(text: string): string[] {
  const faults: string[] = [];
  for (const sentence of sentences(text)) {
    for (const m of sentence.matchAll(/"([^"]+)"/g)) {
      const words = m[1].trim();
      if (words.split(/\s+/).length < 2 || TERMS.includes(words)) continue;
      const entries = quotesWithWords(words);
      if (entries.length === 0) faults.push(`"${words}" is not in content/quotes.yaml`);
      else if (!entries.some((q) => namesSpeaker(sentence, q)))
        faults.push(`"${words}" without its speaker (${entries[0].names.join(' / ')}): ${sentence}`);
    }
  }
  return faults;
}

/**
 * Claims only an advocacy source makes: a summary, meta description or teaching question that
 * repeats one must say whose claim it is in the same sentence.
 */
const ADVOCACY: { claim: RegExp; by: RegExp }[] = [
  { claim: /final documents/i, by: /Humanity & Inclusion|\bHI\b/ },
  { claim: /\b(stayed|were|are|still) silent\b/i, by: /Humanity & Inclusion|\bHI\b/ },
  { claim: /deadly legacy/i, by: /ICBL|International Campaign to Ban Landmines|Gabelnick/ },
  { claim: /dangerous precedent/i, by: /Humanity & Inclusion|\bHI\b|critics|reworded copy/ },
  { claim: /(still|remains) bound|does not allow|allows no such/i, by: /campaign|ICBL|Human Rights Watch|HRW/i },
];
const advocacyFaultsOf = (text: string) => sentences(text).filter((t) => ADVOCACY.some((a) => a.claim.test(t) && !a.by.test(t)));

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
        for (const n of names) expect(['Fact', 'Cite', 'Term', 'Note', 'Chart', 'Quote', 'Correction']).toContain(n);
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
          .filter((b) => b && !/^<\/?Note[^>]*>$/.test(b) && !/^<(Chart|Correction) [^>]*\/>$/.test(b));
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

      it('prints quotations only through <Quote>, never typed into the text', () => {
        const typedQuotes = [...normalise(typed(body)).matchAll(/"([^"]+)"/g)]
          .map((m) => m[1])
          .filter((q) => q.trim().includes(' ') && !TERMS.includes(q));
        expect(typedQuotes).toEqual([]);
      });

      it('quotes only registry words, each in a sentence that names its speaker', () => {
        expect(quoteFaults(data.summary), 'in the summary').toEqual([]);
        expect(quoteFaults(prose(body)), 'in the body').toEqual([]);
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
      'states-party',
      'signatory',
      'ratification',
      'accession',
      'entry-into-force',
      'anti-personnel-mine',
      'anti-vehicle-mine',
      'non-persistent-mine',
      'erw',
      'stockpile-destruction',
      'victim-assistance',
      'article-20-withdrawal',
    ])
      expect(glossaryIds).toContain(id);
  });
});

describe('quotations outside the sections', () => {
  it('in the glossary, timeline, teaching questions and source descriptions come from the registry with their speaker', () => {
    const texts = [
      ...glossary.map((g) => g.definition),
      ...yaml<{ event: string }[]>('content/timeline.yaml').map((e) => e.event),
      ...yaml<{ questions: string[] }[]>('content/teach.yaml').flatMap((t) => t.questions),
      ...yaml<Record<string, string>[]>('content/sources.yaml').flatMap((a) => [a.note, a.contributes, a.limits, a.urlNote ?? '']),
    ];
    expect(texts.flatMap(quoteFaults)).toEqual([]);
  });

  it('would catch a quotation printed without its speaker, or with words nobody said', () => {
    expect(quoteFaults('The treaty was in "direct violation", the report said.')).toHaveLength(1);
    expect(quoteFaults('A statement AFP attributes to the convention of its signatories called it a "direct violation".')).toEqual([]);
    expect(quoteFaults('Ukraine\'s President called the mines "absolutely vital".')).toHaveLength(1);
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

  it('counts States Parties by the same rule as statesPartiesAt ("the 165th State Party", "161 States Parties")', () => {
    let checked = 0;
    for (const e of events) {
      for (const m of e.event.matchAll(/\b(\d+)(?:st|nd|rd|th) State Party|\b(\d+) States Parties/g)) {
        expect(Number(m[1] ?? m[2]), `${e.id}: ${m[0]}`).toBe(statesPartiesAt(e.date));
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(3);
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

describe('summaries, notes, chart texts and meta descriptions', () => {
  const charts = Object.values(CHART_SPECS).map((c) => ({ id: c.id, texts: [c.title, c.takeaway, c.desc, ...c.notes] }));
  // Pages are written once under src/pages/[...lang]/ and built in every language.
  const pages = fs.readdirSync(path.join(root, 'src/pages/[...lang]')).filter((f) => f.endsWith('.astro'));
  // Pages either type their description or read it from the strings file (key `<page>.description`).
  const typedDescriptions = pages.flatMap((f) =>
    [...read(`src/pages/[...lang]/${f}`).matchAll(/(?:description=|const description =\s*)(["'])((?:(?!\1).)+)\1/g)].map((m) => ({
      page: f,
      text: m[2],
    })),
  );
  const strings = yaml<Record<string, unknown>>('content/strings/en.yaml');
  const stringDescriptions = Object.entries(strings).flatMap(([page, entry]) =>
    entry && typeof entry === 'object' && typeof (entry as Record<string, unknown>).description === 'string'
      ? [{ page: `${page}.astro`, text: (entry as Record<string, string>).description }]
      : [],
  );
  const metaDescriptions = [...typedDescriptions, ...stringDescriptions];

  it('finds the meta descriptions it checks', () => {
    expect(metaDescriptions.map((d) => d.page)).toEqual(
      expect.arrayContaining(['index.astro', 'sources.astro', 'about.astro', 'glossary.astro', 'timeline.astro']),
    );
  });

  it('quote only registry words, each with its speaker', () => {
    expect(charts.flatMap((c) => c.texts.flatMap(quoteFaults))).toEqual([]);
    expect(metaDescriptions.flatMap((d) => quoteFaults(d.text))).toEqual([]);
  });

  it('copy no eight-word run from a seed article', () => {
    const texts = [...charts.flatMap((c) => c.texts), ...metaDescriptions.map((d) => d.text)].map((t) =>
      normalise(t).replace(/"[^"]*"/g, ' | '),
    );
    for (const id of SEED_IDS)
      expect(
        texts.flatMap((t) => t.split('|').flatMap((part) => copiedRuns(id, part))),
        `copied from seed ${id}`,
      ).toEqual([]);
  });

  it('type no figure by hand in a meta description', () => {
    expect(metaDescriptions.flatMap((d) => handTypedNumbers(d.text))).toEqual([]);
  });

  const advocacyFaults = advocacyFaultsOf;

  it('attribute advocacy in the summaries, meta descriptions and teaching questions', () => {
    const texts = [
      ...sections.map((s) => s.data.summary),
      ...metaDescriptions.map((d) => d.text),
      ...yaml<{ questions: string[] }[]>('content/teach.yaml').flatMap((t) => t.questions),
    ];
    expect(texts.flatMap(advocacyFaults)).toEqual([]);
    // The examples the fact-check found fail this rule.
    expect(advocacyFaults("The final documents restated the treaty's rules.")).toHaveLength(1);
    expect(advocacyFaults('Humanity & Inclusion criticised the many that stayed silent.')).toEqual([]);
  });
});

describe('present tense', () => {
  /** A number a sentence states as true now, with no date of its own beside it. */
  // Verbs only: "counts" and "lives" are nouns too often to tell.
  const PRESENT = /\b(is|are|has|have|remains|stands|holds|kills)\b/;
  /** The years a sentence names, typed or as date facts. */
  const yearsIn = (text: string) => [
    ...[...text.matchAll(/\b(1[89]\d\d|20\d\d)s?\b/g)].map((m) => m[1]),
    ...[...text.matchAll(/<Fact id="([^"]+)"\s*\/>/g)]
      .map((m) => facts.get(m[1]))
      .filter((f) => f?.unit === 'date' || (f?.unit === 'years' && Number(f.value) > 1900))
      .map((f) => String(f!.value).slice(0, 4)),
  ];

  function undated(body: string): string[] {
    const out: string[] = [];
    const text = expandQuotes(body).replace(/<\/?(Term|Cite|Note)[^>]*>/g, ' ');
    for (const sentence of text.split(/(?<=[.!?])\s+(?=[A-Z<])/)) {
      for (const m of sentence.matchAll(/<Fact id="([^"]+)"\s*\/>/g)) {
        const f = facts.get(m[1]);
        // Dates and calendar years carry their own date.
        if (!f || f.unit === 'date' || (f.unit === 'years' && Number(f.value) > 1900) || f.asOf === dataAsOf) continue;
        const rest = sentence.replace(m[0], ' ');
        if (PRESENT.test(rest.replace(/<[^>]+>/g, ' ')) && !yearsIn(rest).includes(f.asOf.slice(0, 4)))
          out.push(`${m[1]} (as of ${f.asOf}): ${sentence.replace(/\s+/g, ' ')}`);
      }
    }
    return out;
  }

  it("states a figure as true now only when it is true at the site's as-of date, or dates it", () => {
    expect(sections.flatMap((s) => undated(s.body))).toEqual([]);
  });

  it("holds for the home page's opening paragraph too", () => {
    // src/pages/index.astro renders it from content/pages/home-summary.mdx.
    expect(read('src/pages/[...lang]/index.astro')).toMatch(/<div class="summary">\s*<HomeSummary /);
    const home = read('content/pages/home-summary.mdx').match(/^\{\/\*[\s\S]*?\*\/\}\s*([\s\S]+)$/);
    expect(home, 'the home page summary').not.toBeNull();
    expect(undated(home![1])).toEqual([]);
    expect(quoteFaults(prose(home![1]))).toEqual([]);
    expect(advocacyFaultsOf(prose(home![1]))).toEqual([]);
  });

  it('would catch "Ukraine is one of the 164 States Parties"', () => {
    expect(undated('Ukraine is one of the <Fact id="states-parties-2024" /> States Parties.')).toHaveLength(1);
    expect(undated('Ukraine is one of the <Fact id="states-parties-2024" /> States Parties to the 1997 Mine Ban Treaty.')).toHaveLength(1);
    expect(undated('Ukraine was one of the <Fact id="states-parties-2024" /> States Parties at the end of 2024.')).toEqual([]);
    expect(undated('The treaty has <Fact id="states-parties-now" /> States Parties.')).toEqual([]);
  });
});

describe('State Party: one definition, one count', () => {
  const entry = glossary.find((g) => g.id === 'states-party') as { definition: string; countsFrom?: string } | undefined;
  const rule = entry?.countsFrom;
  /** The words each rule must use in the glossary, and the words the other rule would use. */
  const WORDING: Record<string, { says: RegExp; not: RegExp }> = {
    deposit: { says: /from the day (it|a state) deposits/i, not: /for which the treaty is in force/i },
    'entry-into-force': { says: /for which the treaty is in force/i, not: /from the day (it|a state) deposits/i },
  };

  it('the glossary names its counting rule and words its definition by it', () => {
    expect(Object.keys(WORDING)).toContain(rule);
    expect(entry!.definition).toMatch(WORDING[rule!].says);
    expect(entry!.definition).not.toMatch(WORDING[rule!].not);
  });

  it('statesPartiesAt counts by the same rule', () => {
    // Tonga deposited in 2025 and the treaty entered into force for it months later.
    const tonga = membership.members.find((m) => m.iso3 === 'TON')!;
    const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const counted = rule === 'deposit' ? tonga.joined! : tonga.entryIntoForce!;
    expect(statesPartiesAt(counted) - statesPartiesAt(dayBefore(counted))).toBe(1);
    const other = rule === 'deposit' ? tonga.entryIntoForce! : tonga.joined!;
    expect(statesPartiesAt(other) - statesPartiesAt(dayBefore(other))).toBe(0);
  });

  it('no other text defines a State Party by the other rule', () => {
    const texts = [
      ...sections.map((s) => `${s.data.summary}\n${s.body}`),
      ...glossary.map((g) => g.definition),
      read('src/pages/[...lang]/about.astro'),
      ...Object.values(yaml<Record<string, Record<string, string>>>('content/strings/en.yaml').about),
    ];
    for (const t of texts) expect(t.replace(/\s+/g, ' ')).not.toMatch(WORDING[rule!].not);
  });
});
