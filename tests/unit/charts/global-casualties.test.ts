import { describe, expect, it } from 'vitest';
import { globalCasualties, type GlobalInput } from '../../../src/charts/global-casualties/geometry';
import { global2023, global2024, globalByYear } from '../../../src/data';
import { topCountries } from '../../../src/data/casualties';

const input: GlobalInput = {
  years: [
    ...globalByYear.map((y) => ({ year: y.year, casualties: y.casualties })),
    { year: 2024, casualties: global2024.get('total_casualties_2024')!.value },
  ],
  latestYear: 2024,
  breakdown: {
    year: 2023,
    total: 5757,
    parts: [
      { kind: 'killed', label: 'killed', value: 1983 },
      { kind: 'injured', label: 'injured', value: 3663 },
      { kind: 'unknown', label: 'unknown', value: 111 },
    ],
    note: '84% were civilians (where status was known).',
  },
  countries: topCountries(global2023),
};

describe.each([320, 700, 960])('global casualties at width %i', (width) => {
  const g = globalCasualties(input, width);
  const s = g.series;

  it('covers 1999–2024 with gaps for 2002 and 2005 and no bar there', () => {
    expect(s.bars.length + s.gaps.length).toBe(26);
    expect(s.gaps.map((m) => m.year)).toEqual([2002, 2005]);
    expect(s.bars.find((b) => b.year === 2002 || b.year === 2005)).toBeUndefined();
  });

  it('makes bar heights proportional to the totals and marks 2024 as the latest', () => {
    const k = (s.yTicks[0].pos - s.yTicks[1].pos) / Number(s.yTicks[1].label.replace(/,/g, ''));
    for (const bar of s.bars) {
      const value = input.years.find((y) => y.year === bar.year)!.casualties!;
      expect(bar.segments[0].h).toBeCloseTo(value * k, 1);
    }
    const latest = s.bars.find((b) => b.year === 2024)!;
    expect(latest.segments[0].kind).toBe('latest');
    expect(latest.total).toBe(6279);
    expect(s.labels.some((l) => l.lines.join(' ') === '2024: 6,279 latest')).toBe(true);
  });

  it('splits 2023 into killed, injured and unknown in proportion, across the full width', () => {
    const bars = g.breakdown.bars;
    const full = bars.reduce((sum, b) => sum + b.w, 0);
    expect(bars[0].x).toBe(0);
    expect(bars[1].w / bars[0].w).toBeCloseTo(3663 / 1983, 3);
    expect(bars[2].w / full).toBeCloseTo(111 / 5757, 3);
    expect(g.breakdown.labels.map((l) => l.lines[0])).toEqual(['1,983 killed', '3,663 injured', '111 unknown']);
  });

  it('ranks the ten countries with bars proportional to their casualties', () => {
    const c = g.countries;
    expect(c.names.map((n) => n.lines[0])).toEqual([
      'Myanmar',
      'Syria',
      'Afghanistan',
      'Ukraine',
      'Yemen',
      'Nigeria',
      'Burkina Faso',
      'Mali',
      'Ethiopia',
      'Iraq',
    ]);
    expect(c.bars[1].w / c.bars[0].w).toBeCloseTo(933 / 1003, 3);
    expect(c.bars.at(-1)!.w / c.bars[0].w).toBeCloseTo(102 / 1003, 3);
  });
});
