// A layout step that meets data it cannot draw names the data row, not only its own
// layout: a maintainer reads "global_by_year.csv:N" and knows which line to look at.
import { describe, expect, it } from 'vitest';
import { global2023 } from '../../../src/data';
import { topCountries } from '../../../src/data/casualties';
import { globalSeries } from '../../../src/data/derive';
import { fromRow } from '../../../src/data/origin';
import { globalCasualties } from '../../../src/charts/global-casualties/geometry';

describe('layout errors name the data row', () => {
  it('every yearly row of the global series knows the file and line it came from', () => {
    for (const row of globalSeries) expect(fromRow(row)).toMatch(/^, from content\/data\/casualties\/global_(by_year|2024)\.csv:\d+$/);
    expect(fromRow(globalSeries.find((r) => r.year === 2013)!)).toBe(', from content/data/casualties/global_by_year.csv:16');
  });

  it('a label with no room names its row', () => {
    const input = {
      years: globalSeries,
      latestYear: 2024,
      breakdown: { year: 2023, total: 3, parts: [{ kind: 'killed' as const, label: 'killed', value: 3 }], note: '' },
      countries: topCountries(global2023),
    };
    // 40 px leaves no room for the labels: the build would stop here, naming the row (2002 has no total: line 5).
    expect(() => globalCasualties(input, 40)).toThrow(
      'global-casualties: no room for gap label 2002 at width 40, from content/data/casualties/global_by_year.csv:5',
    );
  });
});
