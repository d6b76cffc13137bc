/**
 * The edits a data editor can get wrong, made to copies of the real files: each
 * must stop the loader with file:line:column, the column's name and what is wrong.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/data/csv';
import { checkCounts, joinMembership, parseCounts, parseMembership, parseWithdrawals, statedAsOf } from '../../../src/data/membership';
import { parseCambodiaCasualties, parseCumulative, parseGlobalByYear, parseMetrics, parseStatements } from '../../../src/data/casualties';

const dir = 'content/data';
const bytesOf = (file: string) => new Uint8Array(readFileSync(`${dir}/${file}`));
const textOf = (file: string) => new TextDecoder('utf-8', { fatal: true }).decode(bytesOf(file));
const limits = { asOf: statedAsOf(textOf('membership/withdrawals.csv')) };
const encode = (text: string) => new TextEncoder().encode(text);

/** The real file with `from` replaced by `to` (which must occur exactly once). */
function edited(file: string, from: string, to: string): Uint8Array {
  const text = textOf(file);
  expect(text.split(from).length, `"${from}" occurs once in ${file}`).toBe(2);
  return encode(text.replace(from, to));
}

/** The real file with one line (1-based) deleted. */
function withoutLine(file: string, line: number): Uint8Array {
  const lines = textOf(file).split('\n');
  lines.splice(line - 1, 1);
  return encode(lines.join('\n'));
}

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return (e as Error).message;
  }
  throw new Error('expected the loader to reject the file');
}

const membershipOf = (bytes: Uint8Array) => parseMembership(bytes, 'membership.csv', limits);
const withdrawalsOf = (bytes: Uint8Array) => parseWithdrawals(bytes, 'withdrawals.csv', limits);
const cambodiaOf = (bytes: Uint8Array) => parseCambodiaCasualties(bytes, 'cambodia_casualties.csv', limits);
const globalOf = (bytes: Uint8Array) => parseGlobalByYear(bytes, 'global_by_year.csv', limits);

describe('the unedited files load', () => {
  it('reads every file with the as-of date withdrawals.csv states', () => {
    expect(limits.asOf).toBe('2026-02-28');
    const members = membershipOf(bytesOf('membership/membership.csv'));
    const data = joinMembership(members, withdrawalsOf(bytesOf('membership/withdrawals.csv')));
    expect(() => checkCounts(data, parseCounts(bytesOf('membership/counts_by_year.csv'), 'counts_by_year.csv', limits))).not.toThrow();
    expect(cambodiaOf(bytesOf('casualties/cambodia_casualties.csv')).length).toBeGreaterThan(40);
    expect(globalOf(bytesOf('casualties/global_by_year.csv')).length).toBe(25);
  });
});

describe('years', () => {
  it('rejects a year typed 2033 for 2023', () => {
    const bytes = edited('casualties/global_by_year.csv', '\n2023,5757', '\n2033,5757');
    expect(messageOf(() => globalOf(bytes))).toBe(
      'global_by_year.csv:26:1: year: 2033 is not a plausible year (1970 to 2026; the data are stated as of 2026-02-28)',
    );
  });

  it('rejects a deleted row for a year that had no data', () => {
    const bytes = withoutLine('casualties/global_by_year.csv', 5); // 2002, NOT FOUND
    expect(messageOf(() => globalOf(bytes))).toBe(
      'global_by_year.csv:5:1: year: 2003 follows 2001: 2002 is missing (a year without data is a row with empty cells)',
    );
  });

  it('rejects several missing years at once', () => {
    const text = 'year,killed,injured,total,source\n1990,,,,X\n1994,,,,X\n';
    expect(messageOf(() => cambodiaOf(encode(text)))).toBe(
      'cambodia_casualties.csv:3:1: year: 1994 follows 1990: 1991 to 1993 are missing (a year without data is a row with empty cells)',
    );
  });

  it('rejects years out of order', () => {
    const bytes = edited('casualties/cambodia_casualties.csv', '\n1997,,,2048,', '\n1996,,,2048,');
    expect(messageOf(() => cambodiaOf(bytes))).toBe('cambodia_casualties.csv:20:1: year: duplicate year 1996');
    const swapped = edited('casualties/cambodia_casualties.csv', '\n1998,,,2012,', '\n1996,,,2012,');
    expect(messageOf(() => cambodiaOf(swapped))).toBe('cambodia_casualties.csv:21:1: year: 1996 comes after 1997: years must ascend');
  });

  it('rejects a year before 1970', () => {
    const bytes = edited('casualties/cambodia_casualties.csv', '\n1979,', '\n1879,');
    expect(messageOf(() => cambodiaOf(bytes))).toBe(
      'cambodia_casualties.csv:2:1: year: 1879 is not a plausible year (1970 to 2026; the data are stated as of 2026-02-28)',
    );
  });

  it('rejects a gap in counts_by_year.csv', () => {
    const bytes = withoutLine('membership/counts_by_year.csv', 17); // 2012
    expect(messageOf(() => parseCounts(bytes, 'counts_by_year.csv', limits))).toBe(
      'counts_by_year.csv:17:1: year: 2013 follows 2011: 2012 is missing (a year without data is a row with empty cells)',
    );
  });
});

