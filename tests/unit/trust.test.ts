/**
 * What lets a reader check the site: every source one click away, every correction on the
 * record and linked from what it corrected, a review table that covers every page, and a
 * working way to report an error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { corrections } from '../../src/lib/corrections';
import { bugsUrl } from '../../src/lib/site-meta';
import { CHART_IDS } from '../../src/charts';
import { root } from './seeds';

const read = (rel: string) => fs.readFileSync(path.join(root, rel), 'utf8');
const yaml = <T>(rel: string) => parseYaml(read(rel)) as T;

interface Article {
  id: string;
  seed?: string;
  kind: string;
  url?: string;
  urlNote?: string;
}
interface Dataset {
  id: string;
  credit: string;
  links: { label: string; url: string }[];
}
interface Review {
  reviewed: string;
  entries: { class: string; pages: string[]; sources: string[]; verdict: string; correction?: string }[];
}

const articles = yaml<Article[]>('content/sources.yaml');
const datasets = yaml<Dataset[]>('content/datasets.yaml');
const review = yaml<Review>('content/review.yaml');
const site = yaml<{ publisher: string; reviewed: string }>('content/site.yaml');
const sections = fs
  .readdirSync(path.join(root, 'content/sections'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ body: read(`content/sections/${f}`), id: read(`content/sections/${f}`).match(/^id: (\S+)$/m)![1] }));
const sourceKeys = new Set([...articles, ...datasets].map((s) => s.id));
const httpsUrl = /^https:\/\/[^\s]+$/;

describe('sources one click away', () => {
  it('every article links to where it is published, or says its address was not found', () => {
    for (const a of articles.filter((x) => x.seed)) {
      if (a.url) expect(a.url, a.id).toMatch(httpsUrl);
      else expect(a.urlNote, `${a.id} has neither an address nor a note`).toMatch(/not found/);
    }
    expect(articles.find((a) => a.seed === '004')?.url, '004: its exact address was not found').toBeUndefined();
    expect(articles.filter((a) => a.seed && a.url)).toHaveLength(4);
  });

  it('the Convention is a source, linked to the UN Treaty Collection', () => {
    const convention = articles.find((a) => a.id === 'convention');
    expect(convention?.kind).toBe('treaty');
    expect(convention?.url).toMatch(/^https:\/\/treaties\.un\.org\/.*mtdsg_no=XXVI-5/);
  });

  it('every dataset names its sources in words and links to their pages', () => {
    for (const d of datasets) {
      expect(d.credit, d.id).toMatch(/\b(19|20)\d\d\b/);
      expect(d.links.length, d.id).toBeGreaterThan(0);
      for (const l of d.links) {
        expect(l.url, d.id).toMatch(httpsUrl);
        // The address comes from the dataset's SOURCES document, not from memory.
        const doc = d.id.startsWith('membership') || d.id.startsWith('withdrawals') ? 'membership' : 'casualties';
        expect(
          read(`content/data/${doc}/SOURCES.md`).includes(l.url.replace(/^https?:\/\//, '')),
          `${d.id}: ${l.url} not in SOURCES.md`,
        ).toBe(true);
      }
    }
  });
});

describe('corrections', () => {
  it('each entry is dated and says what the text said and says now', () => {
    expect(new Set(corrections.map((c) => c.id)).size).toBe(corrections.length);
    for (const c of corrections) {
      expect(c.date, c.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(c.said.length, c.id).toBeGreaterThan(20);
      expect(c.says.length, c.id).toBeGreaterThan(20);
      expect(c.section ?? c.page, `${c.id} names no section or page`).toBeDefined();
    }
  });

  it('every corrected section links to its entry, and every link has an entry', () => {
    for (const c of corrections.filter((x) => x.section)) {
      const section = sections.find((s) => s.id === c.section);
      expect(section, `${c.id}: unknown section ${c.section}`).toBeDefined();
      expect(section!.body, `${c.section} does not link to ${c.id}`).toContain(`<Correction id="${c.id}" />`);
    }
    for (const s of sections) {
      for (const m of s.body.matchAll(/<Correction id="([^"]+)"/g)) expect(corrections.map((c) => c.id)).toContain(m[1]);
    }
  });

  it('every corrected page links to its entry', () => {
    const files: Record<string, string> = {
      '': 'src/pages/[...lang]/index.astro',
      'glossary/': 'src/pages/[...lang]/glossary.astro',
      'timeline/': 'src/pages/[...lang]/timeline.astro',
    };
    for (const c of corrections.filter((x) => x.page !== undefined)) {
      expect(files[c.page!], `${c.id}: no page file known for "${c.page}"`).toBeDefined();
      const page = read(files[c.page!]);
      expect(
        page.includes(`<Correction id="${c.id}" />`) || page.includes(`c.page === '${c.page}'`),
        `${files[c.page!]} does not link to ${c.id}`,
      ).toBe(true);
    }
  });

  it('the site was reviewed no earlier than its latest correction or review', () => {
    const latest = [...corrections.map((c) => c.date), review.reviewed].sort().at(-1)!;
    expect(site.reviewed >= latest).toBe(true);
    expect(site.publisher.length).toBeGreaterThan(3);
  });
});

describe('review table', () => {
  /** Every page the site builds (chart pages by id; data files excluded). */
  const pages = [
    '',
    'timeline/',
    'glossary/',
    'sources/',
    'teach/',
    'about/',
    'corrections/',
    'data/',
    'embed/',
    '404.html',
    'data/membership-sources/',
    'data/casualty-sources/',
    ...sections.map((s) => `sections/${s.id}/`),
  ];

  it('covers every page', () => {
    const covered = new Set(review.entries.flatMap((e) => e.pages));
    expect(pages.filter((p) => !covered.has(p))).toEqual([]);
  });

  it('knows every page it names, every source it cites and every correction it points to', () => {
    const known = new Set([...pages, ...CHART_IDS.map((id) => `embed/${id}/`)]);
    for (const e of review.entries) {
      for (const p of e.pages) expect(known, `${e.class}: unknown page "${p}"`).toContain(p);
      for (const k of e.sources) expect(sourceKeys, `${e.class}: unknown source "${k}"`).toContain(k);
      expect(['correct', 'corrected', 'removed']).toContain(e.verdict);
      if (e.correction) expect(corrections.map((c) => c.id)).toContain(e.correction);
    }
  });
});

describe('reporting an error', () => {
  it('package.json names the issue tracker, which the about page and footer show', () => {
    expect(bugsUrl).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/issues$/);
    // Prettier drops the parentheses when the paragraph fits on one line.
    expect(read('src/pages/[...lang]/about.astro')).toMatch(
      /\{bugsUrl && \(?\s*<p set:html=\{t\('about.report-html', \{ bugs: bugsUrl \}\)\}/,
    );
  });
});
