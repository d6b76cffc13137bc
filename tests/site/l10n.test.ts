/**
 * What a reader of each language sees is written that language's way: dates as the
 * language writes them (never an ISO day in prose), one full stop where a sentence
 * ends on a date, and on French pages the spaces French puts before ; ! ? : and inside
 * « ». Read over every built page: its visible text and the words it gives in
 * attributes (titles, labels, tooltips, the chart descriptions a screen reader walks).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HtmlElement } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { dom, englishPathOf, htmlFiles, isEmbed, site, sitePathOf } from './dist';
import { unpackTree, type TreeNode } from '../../src/charts/kit/tree-pack';

const pages = htmlFiles();

/** Attributes whose value is words for a reader. */
const WORD_ATTRIBUTES = ['title', 'aria-label', 'alt', 'aria-description', 'placeholder', 'data-tip', 'data-playing'];
/** Elements whose text is not prose: code, data for scripts, a snippet to copy. */
const NOT_PROSE = new Set(['script', 'style', 'code', 'pre', 'textarea', 'template', 'kbd', 'samp']);

/**
 * Where an ISO day may stand, and why:
 * - a data table's cells (a <table>): the dataset's own value, as its CSV has it;
 * - a dataset's own documentation (/data/<dataset>/), quoted as its compiler wrote it;
 * - an address shown as text (https://…/2024-11-20/…): the URL is the value.
 */
const ISO_DAY = /(?<![\d/-])\d{4}-\d{2}-\d{2}(?![\d/-])/;
const isDatasetDocument = (sitePath: string) => /^\/data\/[^/]+\/$/.test(englishPathOf(sitePath));
const isAddress = (text: string) => /^\s*https?:\/\//.test(text);

interface Words {
  text: string;
  where: string;
  /** Inside a data table's cell. */
  inTable: boolean;
  /** The closest lang attribute. */
  lang: string;
}

/** html-validate keeps character references as written: the words as a reader gets them. */
const ENTITIES: Record<string, string> = { quot: '"', apos: "'", amp: '&', lt: '<', gt: '>', nbsp: '\u00a0' };
const decode = (html: string) =>
  html.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (whole, ref: string) =>
    ref[0] === '#' ? String.fromCodePoint(Number(ref[1] === 'x' ? `0${ref.slice(1)}` : ref.slice(1))) : (ENTITIES[ref] ?? whole),
  );

/** Labels of the keyboard-explorable chart tree (data-tree, JSON): what a screen reader hears. */
function treeLabels(json: string): string[] {
  const out: string[] = [];
  const walk = (node: TreeNode) => {
    out.push(node.label);
    for (const child of node.children ?? []) walk(child);
  };
  walk(unpackTree(JSON.parse(decode(json))));
  return out;
}