describe('dates', () => {
  it('rejects a mistyped joining year: Article 17 gives a different entry into force', () => {
    const bytes = edited('membership/membership.csv', 'FIN,Finland,state_party,,2012-01-09', 'FIN,Finland,state_party,,2021-01-09');
    expect(messageOf(() => membershipOf(bytes))).toBe(
      'membership.csv:63:26: joined: 2021-01-09 gives entry into force on 2021-07-01 under Article 17, but entry_into_force says 2012-07-01',
    );
  });

  it('rejects a joining date after the as-of date', () => {
    const bytes = edited(
      'membership/membership.csv',
      'FIN,Finland,state_party,,2012-01-09,accession,2012-07-01',
      'FIN,Finland,state_party,,2052-01-09,accession,2052-07-01',
    );
    expect(messageOf(() => membershipOf(bytes))).toBe(
      'membership.csv:63:26: joined: 2052-01-09 is after 2026-02-28, the date the data are stated as of',
    );
  });

  it('rejects a signature before the treaty opened for signature', () => {
    const bytes = edited('membership/membership.csv', 'ESP,Spain,state_party,1997-12-03', 'ESP,Spain,state_party,1979-12-03');
    expect(messageOf(() => membershipOf(bytes))).toBe(
      'membership.csv:167:23: signed: 1979-12-03 is before 1997-12-03, the day the treaty opened for signature',
    );
  });

  it('rejects a ratification before the signature', () => {
    const bytes = edited('membership/membership.csv', 'ESP,Spain,state_party,1997-12-03', 'ESP,Spain,state_party,1999-12-03');
    expect(messageOf(() => membershipOf(bytes))).toBe(
      'membership.csv:167:34: joined: ratified on 1999-01-19, before signing on 1999-12-03',
    );
  });

  it('rejects a withdrawal taking effect after the as-of date', () => {
    const bytes = edited(
      'membership/withdrawals.csv',
      '2025-08-20,instrument of denunciation/withdrawal with explanation (Art.20(2)),2026-02-20',
      '2025-08-20,instrument of denunciation/withdrawal with explanation (Art.20(2)),2026-03-20',
    );
    expect(messageOf(() => withdrawalsOf(bytes))).toBe(
      'withdrawals.csv:6:359: effective_date: 2026-03-20 is after 2026-02-28, the date the data are stated as of',
    );
  });

  it('rejects a withdrawal taking effect less than six months after its deposit', () => {
    const early = edited(
      'membership/withdrawals.csv',
      '2025-07-10,instrument of withdrawal (Art.20),2026-01-10',
      '2025-07-10,instrument of withdrawal (Art.20),2025-12-10',
    );
    expect(messageOf(() => withdrawalsOf(early))).toBe(
      'withdrawals.csv:5:226: effective_date: 2025-12-10 is less than six months after the deposit on 2025-07-10 (Article 20(3))',
    );
  });

  it('rejects a deposit before the announcement', () => {
    const bytes = edited('membership/withdrawals.csv', 'Finland,FIN,2025-04-01', 'Finland,FIN,2025-08-01');
    expect(messageOf(() => withdrawalsOf(bytes))).toBe(
      'withdrawals.csv:5:181: notification_deposit_date: deposited on 2025-07-10, before it was announced on 2025-08-01',
    );
  });

  it('rejects a statement dated after the as-of date', () => {
    const bytes = edited(
      'casualties/cambodia_statements.csv',
      'killed_since_1979_approx,2024-11-25',
      'killed_since_1979_approx,2042-11-25',
    );
    expect(messageOf(() => parseStatements(bytes, 'cambodia_statements.csv', limits))).toBe(
      'cambodia_statements.csv:2:26: date: 2042-11-25 is after 2026-02-28, the date the data are stated as of',
    );
  });

  it('rejects a net count that the membership dates do not give', () => {
    const members = membershipOf(bytesOf('membership/membership.csv'));
    const data = joinMembership(members, withdrawalsOf(bytesOf('membership/withdrawals.csv')));
    const counts = parseCounts(
      edited('membership/counts_by_year.csv', '2012,161,3,0,161,', '2012,161,3,0,162,'),
      'counts_by_year.csv',
      limits,
    );
    expect(messageOf(() => checkCounts(data, counts))).toBe(
      'counts_by_year.csv:17:14: net_states_parties_31dec: 162 States Parties at 31 Dec 2012, but the dates in membership.csv and withdrawals.csv give 161',
    );
  });
});

