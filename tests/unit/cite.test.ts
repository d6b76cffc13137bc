// The three citation styles a reader copies from "Cite this page": what a teacher
// or an editor checks first is the order of the parts, the date form and the URL.
import { describe, expect, it } from 'vitest';
import { citation, plainText, PUBLISHER, REVIEWED } from '../../src/lib/cite';
import { SITE_NAME } from '../../src/lib/site';

const work = {
  title: 'The Mine Ban Treaty',
  url: 'https://example.org/sections/the-treaty/',
  publisher: 'Example Explainer',
  reviewed: '2026-09-05',
};

describe('citation formats', () => {
  it('APA 7: group author, (year, Month day), italic title, URL', () => {
    const parts = citation('apa', work);
    expect(plainText(parts)).toBe('Example Explainer. (2026, September 5). The Mine Ban Treaty. https://example.org/sections/the-treaty/');
    expect(parts.filter((p) => p.italic).map((p) => p.text)).toEqual(['The Mine Ban Treaty.']);
  });

  it('MLA 9: quoted title, italic site, day Mon. year, URL without its scheme', () => {
    const parts = citation('mla', work);
    expect(plainText(parts)).toBe('“The Mine Ban Treaty.” Example Explainer, 5 Sept. 2026, example.org/sections/the-treaty/.');
    expect(parts.filter((p) => p.italic).map((p) => p.text)).toEqual(['Example Explainer']);
  });

  it('Chicago 17: quoted title, publisher, "Last reviewed Month day, year", URL', () => {
    expect(plainText(citation('chicago', work))).toBe(
      '“The Mine Ban Treaty.” Example Explainer. Last reviewed September 5, 2026. https://example.org/sections/the-treaty/.',
    );
  });

  it('a title that ends in its own question mark takes no added full stop', () => {
    const text = plainText(citation('chicago', { ...work, title: 'What happened next?' }));
    expect(text).toContain('“What happened next?” Example');
    expect(text).not.toContain('?.');
  });

  it('the long read, whose title is the site name, names the site once in MLA and Chicago', () => {
    const longRead = { title: SITE_NAME, url: 'https://example.org/' };
    for (const style of ['mla', 'chicago'] as const) {
      const text = plainText(citation(style, longRead));
      expect(text.split(SITE_NAME).length - 1, style).toBe(1);
    }
  });

  it('without publisher or date, every style uses the site name and the reviewed date from content/site.yaml', () => {
    expect(PUBLISHER).toBe(SITE_NAME);
    expect(REVIEWED).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const [y, m, d] = REVIEWED.split('-').map(Number);
    const text = plainText(citation('chicago', { title: 'Reactions', url: 'https://example.org/sections/reactions/' }));
    expect(text).toContain(SITE_NAME);
    expect(text).toContain(`${new Date(Date.UTC(y, m - 1, d)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' })} ${d}, ${y}`);
  });

  it('rejects a date that is not YYYY-MM-DD rather than printing a wrong one', () => {
    expect(() => citation('apa', { ...work, reviewed: '5 September 2026' })).toThrow();
    expect(() => citation('apa', { ...work, reviewed: '2026-13-01' })).toThrow();
  });

  // A French or Khmer reader copies the citation into work in their own language: a month or a
  // lead-in left in English ("Last reviewed November 27") is the English a translated page must not show.
  it('on a translated page, each style keeps its order but writes its date and words in the page language', () => {
    expect(plainText(citation('apa', work, 'fr'))).toBe(
      'Example Explainer. (2026, 5 septembre). The Mine Ban Treaty. https://example.org/sections/the-treaty/',
    );
    expect(plainText(citation('mla', work, 'es'))).toBe(
      '“The Mine Ban Treaty.” Example Explainer, 5 de septiembre de 2026, example.org/sections/the-treaty/.',
    );
    expect(plainText(citation('chicago', work, 'fr'))).toBe(
      '“The Mine Ban Treaty.” Example Explainer. Revu pour la dernière fois le 5 septembre 2026. https://example.org/sections/the-treaty/.',
    );
    const english = /January|February|March|April|May|June|July|August|September|October|November|December|Sept\.|Last reviewed/;
    for (const lang of ['fr', 'es', 'uk', 'km'] as const) {
      for (const style of ['apa', 'mla', 'chicago'] as const) {
        const text = plainText(citation(style, work, lang));
        expect(text, `${lang} ${style}`).not.toMatch(english);
        expect(text, `${lang} ${style}`).toContain('2026');
      }
    }
  });
});
