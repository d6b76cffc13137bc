import { describe, expect, it } from 'vitest';
import { membership, publishedCounts, statesPartiesAt, statusAt, countsByYear, steps, dataAsOf } from '../../../src/data';

describe('statesPartiesAt', () => {
  it('counts 164 States Parties at the end of 2024', () => {
    expect(statesPartiesAt('2024-12-31')).toBe(164);
  });

  it('matches the published net count at every 31 December in counts_by_year.csv', () => {
    for (const row of publishedCounts) {
      expect(statesPartiesAt(`${row.year}-12-31`), `31 Dec ${row.year}`).toBe(row.net31Dec);
    }
  });

  it('counts a state from the day its instrument was deposited', () => {
    // Palestine deposited on 2017-12-29 and became the 164th.
    expect(statusAt('PSE', '2017-12-28')).toBe('not_party');
    expect(statusAt('PSE', '2017-12-29')).toBe('state_party');
    expect(statesPartiesAt('2017-12-29') - statesPartiesAt('2017-12-28')).toBe(1);
  });

  it('stops counting a state on the day its withdrawal takes effect', () => {
    expect(statusAt('POL', '2026-02-19')).toBe('state_party');
    expect(statusAt('POL', '2026-02-20')).toBe('withdrawn');
    expect(statesPartiesAt('2026-02-20')).toBe(statesPartiesAt('2026-02-19') - 1);
  });

  it("leaves Ukraine a State Party: its 'suspension' has no effective date", () => {
    expect(membership.withdrawals.find((w) => w.iso3 === 'UKR')?.effective).toBeNull();
    expect(statusAt('UKR', '2026-11-01')).toBe('state_party');
  });

  it('knows signatories that have not ratified and states never in', () => {
    expect(statusAt('MHL', '2024-12-31')).toBe('signatory');
    expect(statusAt('MHL', '2025-03-12')).toBe('state_party');
    expect(statusAt('USA', '2024-12-31')).toBe('not_party');
    expect(statusAt('RUS', '2024-12-31')).toBe('not_party');
  });

  it('agrees with the status column of membership.csv at 31 Dec 2024', () => {
    const mapped = { state_party: 'state_party', signatory_not_ratified: 'signatory', not_party: 'not_party' } as const;
    for (const m of membership.members) expect(statusAt(m.iso3, '2024-12-31'), m.iso3).toBe(mapped[m.status2024]);
  });
});

describe('derived series', () => {
  it('gives a count per year from 1997', () => {
    const series = countsByYear(1997, 2025);
    expect(series).toHaveLength(29);
    expect(series[0]).toEqual({ year: 1997, count: 3 });
    expect(series.at(-1)).toEqual({ year: 2025, count: 163 });
  });

  it('steps change only on deposit or withdrawal dates, by the right amount', () => {
    const s = steps();
    expect(s[0].date).toBe('1997-12-03');
    for (let k = 1; k < s.length; k++) expect(s[k].count).not.toBe(s[k - 1].count);
    expect(s.at(-1)).toEqual({ date: '2026-02-20', count: 161 });
  });

  it('dates the data by its last event', () => {
    expect(dataAsOf).toBe('2026-02-20');
  });
});
