import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/data/csv';
import { parseMembership, parseWithdrawals, parseCounts, joinMembership } from '../../../src/data/membership';
import { parseCambodiaCasualties, parseGlobalByYear, parseMetrics } from '../../../src/data/casualties';

const HEADER = 'iso3,name,status,signed,joined,join_type,entry_into_force,source';
const row = (s: string) => `${HEADER}\n${s}\n`;

/** Runs a parser on a malformed file and returns the error it raised. */
function errorOf(run: () => unknown): DataError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return e as DataError;
  }
  throw new Error('expected the parser to reject the file');
}

describe('membership.csv validation names file, line and column', () => {
  it('rejects a date that is not a real calendar date', () => {
    const e = errorOf(() => parseMembership(row('CAN,Canada,state_party,1997-12-03,1997-02-30,ratification,1999-03-01,LM'), 'm.csv'));
    expect(e.message).toBe('m.csv:2:35: joined: "1997-02-30" is not a real calendar date');
  });

  it('rejects a date in the wrong form', () => {
    const e = errorOf(() => parseMembership(row('CAN,Canada,state_party,03/12/1997,1997-12-03,ratification,1999-03-01,LM'), 'm.csv'));
    expect([e.line, e.column]).toEqual([2, 24]);
    expect(e.message).toContain('"03/12/1997" is not a date in YYYY-MM-DD form');
  });

  it('rejects an unknown status', () => {
    const e = errorOf(() => parseMembership(row('CAN,Canada,member,1997-12-03,1997-12-03,ratification,1999-03-01,LM'), 'm.csv'));
    expect(e.message).toMatch(/^m\.csv:2:12: status: "member" is not one of state_party, signatory_not_ratified, not_party$/);
  });

  it('rejects a duplicate iso3, pointing at the second occurrence', () => {
    const text = `${HEADER}\nCAN,Canada,not_party,,,,,LM\nFRA,France,not_party,,,,,LM\nCAN,Canada again,not_party,,,,,LM\n`;
    const e = errorOf(() => parseMembership(text, 'm.csv'));
    expect(e.message).toBe('m.csv:4:1: iso3: duplicate iso3 "CAN" (first on line 2)');
  });

  it('rejects an iso3 that is not three capital letters', () => {
    const e = errorOf(() => parseMembership(row('CA,Canada,not_party,,,,,LM'), 'm.csv'));
    expect([e.line, e.column]).toEqual([2, 1]);
  });

  it('rejects a row with the wrong number of fields', () => {
    const e = errorOf(() => parseMembership(`${HEADER}\nCAN,Canada,not_party\n`, 'm.csv'));
    expect(e.message).toBe('m.csv:2:21: signed: missing; expected 8 fields, found 3');
  });

  it('rejects a missing column', () => {
    const e = errorOf(() => parseMembership('iso3,name\nCAN,Canada\n', 'm.csv'));
    expect(e.message).toBe('m.csv:1:1: header: missing column "status"');
  });

  it('keeps empty cells as missing, not as zero or empty dates', () => {
    const [m] = parseMembership(row('USA,United States of America,not_party,,,,,LM'), 'm.csv');
    expect(m.signed).toBeNull();
    expect(m.joined).toBeNull();
    expect(m.joinType).toBeNull();
  });

  it('reads quoted fields holding commas and reports columns after them', () => {
    const text = `${HEADER}\nCAN,"Canada, the first",state_party,1997-12-03,1997-12-3,ratification,1999-03-01,LM\n`;
    const e = errorOf(() => parseMembership(text, 'm.csv'));
    expect([e.line, e.column]).toEqual([2, 48]);
  });
});

describe('casualty files reject impossible counts', () => {
  it('rejects a negative count', () => {
    const e = errorOf(() => parseCambodiaCasualties('year,killed,injured,total,source\n2001,-3,10,7,X\n', 'c.csv'));
    expect(e.message).toBe('c.csv:2:6: killed: "-3" is not a non-negative whole number');
  });

  it('rejects a fractional count', () => {
    const e = errorOf(() => parseGlobalByYear('year,casualties,killed,injured,source\n2001,12.5,,,X\n', 'g.csv'));
    expect([e.line, e.column]).toEqual([2, 6]);
  });

  it('rejects killed + injured above the total', () => {
    const e = errorOf(() => parseCambodiaCasualties('year,killed,injured,total,source\n2001,10,10,19,X\n', 'c.csv'));
    expect(e.message).toBe('c.csv:2:12: total: killed + injured (20) exceeds the total 19');
  });

  it('rejects a duplicate year', () => {
    const e = errorOf(() => parseCambodiaCasualties('year,killed,injured,total,source\n2001,,,5,X\n2001,,,6,Y\n', 'c.csv'));
    expect(e.message).toBe('c.csv:3:1: year: duplicate year 2001');
  });

  it('keeps an undocumented year as a gap', () => {
    const [y] = parseCambodiaCasualties('year,killed,injured,total,source\n1985,,,,NOT FOUND\n', 'c.csv');
    expect(y).toEqual({ year: 1985, killed: null, injured: null, total: null, source: 'NOT FOUND' });
  });

  it('rejects a duplicate metric', () => {
    const e = errorOf(() => parseMetrics('metric,value,unit,source\na,1,x,S\na,2,x,S\n', 'g.csv'));
    expect([e.line, e.column]).toEqual([3, 1]);
  });
});

describe('withdrawals and counts', () => {
  const W = 'country,iso3,announcement_date,notification_deposit_date,notification_type,effective_date,status_as_of_2026-02,sources';
  it('rejects an effective date before the deposit', () => {
    const e = errorOf(() => parseWithdrawals(`${W}\nEstonia,EST,2025-03-18,2025-06-27,Art.20,2025-01-01,withdrawn,X\n`, 'w.csv'));
    expect(e.message).toBe('w.csv:2:42: effective_date: takes effect before it was deposited');
  });

  // Column 9 is the character where "EST" starts, as an editor shows it (not field 2).
  it('rejects a withdrawal of a state that is not in membership.csv', () => {
    const members = parseMembership(row('CAN,Canada,not_party,,,,,LM'), 'm.csv');
    const withdrawals = parseWithdrawals(`${W}\nEstonia,EST,2025-03-18,2025-06-27,Art.20,2025-12-27,withdrawn,X\n`, 'w.csv');
    expect(() => joinMembership(members, withdrawals, 'w.csv')).toThrow('w.csv:2:9: iso3: "EST" is not in membership.csv');
  });

  it('rejects a non-numeric count', () => {
    const text =
      'year,states_parties,new_deposits_in_year,withdrawals_taking_effect_in_year,net_states_parties_31dec,published_cumulative_figure\n1999,ninety,32,0,90,90\n';
    const e = errorOf(() => parseCounts(text, 'n.csv'));
    expect([e.line, e.column]).toEqual([2, 6]);
  });
});
