import { describe, expect, it } from 'vitest';
import { cambodiaCasualties, partsOf } from '../../../src/charts/cambodia-casualties/geometry';
import { cambodiaCasualties as years } from '../../../src/data';
import type { YearPanel } from '../../../src/charts/kit/bars';

const input = {
  years,
  statement: { year: 1996, value: 4300, lines: ['PM: over 4,300'] },
  cumulative: { lines: ['Recorded 1979–2024: 19,834 killed, 45,252 injured'] },
  insetFrom: 2010,
};

/** Units of height per casualty, from the panel's 0 and first non-zero tick. */
const perUnit = (p: YearPanel) => (p.yTicks[0].pos - p.yTicks[1].pos) / Number(p.yTicks[1].label.replace(/,/g, ''));

describe.each([320, 480, 700, 960])('Cambodia casualties at width %i', (width) => {
  const g = cambodiaCasualties(input, width);

  it('has one bar or one gap mark per year, 1979–2024, in order', () => {
    expect(g.main.bars.length + g.main.gaps.length).toBe(years.length);
    const xs = [...g.main.bars.map((b) => [b.year, b.x]), ...g.main.gaps.map((m) => [m.year, m.cx])].sort((a, b) => a[0] - b[0]);
    for (let k = 1; k < xs.length; k++) expect(xs[k][1]).toBeGreaterThan(xs[k - 1][1]);
  });

  it('draws undocumented years as gap marks with no bar, never as zero', () => {
    const missing = years.filter((y) => y.total === null).map((y) => y.year);
    expect(missing).toEqual(expect.arrayContaining([1980, 1995, 2004, 2018]));
    expect(g.main.gaps.map((m) => m.year)).toEqual(missing);
    for (const year of missing) expect(g.main.bars.find((b) => b.year === year)).toBeUndefined();
    expect(g.inset.gaps.map((m) => m.year)).toEqual(missing.filter((y) => y >= 2010));
    for (const m of g.main.gaps) expect(m.tip).toMatch(/no data/);
  });

  it('makes bar heights proportional to the recorded totals, in both panels', () => {
    for (const panel of [g.main, g.inset]) {
      const k = perUnit(panel);
      for (const bar of panel.bars) {
        const h = bar.segments.reduce((sum, s) => sum + s.h, 0);
        expect(h, String(bar.year)).toBeCloseTo(years.find((y) => y.year === bar.year)!.total! * k, 1);
      }
    }
  });

  it('scales the main panel to the largest value and the inset to recent years only', () => {
    const max = Math.max(...years.map((y) => y.total ?? 0), 4300);
    const top = Number(g.main.yTicks.at(-1)!.label.replace(/,/g, ''));
    expect(top).toBeGreaterThanOrEqual(max);
    expect(top - max).toBeLessThan(1000);
    const recent = Math.max(...years.filter((y) => y.year >= 2010).map((y) => y.total ?? 0));
    const insetTop = Number(g.inset.yTicks.at(-1)!.label.replace(/,/g, ''));
    expect(insetTop).toBeGreaterThanOrEqual(recent);
    expect(insetTop).toBeLessThan(recent + 100);
    expect(g.inset.bars.every((b) => b.year >= 2010)).toBe(true);
  });

  it('splits killed and injured only where the sources do, with total-only bars otherwise', () => {
    for (const bar of g.main.bars) {
      const y = years.find((r) => r.year === bar.year)!;
      const kinds = bar.segments.map((s) => s.kind);
      if (y.killed !== null && y.injured !== null) expect(kinds.slice(0, 2)).toEqual(['killed', 'injured']);
      else expect(kinds).toEqual(['total']);
    }
  });

  it('draws the 1996 statement above the recorded 1996 bar', () => {
    const bar = g.main.bars.find((b) => b.year === 1996)!;
    expect(g.statement.y).toBeLessThan(bar.segments[0].y);
    expect(bar.segments[0].y - g.statement.y).toBeCloseTo((4300 - 4127) * perUnit(g.main), 1);
  });
});

describe('partsOf', () => {
  it('keeps the remainder the sources do not split (2002: 847 = 146 + 695 + 6)', () => {
    expect(partsOf({ year: 2002, killed: 146, injured: 695, total: 847 })).toEqual([
      { kind: 'killed', value: 146 },
      { kind: 'injured', value: 695 },
      { kind: 'unsplit', value: 6 },
    ]);
    expect(partsOf({ year: 1985, killed: null, injured: null, total: null })).toEqual([]);
  });
});
