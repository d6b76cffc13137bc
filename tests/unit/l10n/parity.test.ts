/**
 * Each translation against the English, file by file (content/strings/<lang>.yaml and
 * content/l10n/<lang>/**). A language without its strings file is not translated yet:
 * its pages show the English (with the translation notice), and it must have no
 * translated content either, so a half-delivered translation cannot pass unseen. Once
 * its strings file exists, every key, content file, id and component must be there and
 * no prose may be left in English. tests/site/parity.test.ts checks the built pages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { TRANSLATED_FIELDS } from '../../../src/i18n/fields';
import { TRANSLATIONS } from '../../../scripts/lib/languages.mjs';
import { checkList, checkMdx, checkStrings, checkTree, type Problem } from './parity';

const read = (path: string) => readFileSync(path, 'utf8');
const report = (problems: Problem[]) => problems.map((p) => `${p.where}: ${p.what}`).join('\n');

/** Strings whose English is right in every language, with the reason. Keep short. */
const SAME_IN_EVERY_LANGUAGE: Record<string, string> = {};

/** Glossary entries whose term is a proper name, the same in every language. */
const PROPER_NAMES: Record<string, string> = { 'landmine-monitor': 'the name of the ICBL-CMC publication' };

/** Strings only English pages use, by key prefix, with the reason: a translation leaves them out. */
const ENGLISH_ONLY: Record<string, string> = {
  'cite.mla-month': 'MLA style abbreviates months in English whatever the language of the page (src/lib/cite.ts)',
  'fact.number-word': 'number words are English house style; other languages show digits (formatFact)',
  'fact.million': 'as the number words: other languages show the digits',
};

/** The content files a translation mirrors (L10N.md), relative to content/ and to content/l10n/<lang>/. */
const SECTIONS = readdirSync('content/sections').filter((f) => f.endsWith('.mdx'));
const KITS = readdirSync('content/teach/sections').filter((f) => f.endsWith('.yaml'));
const LISTS = Object.keys(TRANSLATED_FIELDS) as (keyof typeof TRANSLATED_FIELDS)[];

/** Every file a translation must have, once its strings file exists. */
const expectedFiles = [
  ...SECTIONS.map((f) => `sections/${f}`),
  'pages/home-summary.mdx',
  ...LISTS,
  ...KITS.map((f) => `teach/sections/${f}`),
];

describe.each(TRANSLATIONS)('%s', (lang) => {
  const stringsFile = `content/strings/${lang}.yaml`;
  const dir = `content/l10n/${lang}`;
  const translated = existsSync(stringsFile);

  if (!translated) {
    it(`is not translated yet (no ${stringsFile}): no translated content either`, () => {
      const files = existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String) : [];
      expect(files, `${dir} has files but ${stringsFile} is missing`).toEqual([]);
    });
    return;
  }

  it('has every string of en.yaml, with its placeholders and plural categories, none left in English', () => {
    expect(report(checkStrings(lang, read('content/strings/en.yaml'), read(stringsFile), SAME_IN_EVERY_LANGUAGE, ENGLISH_ONLY))).toBe('');
  });

  it('has every content file of the English', () => {
    expect(expectedFiles.filter((f) => !existsSync(join(dir, f)))).toEqual([]);
  });

  it.each(SECTIONS.map((f) => `sections/${f}`).concat('pages/home-summary.mdx'))(
    '%s keeps every id, source, chart, fact, citation, term, quotation and note, and is translated',
    (file) => {
      const own = join(dir, file);
      if (!existsSync(own)) throw new Error(`${own} is missing`);
      expect(report(checkMdx(file, read(`content/${file}`), read(own)))).toBe('');
    },
  );

  it.each(LISTS)('%s keeps every id and kept field, and translates the prose', (file) => {
    const own = join(dir, file);
    if (!existsSync(own)) throw new Error(`${own} is missing`);
    const required = file === 'quotes.yaml' ? ['translation'] : [];
    // Speakers' names may be transliterated (uk, km); the other prose fields must be translated.
    const prose = TRANSLATED_FIELDS[file].filter((f) => !['names', 'speaker', 'translation'].includes(f));
    const kept = TRANSLATED_FIELDS[file].filter((f) => ['names', 'speaker'].includes(f));
    const problems = checkList(file, read(`content/${file}`), read(own), [...prose, ...kept], required);
    // Names may legitimately stay as in English: only the prose fields may not.
    const named = (p: Problem) =>
      Object.keys(PROPER_NAMES).some((id) => p.where === `${file} ${id}` && p.what === '"term" left in English');
    expect(report(problems.filter((p) => !kept.some((k) => p.what === `"${k}" left in English`) && !named(p)))).toBe('');
  });

  it.each(KITS)('teach/sections/%s keeps its structure, minutes, charts and citations, and translates the rest', (file) => {
    const own = join(dir, 'teach/sections', file);
    if (!existsSync(own)) throw new Error(`${own} is missing`);
    expect(
      report(checkTree(file, parse(read(`content/teach/sections/${file}`)), parse(read(own)), ['section', 'minutes', 'chart', 'cites'])),
    ).toBe('');
  });
});