const describeEl = (el: HtmlElement) =>
  `${el.tagName}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;

/** Every text node and word attribute of a page, with where it sits. */
async function wordsOf(file: string): Promise<Words[]> {
  const root = await dom(site, file);
  const out: Words[] = [];
  const walk = (el: HtmlElement, inTable: boolean, lang: string) => {
    if (NOT_PROSE.has(el.tagName)) return;
    const ownLang = el.getAttributeValue('lang') ?? lang;
    const table = inTable || el.tagName === 'table';
    for (const a of WORD_ATTRIBUTES) {
      const v = el.getAttributeValue(a);
      if (v) out.push({ text: decode(v), where: `${describeEl(el)}[${a}]`, inTable: false, lang: ownLang });
    }
    const tree = el.getAttributeValue('data-tree');
    if (tree)
      for (const label of treeLabels(tree)) out.push({ text: label, where: `${describeEl(el)}[data-tree]`, inTable: false, lang: ownLang });
    for (const n of el.childNodes) {
      if ('tagName' in n) walk(n as HtmlElement, table, ownLang);
      else if (n.textContent.trim()) out.push({ text: decode(n.textContent), where: describeEl(el), inTable: table, lang: ownLang });
    }
  };
  walk(root as HtmlElement, false, '');
  return out;
}

describe('dates in each language', () => {
  it('reads every language’s pages', () => {
    expect(pages.filter((f) => f.startsWith('uk/')).length).toBeGreaterThan(20);
  });

  it.each(pages)('%s: no ISO day in prose, labels, titles, tooltips or chart descriptions', async (file) => {
    if (isDatasetDocument(sitePathOf(file))) return;
    const found = (await wordsOf(file))
      .filter((w) => ISO_DAY.test(w.text) && !w.inTable && !isAddress(w.text))
      .map((w) => `${w.where}: ${w.text.trim().slice(0, 120)}`);
    expect(found).toEqual([]);
  });

  it.each(pages)('%s: no sentence ends in two full stops (a Ukrainian date’s "р." and the sentence’s)', async (file) => {
    const attributes = (await wordsOf(file)).filter((w) => w.where.endsWith(']'));
    const found = [...attributes, ...(await linesOf(file))]
      .filter((w) => /(?<!\.)\.\.(?!\.)/.test(w.text) && !isAddress(w.text) && !/\.\.\//.test(w.text))
      .map((w) => `${w.where}: ${w.text.trim().slice(0, 120)}`);
    expect(found).toEqual([]);
  });
});

/** A mark that ends a clause (followed by a space, a closing mark or the end), as src/i18n/typeset.mjs has it. */
const BAD_BEFORE = /(?:^|[^\u00a0\u202f])([;!?])(?=[\s»)\]]|$)|(?:^|[^\u00a0])(:)(?=[\s»)\]]|$)|(?:^|[^\u00a0])»/;
const BAD_AFTER = /«(?!\u00a0)/;

/** Elements that sit inside a line of text: their words are read with the words around them. */
const INLINE = new Set([
  'a',
  'span',
  'em',
  'strong',
  'b',
  'i',
  'abbr',
  'time',
  'sup',
  'sub',
  'small',
  'cite',
  'q',
  'dfn',
  'mark',
  'button',
]);

/**
 * Where French spacing is not the rule: a source's label in the notes, whose outlet and
 * title stay in English as the source wrote them (L10N.md); a chart's frame and its data
 * table, which quote the datasets' own credits, notes and values.
 */
const NOT_FRENCH = (el: HtmlElement) =>
  el.classList.contains('source-notes') ||
  // An embed's notes sit outside its <figure>, and quote the data's own words as a section's notes do.
  el.classList.contains('chart-notes') ||
  ['figure', 'table'].includes(el.tagName) ||
  (el.classList.contains('pop') && !!el.parent?.classList.contains('cite-one'));

function inlineText(el: HtmlElement): string {
  if (NOT_PROSE.has(el.tagName) || el.hasAttribute('popover') || el.classList.contains('visually-hidden')) return ' ';
  return el.childNodes.map((n) => ('tagName' in n ? inlineText(n as HtmlElement) : decode(n.textContent))).join('');
}

/** One line of a page's words, with the element it came from, its language and whether French spacing is exempt there. */
type Line = { text: string; where: string; lang: string; exempt: boolean };

/** An element's language and exemption, inherited from its parent unless it sets its own. */
const scopeOf = (el: HtmlElement, lang: string, exempt: boolean) => ({
  own: el.getAttributeValue('lang') ?? lang,
  skip: exempt || NOT_FRENCH(el),
});

/**
 * A page's lines as a reader sees them: the text of each block with its links, dates and
 * figures joined in (so "р." in a <time> meets the full stop after it), in its language.
 * Popovers and visually hidden text are read as lines of their own.
 */
async function linesOf(file: string): Promise<Line[]> {
  const root = await dom(site, file);
  const out: Line[] = [];
  const walk = (el: HtmlElement, lang: string, exempt: boolean) => {
    if (NOT_PROSE.has(el.tagName)) return;
    const { own, skip } = scopeOf(el, lang, exempt);
    let run = '';
    const flush = () => {
      for (const line of run.split(/\n/)) if (line.trim()) out.push({ text: line.trim(), where: describeEl(el), lang: own, exempt: skip });
      run = '';
    };
    for (const n of el.childNodes) {
      if (!('tagName' in n)) run += decode(n.textContent);
      else {
        const child = n as HtmlElement;
        const inline = INLINE.has(child.tagName) && (child.getAttributeValue('lang') ?? own) === own;
        if (inline) run += inlineText(child);
        const ownLine = child.hasAttribute('popover') || child.classList.contains('visually-hidden');
        if (!inline || ownLine || child.querySelector('[popover], .visually-hidden')) {
          if (!INLINE.has(child.tagName)) flush();
          walk(child, own, skip);
        }
      }
    }
    flush();
  };
  walk(root as HtmlElement, '', false);
  return out;
}

/** The words a page gives in attributes (a link's title, a button's label, an image's alt), each a line, in its language. */
async function attributeLinesOf(file: string): Promise<Line[]> {
  const root = await dom(site, file);
  const out: Line[] = [];
  const walk = (el: HtmlElement, lang: string, exempt: boolean) => {
    if (NOT_PROSE.has(el.tagName)) return;
    const { own, skip } = scopeOf(el, lang, exempt);
    for (const a of WORD_ATTRIBUTES) {
      const v = el.getAttributeValue(a);
      if (v) out.push({ text: decode(v), where: `${describeEl(el)}[${a}]`, lang: own, exempt: skip });
    }
    for (const n of el.childNodes) if ('tagName' in n) walk(n as HtmlElement, own, skip);
  };
  walk(root as HtmlElement, '', false);
  return out;
}

/**
 * Titles of articles and datasets stay as published, in English (L10N.md): a French label
 * that names one ("Source 1 : …, 2 décembre 2024 : Statement: Landmine Conference…") is
 * read with the title set aside.
 */
const ENGLISH_TITLES = ['content/sources.yaml', 'content/datasets.yaml']
  .flatMap((f) => parse(readFileSync(f, 'utf8')) as { title: string }[])
  .map((entry) => entry.title)
  .sort((a, b) => b.length - a.length);
const withoutTitles = (text: string) => ENGLISH_TITLES.reduce((rest, title) => rest.split(title).join('…'), text);

describe('French typography', () => {
  // Every French page: the translators' prose (typeset by src/i18n/typeset.mjs), the strings, and the words templates put around them.
  const french = pages.filter((f) => f.startsWith('fr/'));

  it('reads every French page', () => {
    expect(french.length).toBe(pages.filter((f) => f.startsWith('es/')).length);
    expect(french).toContain('fr/teach/cambodia/worksheet/index.html');
  });

  it.each(french)('%s: a no-break space before ; ! ? : and » and after «, in the French text and its labels', async (file) => {
    const found = [...(await linesOf(file)), ...(await attributeLinesOf(file))]
      .filter((l) => l.lang === 'fr' && !l.exempt && !isAddress(l.text))
      .map((l) => ({ ...l, text: withoutTitles(l.text) }))
      .filter((l) => BAD_BEFORE.test(l.text.replace(/^[;!?:»]/, '')) || BAD_AFTER.test(l.text))
      .map((l) => `${l.where}: ${l.text.slice(0, 120)}`);
    expect(found).toEqual([]);
  });
});

describe('the Khmer edition’s name, legible on every page', () => {
  const others = pages.filter((f) => !f.startsWith('km/') && !isEmbed(sitePathOf(f)));

  // The drawing itself is one cached file all these pages share (tests/unit/l10n/autonym.test.ts).
  it.each(others)('%s: the switcher draws ខ្មែរ from the shared outline, keeps the word for screen readers', async (file) => {
    const root = await dom(site, file);
    const link = root.querySelector('nav.languages a[hreflang="km"]')!;
    const drawn = link.querySelector('.autonym-km')!;
    expect(drawn.getAttributeValue('aria-hidden')).toBe('true');
    expect(drawn.textContent).toBe('');
    expect(link.querySelector('.visually-hidden')!.textContent).toBe('ខ្មែរ');
    expect(link.getAttributeValue('lang')).toBe('km');
  });

  it('draws it from a file, not from markup or a data: URL in each page', () => {
    const html = readFileSync(join(site.dir, 'sections/the-treaty/index.html'), 'utf8');
    expect(html).not.toMatch(/<svg class="autonym|data:image\/svg/);
    expect(html).toMatch(/\.autonym-km:before\{[^}]*mask:url\([^)]*khmer-autonym\.[\w-]+\.svg\)/);
  });

  it('is plain text on the Khmer pages, where the Khmer font loads', async () => {
    const link = (await dom(site, 'km/index.html')).querySelector('nav.languages a[hreflang="km"]')!;
    expect(link.querySelector('svg, .autonym-km')).toBeNull();
    expect(link.textContent.trim()).toBe('ខ្មែរ');
  });

  it('is named in the page’s language too in the embed dialog’s list, which cannot hold a drawing', async () => {
    const option = (await dom(site, 'fr/sections/the-treaty/index.html')).querySelector('select[data-lang] option[value="km"]')!;
    expect(option.textContent.trim()).toBe('khmer (ខ្មែរ)');
  });
});