describe('ISO codes', () => {
  it("rejects a valid-looking code that is not ISO 3166-1 (Côte d'Ivoire as CIW)", () => {
    const bytes = edited('membership/membership.csv', "CIV,Côte d'Ivoire", "CIW,Côte d'Ivoire");
    expect(messageOf(() => membershipOf(bytes))).toBe('membership.csv:47:1: iso3: "CIW" is not an ISO 3166-1 alpha-3 country code');
  });

  it('rejects a lower-case code', () => {
    const bytes = edited('membership/membership.csv', 'KHM,Cambodia', 'khm,Cambodia');
    expect(messageOf(() => membershipOf(bytes))).toBe('membership.csv:31:1: iso3: "khm" is not a three-letter ISO code');
  });

  it('rejects a withdrawal whose real ISO code is not in membership.csv, at its character column', () => {
    const withdrawals = withdrawalsOf(edited('membership/withdrawals.csv', 'Latvia,LVA,', 'Latvia,ATA,'));
    const members = membershipOf(bytesOf('membership/membership.csv'));
    expect(messageOf(() => joinMembership(members, withdrawals, 'withdrawals.csv'))).toBe(
      'withdrawals.csv:3:8: iso3: "ATA" is not in membership.csv',
    );
  });

  it('rejects the same state withdrawing twice', () => {
    const bytes = edited('membership/withdrawals.csv', 'Latvia,LVA,', 'Latvia,EST,');
    expect(messageOf(() => withdrawalsOf(bytes))).toBe('withdrawals.csv:3:8: iso3: duplicate iso3 "EST" (first on line 2)');
  });
});

describe('encoding', () => {
  it("rejects a Latin-1 byte in a name (Côte d'Ivoire saved by a spreadsheet)", () => {
    const text = textOf('membership/membership.csv');
    const at = text.indexOf("Côte d'Ivoire");
    const bytes = Uint8Array.from([...encode(text.slice(0, at + 1)), 0xf4, ...encode(text.slice(at + 2))]);
    expect(messageOf(() => membershipOf(bytes))).toBe('membership.csv:47:6: name: byte 0xF4 is not valid UTF-8 (save the file as UTF-8)');
  });

  it('rejects a replacement character left by an earlier bad conversion', () => {
    const bytes = edited('membership/membership.csv', "Côte d'Ivoire", "C\uFFFDte d'Ivoire");
    expect(messageOf(() => membershipOf(bytes))).toBe(
      'membership.csv:47:6: name: U+FFFD replacement character: the text was damaged by a wrong encoding',
    );
  });

  it('rejects a bad byte in the header', () => {
    const bytes = Uint8Array.from([...encode('year,killed,inj'), 0xe9, ...encode('red,total,source\n2001,,,5,X\n')]);
    expect(messageOf(() => cambodiaOf(bytes))).toBe(
      'cambodia_casualties.csv:1:16: header: byte 0xE9 is not valid UTF-8 (save the file as UTF-8)',
    );
  });

  it('counts columns in characters after a multi-byte character', () => {
    const bytes = edited(
      'membership/membership.csv',
      "CIV,Côte d'Ivoire,state_party,1997-12-03,2000-06-30",
      "CIV,Côte d'Ivoire,state_party,1997-12-03,2000-06-31",
    );
    expect(messageOf(() => membershipOf(bytes))).toBe('membership.csv:47:42: joined: "2000-06-31" is not a real calendar date');
  });
});

