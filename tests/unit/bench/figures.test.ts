/**
 * `npm run bench`'s verdicts on figures it is handed: a translated page against its
 * English counterpart (issue 16), and Lighthouse runs that disagree (issue 14).
 */
import { describe, expect, it } from 'vitest';
import { againstEnglish, lighthouseLines, textAlone } from '../../../bench/figures.mjs';

const page = (path: string, gzip: number, brotli = gzip) => ({ path, total: [0, gzip, brotli] });

describe('a translated page weighed against English', () => {
  const rows = [
    page('/', 100_000),
    page('/about/', 5_000),
    page('/fr/', 110_000),
    page('/km/', 110_001),
    page('/km/about/', 6_000, 5_000),
    page('/uk/lost/', 1_000),
    page('/404.html', 2_000),
    page('/es/404/', 2_100),
  ];
  const weighed = Object.fromEntries(againstEnglish(rows, 0.1).map((w) => [w.path, w]));

  it('compares each translated page with the same path in English, and never English with itself', () => {
    expect(Object.keys(weighed).sort()).toEqual(['/es/404/', '/fr/', '/km/', '/km/about/', '/uk/lost/']);
    expect(weighed['/km/about/']).toMatchObject({ english: '/about/', gzip: 1.2, brotli: 1 });
  });

  it("weighs a translation's not-found page against English's /404.html", () => {
    expect(weighed['/es/404/']).toMatchObject({ english: '/404.html', over: false });
  });

  it('passes a page exactly 10% heavier and fails one a byte over', () => {
    expect(weighed['/fr/'].over).toBe(false);
    expect(weighed['/km/'].over).toBe(true);
    expect(weighed['/km/about/'].over).toBe(true);
  });

  it('fails a translated page that has no English page to be weighed against', () => {
    expect(weighed['/uk/lost/']).toMatchObject({ english: null, over: true });
  });
});

describe("a translated page's weight from its text alone", () => {
  const withText = (total: number, text: number) => ({ total: [0, total, 0], parts: { text: { gzip: text } } });

  it("is English's total plus the text's extra gzip bytes, over English's total", () => {
    // English 10,000 bytes of which 4,000 text; the translation's text 5,500: 1,500 more.
    expect(textAlone(withText(12_000, 5_500), withText(10_000, 4_000))).toBe(1.15);
  });

  it('does not count what the page carries besides its text', () => {
    // Same text as English: however heavy the rest, the text alone adds nothing.
    expect(textAlone(withText(20_000, 4_000), withText(10_000, 4_000))).toBe(1);
  });

  it('is carried with each weighed page, and is null without text figures', () => {
    const rows = [
      { path: '/about/', ...withText(10_000, 4_000) },
      { path: '/uk/about/', ...withText(12_000, 5_500) },
    ];
    expect(againstEnglish(rows, 0.1)[0].textAlone).toBe(1.15);
    expect(textAlone({ total: [0, 1, 0] }, withText(10_000, 4_000))).toBeNull();
  });
});

describe("Lighthouse's report", () => {
  const options = { runs: 3, minScore: 95, spreadWarn: 10 };

  it('gives the median of three runs and every run', () => {
    const [, line] = lighthouseLines([{ path: '/', all: { performance: [99, 80, 97] }, time: '1 s' }], options);
    expect(line).toContain('performance 97 (99/80/97)');
  });

  it("gives each performance metric's median and runs under the scores", () => {
    const lines = lighthouseLines(
      [{ path: '/', all: { performance: [72, 70, 75] }, metrics: { LCP: [4100, 3900, 4500], CLS: [0, 0.02, 0] }, time: '1 s' }],
      options,
    );
    expect(lines[2]).toContain('LCP 4100 (4100/3900/4500)');
    expect(lines[2]).toContain('CLS 0 (0/0.02/0)');
  });

  it('says when runs disagree by more than 10 points, and only then', () => {
    const lines = lighthouseLines(
      [
        { path: '/', all: { performance: [99, 88, 97], seo: [100, 100, 100] }, time: '1 s' },
        { path: '/embed/x/', all: { performance: [99, 89, 97] }, time: '1 s' },
      ],
      options,
    );
    const warnings = lines.filter((l) => l.includes('disagree'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/performance runs disagree by more than 10 points \(99, 88, 97\)/);
    expect(lines.indexOf(warnings[0])).toBe(2);
  });
});
