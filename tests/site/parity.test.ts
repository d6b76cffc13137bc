/**
 * Every translation of the built site against the English: the same pages; on each
 * section and the long read the same facts, citations, charts and glossary terms; every
 * fact in the locale's own format; and, once a language has its strings file, no English
 * interface string left on its pages (names, quoted originals marked lang="en" and data
 * values aside). tests/unit/l10n/parity.test.ts checks the translators' files themselves.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { HtmlElement } from 'html-validate';
import { dom, htmlFiles, site, sitePathOf, TRANSLATIONS } from './dist';
import { fact } from '../../src/facts';
import { flatten, englishIn } from '../unit/l10n/parity';

const INTL: Record<string, string> = { fr: 'fr-FR', es: 'es-ES', uk: 'uk-UA', km: 'km-KH' };
const english = htmlFiles().filter((f) => !TRANSLATIONS.some((l) => f.startsWith(`${l}/`)));
const fileIn = (lang: string, file: string) => (file === '404.html' ? `${lang}/404/index.html` : `${lang}/${file}`);
const readerPages = english.filter((f) => f === 'index.html' || /^sections\/[^/]+\/index\.html$/.test(f));
/** Each section's data tables page (every value its charts draw). */
const tablePages = english.filter((f) => /^sections\/[^/]+\/tables\/index\.html$/.test(f));

/** A tables page's tables: each id with its number of rows. */
const tableRows = async (file: string) =>
  (await dom(site, file)).querySelectorAll('table[id]').map((t) => [t.getAttributeValue('id'), t.querySelectorAll('tbody tr').length]);

/** What a reader can check on a page: its facts, notes, charts and glossary terms. */
async function inventory(file: string) {
  const root = await dom(site, file);
  const all = (selector: string, attr: string) =>
    [...new Set(root.querySelectorAll(selector).map((e) => e.getAttributeValue(attr) ?? ''))].sort();
  return {
    facts: all('[data-fact]', 'data-fact'),
    citations: root
      .querySelectorAll('li[id]')
      .map((e) => e.getAttributeValue('id') ?? '')
      .filter((id) => id.startsWith('source-'))
      .sort(),
    charts: all('figure[data-chart]', 'data-chart'),
    terms: [...new Set(root.querySelectorAll('.term a.pop-fallback').map((a) => (a.getAttributeValue('href') ?? '').split('#')[1]))].sort(),
  };
}

/** The page's text a reader sees as its language: quoted originals, names marked lang="en", scripts and styles out. */
function ownText(root: HtmlElement): string {
  const skip = (e: HtmlElement) =>
    ['script', 'style', 'svg', 'textarea', 'table'].includes(e.tagName) || e.getAttributeValue('lang') === 'en';
  const walk = (e: HtmlElement): string =>
    skip(e) ? ' ' : e.childNodes.map((n) => ('tagName' in n ? walk(n as HtmlElement) : (n.textContent ?? ''))).join(' ');
  return walk(root).replace(/\s+/g, ' ');
}

describe.each(TRANSLATIONS)('the %s build', (lang) => {
  it('has every page of the English build', () => {
    const built = new Set(htmlFiles());
    expect(english.map((f) => fileIn(lang, f)).filter((f) => !built.has(f))).toEqual([]);
  });

  it.each(readerPages)('%s has the same facts, citations, charts and glossary terms as the English', async (file) => {
    expect(await inventory(fileIn(lang, file))).toEqual(await inventory(file));
  });

  it.each(tablePages)('%s has the same tables, each with as many rows, as the English', async (file) => {
    const own = await tableRows(fileIn(lang, file));
    expect(own.length).toBeGreaterThan(0);
    expect(own).toEqual(await tableRows(file));
  });

  it('writes every fact in its own locale', async () => {
    // Written from Intl directly, not from the site's formatter, so a wrong locale cannot agree with itself.
    const numbers = new Intl.NumberFormat(INTL[lang]);
    const dates = new Intl.DateTimeFormat(INTL[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    for (const file of readerPages) {
      const root = await dom(site, fileIn(lang, file));
      for (const el of root.querySelectorAll('.fact[data-fact]')) {
        const f = fact(el.getAttributeValue('data-fact')!);
        const shown = el.querySelector('button')!.textContent;
        const expected =
          f.unit === 'date'
            ? dates.format(new Date(`${f.value}T00:00:00Z`))
            : f.unit === 'years'
              ? String(f.value)
              : numbers.format(Number(f.value));
        expect(shown, `${lang}/${file}: ${f.id}`).toContain(expected);
      }
    }
  });

  const stringsFile = `content/strings/${lang}.yaml`;
  if (!existsSync(stringsFile)) {
    it(`is not translated yet (no ${stringsFile}): every page says it is a translation of the English`, async () => {
      for (const file of [readerPages[0], 'about/index.html']) {
        expect((await dom(site, fileIn(lang, file))).querySelector('.translation-notice a[hreflang="en"]'), file).not.toBeNull();
      }
    });
    return;
  }

  it('leaves no English interface string on any of its pages', async () => {
    const en = flatten(parse(readFileSync('content/strings/en.yaml', 'utf8')));
    const own = flatten(parse(readFileSync(stringsFile, 'utf8')));
    // The runs of plain English words of each string the language has translated differently.
    const phrases = [...en]
      .filter(([key, value]) => own.get(key) !== value)
      .flatMap(([, value]) => value.split(/\{[\w-]+\}|<[^>]*>/))
      .map((s) => s.replace(/\s+/g, ' ').trim())
      .filter((s) => englishIn(s).length && s.split(' ').length >= 3);
    const found: string[] = [];
    for (const file of htmlFiles().filter((f) => f.startsWith(`${lang}/`))) {
      const text = ownText(await dom(site, file));
      for (const phrase of phrases) if (text.includes(phrase)) found.push(`${sitePathOf(file)}: "${phrase}"`);
    }
    expect(found.slice(0, 20).join('\n'), `${found.length} English strings left`).toBe('');
  }, 120_000);
});