describe('killed + injured never exceed the total', () => {
  it('in cambodia_casualties.csv', () => {
    const bytes = edited('casualties/cambodia_casualties.csv', '\n2013,22,89,111,', '\n2013,22,99,111,');
    expect(messageOf(() => cambodiaOf(bytes))).toBe('cambodia_casualties.csv:36:12: total: killed + injured (121) exceeds the total 111');
  });

  it('in cambodia_cumulative.csv', () => {
    const bytes = edited('casualties/cambodia_cumulative.csv', '1979-2024,19834,45252,,,65086', '1979-2024,19834,45252,,,56086');
    expect(messageOf(() => parseCumulative(bytes, 'cambodia_cumulative.csv'))).toBe(
      'cambodia_cumulative.csv:27:25: total: killed + injured (65086) exceeds the total 56086',
    );
  });

  it('in global_by_year.csv', () => {
    const bytes = edited('casualties/global_by_year.csv', '\n2023,5757,1983,3663,', '\n2023,5757,1983,3863,');
    expect(messageOf(() => globalOf(bytes))).toBe('global_by_year.csv:26:6: casualties: killed + injured (5846) exceeds the total 5757');
  });

  it('in a yearly metrics file', () => {
    const bytes = edited('casualties/global_2023.csv', 'killed_2023,1983,', 'killed_2023,2983,');
    expect(messageOf(() => parseMetrics(bytes, 'global_2023.csv'))).toBe(
      'global_2023.csv:2:23: value: killed_2023 + injured_2023 (6646) exceeds total_casualties_2023 5757',
    );
  });
});

describe('file shape', () => {
  it('rejects a file holding only its header', () => {
    const header = textOf('casualties/global_by_year.csv').split('\n')[0] + '\n';
    expect(messageOf(() => globalOf(encode(header)))).toBe('global_by_year.csv:2:1: header: the file has a header but no data rows');
  });

  it('rejects an empty file', () => {
    expect(messageOf(() => globalOf(encode('')))).toBe('global_by_year.csv:1:1: header: the file is empty');
  });

  it('rejects a duplicated row', () => {
    const line = textOf('casualties/global_2023.csv').split('\n')[2];
    const bytes = edited('casualties/global_2023.csv', `${line}\n`, `${line}\n${line}\n`);
    expect(messageOf(() => parseMetrics(bytes, 'global_2023.csv'))).toBe('global_2023.csv:4:1: metric: row repeats line 3');
  });

  it('rejects a pasted duplicate period in cambodia_cumulative.csv', () => {
    const bytes = edited('casualties/cambodia_cumulative.csv', '1979-2010,,,,,63815,', '1979-2000,,,,,63815,');
    expect(messageOf(() => parseCumulative(bytes, 'cambodia_cumulative.csv'))).toBe(
      'cambodia_cumulative.csv:4:1: period: duplicate period "1979-2000" (first on line 2)',
    );
  });

  it('rejects an unquoted comma inside a value', () => {
    const bytes = edited(
      'casualties/global_by_year.csv',
      '2004,6521,,,JPOST_AP_2005 (LM2005 initial figure)',
      '2004,6521,,,JPOST_AP_2005 (LM2005, initial figure)',
    );
    expect(messageOf(() => globalOf(bytes))).toBe('global_by_year.csv:7:35: extra field: expected 5 fields, found 6 (an unquoted comma?)');
  });

  it('rejects an unterminated quote, naming its column', () => {
    const bytes = edited('casualties/global_by_year.csv', '2001,7987,,,"LM2002_CAS', '2001,7987,,,"LM2002_CAS"x');
    expect(messageOf(() => globalOf(bytes))).toBe('global_by_year.csv:4:25: source: unexpected character after closing quote');
  });

  it('rejects withdrawals.csv without its as-of column', () => {
    const bytes = edited('membership/withdrawals.csv', 'status_as_of_2026-02', 'status');
    expect(messageOf(() => statedAsOf(bytes, 'withdrawals.csv'))).toBe(
      'withdrawals.csv:1:1: header: no status_as_of_YYYY-MM column to say when the data were current',
    );
  });
});
