// The parts of `npm run bench` that judge figures rather than take them: a translated
// page against its English counterpart, and Lighthouse runs that disagree. Kept apart
// from scripts/bench.mjs so tests can feed them made-up figures.
import { englishPathOf, languageOf } from '../scripts/lib/languages.mjs';

/**
 * Each translated page's total (gzip and brotli, fonts not included) over its English
 * counterpart's, and whether it is heavier than English by more than `overEnglishMax`
 * (0.10 = 10%). A translated page without an English counterpart is reported as such.
 * @param {{ path: string, total: number[] }[]} rows total = [raw, gzip, brotli] bytes
 * @param {number} overEnglishMax
 */
export function againstEnglish(rows, overEnglishMax) {
  // The English not-found page is /404.html (what hosts serve); a translation's is /fr/404/.
  const key = (path) => path.replace(/^\/404\.html$/, '/404/');
  const english = new Map(rows.filter((r) => languageOf(r.path) === 'en').map((r) => [key(r.path), r]));
  return rows
    .filter((r) => languageOf(r.path) !== 'en')
    .map((r) => {
      const en = english.get(key(englishPathOf(r.path)));
      if (!en) return { path: r.path, english: null, gzip: NaN, brotli: NaN, over: true };
      const gzip = r.total[1] / en.total[1];
      const brotli = r.total[2] / en.total[2];
      return { path: r.path, english: en.path, gzip, brotli, over: gzip > 1 + overEnglishMax, textAlone: textAlone(r, en) };
    });
}

/**
 * What a translated page would weigh over English if every byte but its visible text
 * were English's own (the same markup, CSS and JS): English's total plus the gzip bytes
 * by which its text outweighs English's text, over English's total. Where this alone
 * passes the budget, no work on markup, CSS or JS can bring the page within it; only
 * shorter text could. An estimate (gzip is not quite additive over parts of a page);
 * null where the rows carry no text figures.
 * @param {{ total: number[], parts?: { text: { gzip: number } } }} r
 * @param {{ total: number[], parts?: { text: { gzip: number } } }} en
 */
export function textAlone(r, en) {
  if (!r.parts || !en.parts) return null;
  return (en.total[1] + r.parts.text.gzip - en.parts.text.gzip) / en.total[1];
}

/**
 * The categories whose runs lie further apart than `spreadWarn` points.
 * @param {Record<string, number[]>} all scores per category, one per run
 * @param {number} spreadWarn
 */
export const disagreeing = (all, spreadWarn) => Object.keys(all).filter((c) => Math.max(...all[c]) - Math.min(...all[c]) > spreadWarn);

/**
 * Lighthouse's report lines: each page's median per category with every run's score,
 * the performance metrics' medians and runs when given, and a warning under a page
 * whose runs disagree by more than `spreadWarn` points.
 * @param {{ path: string, all: Record<string, number[]>, metrics?: Record<string, number[]>, time: string }[]} results
 * @param {{ runs: number, minScore: number, spreadWarn: number }} o
 */
export function lighthouseLines(results, { runs, minScore, spreadWarn }) {
  const lines = [`Lighthouse (mobile preset, simulated throttling), median of ${runs} runs, minimum ${minScore}:`];
  for (const r of results) {
    const cells = Object.entries(r.all).map(([c, xs]) => `${c} ${median(xs)} (${xs.join('/')})`);
    lines.push(`  ${r.path.padEnd(32)} ${cells.join('  ')}  (${r.time})`);
    for (const c of disagreeing(r.all, spreadWarn)) {
      lines.push(
        `    ⚠ ${c} runs disagree by more than ${spreadWarn} points (${r.all[c].join(', ')}): the machine was busy; the median is reported`,
      );
    }
    // What the performance score is made of, so a low score says which metric to work on.
    if (r.metrics)
      lines.push(
        `    ${Object.entries(r.metrics)
          .map(([m, xs]) => `${m} ${median(xs)} (${xs.join('/')})`)
          .join('  ')}`,
      );
  }
  return lines;
}

/** The middle value (the upper one of an even count). */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Rows of cells as aligned text: the first `left` columns flush left, the rest flush right.
 * @param {string[]} head
 * @param {string[][]} lines
 */
export function table(head, lines, left = 1) {
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells) =>
    cells
      .map((c, i) => (i < left ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [fmt(head), ...lines.map(fmt)].join('\n');
}
