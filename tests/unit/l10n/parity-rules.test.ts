// The parity rules on small made-up files: they pass a faithful translation and catch
// each way a translation can go wrong.
import { describe, expect, it } from 'vitest';
import { checkList, checkMdx, checkStrings, checkTree } from './parity';

const EN = `
site:
  name: The Mine Ban Treaty explainer
  skip-link: Skip to content
map:
  joins:
    one: '{names} joins'
    other: '{names} join'
figure:
  source-sep: '; '
`;

describe('strings', () => {
  it('pass a complete translation', () => {
    const fr = `site:\n  name: Le traité d'Ottawa expliqué\n  skip-link: Aller au contenu\nmap:\n  joins:\n    one: '{names} adhère'\n    many: '{names} adhèrent'\n    other: '{names} adhèrent'\nfigure:\n  source-sep: '; '\n`;
    expect(checkStrings('fr', EN, fr)).toEqual([]);
  });
  it('catch a missing key, a lost placeholder, a missing plural category and English left', () => {
    const uk = `site:\n  name: The Mine Ban Treaty explainer\nmap:\n  joins:\n    one: 'приєднується'\n    other: '{names} приєднуються'\nfigure:\n  source-sep: '; '\n`;
    const problems = checkStrings('uk', EN, uk).map((p) => `${p.where}: ${p.what}`);
    expect(problems).toContain('site.skip-link: missing');
    expect(problems.some((p) => p.startsWith('map.joins.one: placeholders'))).toBe(true);
    expect(problems).toContain('map.joins.few: missing (plural category "few" of uk)');
    expect(problems).toContain('site.name: left in English: "The Mine Ban Treaty explainer"');
  });
});

const MDX_EN = `---
id: the-treaty
title: The treaty
summary: What the treaty bans and who has joined it.
order: 2
sources: [afp]
charts: [membership-map]
---
Under the treaty, <Fact id="states-parties" /> states have joined it, as the records show <Cite keys={['afp']} />.
`;

describe('sections', () => {
  it('pass a translation with the same components', () => {
    const fr = MDX_EN.replace('The treaty', 'Le traité')
      .replace('What the treaty bans and who has joined it.', 'Ce que le traité interdit et qui l’a rejoint.')
      .replace('Under the treaty,', 'Selon le traité,')
      .replace('states have joined it, as the records show', 'États l’ont rejoint, selon les registres');
    expect(checkMdx('02', MDX_EN, fr)).toEqual([]);
  });
  it('catch a changed fact id, a dropped citation and an English paragraph', () => {
    const bad = MDX_EN.replace('states-parties', 'states-signatories')
      .replace(" <Cite keys={['afp']} />", '')
      .replace('The treaty', 'Le traité');
    const what = checkMdx('02', MDX_EN, bad).map((p) => p.what);
    expect(what.some((w) => w.includes('Fact id="states-parties"') && w.startsWith('components missing'))).toBe(true);
    expect(what.some((w) => w.includes("Cite keys={['afp']}"))).toBe(true);
    expect(what.some((w) => w.includes('left in English'))).toBe(true);
  });
});

describe('lists and kits', () => {
  const en = `- id: zelensky\n  words: very important\n  body: President of Ukraine\n  names: [Zelensky]\n`;
  it('keep the quoted words in English and require a translation', () => {
    const fr = `- id: zelensky\n  words: très important\n  body: Président de l'Ukraine\n  names: [Zelensky]\n`;
    const what = checkList('quotes.yaml', en, fr, ['body', 'names'], ['translation']).map((p) => p.what);
    expect(what).toContain('"words" must stay as in the English');
    expect(what).toContain('no "translation"');
  });
  it('catch a kit whose minutes changed or whose steps stayed English', () => {
    const kit = { section: 'x', plan15: [{ minutes: 5, step: 'Read the summary aloud together.' }] };
    const what = checkTree('x.yaml', kit, { section: 'x', plan15: [{ minutes: 6, step: 'Read the summary aloud together.' }] }, [
      'section',
      'minutes',
    ]).map((p) => `${p.where}: ${p.what}`);
    expect(what).toContain('x.yaml plan15[0].minutes: must stay as in the English');
    expect(what).toContain('x.yaml plan15[0].step: left in English');
  });
});
