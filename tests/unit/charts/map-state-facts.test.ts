// The map's picker carries each state's dates packed and writes the sentences in the
// browser (src/charts/membership-map/state-facts.ts): what a reader reads must be the
// dates of membership.csv, in the page's language, for every state.
import { describe, expect, it } from 'vitest';
import { membership } from '../../../src/data';
import { mapIn } from '../../../src/charts/membership-map/spec';
import { factLines, longDateIn, packDates, unpackDates } from '../../../src/charts/membership-map/state-facts';

describe("the map picker's state facts", () => {
  const en = mapIn('en');

  it('unpacks to the dates it packed, for every state', () => {
    const states = en.stateDates();
    expect(states).toHaveLength(membership.members.length);
    for (const st of states) expect(unpackDates(packDates(st.dates))).toEqual(st.dates);
  });

  it("writes Poland's dates, its withdrawal notice and when it took effect", () => {
    const poland = en.stateFacts().find((s) => s.iso3 === 'POL')!;
    expect(poland.facts).toEqual([
      'Signed 4 December 1997',
      'Joined 27 December 2012 (ratification)',
      expect.stringMatching(/^Treaty in force for it from \d+ \w+ 2013$/),
      'Withdrawal notified 20 August 2025',
      'Withdrawal took effect 20 February 2026',
    ]);
  });

  it("gives Ukraine's contested suspension and no effective date; a dot says so", () => {
    const facts = new Map(en.stateFacts().map((s) => [s.iso3, s.facts]));
    expect(facts.get('UKR')!.join(' ')).toMatch(/Notified a “suspension” on \d+ \w+ 2025.*contested/);
    expect(facts.get('UKR')!.join(' ')).not.toContain('took effect');
    expect(facts.get('MLT')).toContain('Too small to draw: shown as a dot');
    expect(facts.get('USA')!.slice(0, 2)).toEqual(['Never signed', 'Never joined']);
  });

  it("writes the dates in the page's language, as the site's formatter does", () => {
    const fr = mapIn('fr');
    const poland = fr.stateDates().find((s) => s.iso3 === 'POL')!;
    const lines = factLines(poland.dates, fr.factWords, longDateIn('fr-FR'));
    expect(lines.at(-1)).toContain('20 février 2026');
    expect(lines.join(' ')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('packs some 200 states into a few kilobytes', () => {
    const packed = en
      .stateDates()
      .map((s) => packDates(s.dates))
      .join('');
    expect(packed.length).toBeLessThan(200 * 50);
  });
});
