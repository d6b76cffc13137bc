/**
 * The maintainer experiment, kept: realistic edits to copies of content/data, each
 * run through loadData (the code the build runs), each stopping with a message that
 * names the file, line, column and column. Edits that must still load are at the end.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, loadData, type DataBytes } from '../../../src/data/load';

type Key = keyof typeof DATA_FILES;
const original = Object.fromEntries(
  (Object.keys(DATA_FILES) as Key[]).map((key) => [key, new Uint8Array(readFileSync(`content/data/${DATA_FILES[key]}`))]),
) as DataBytes;
const text = (key: Key) => new TextDecoder('utf-8', { fatal: true }).decode(original[key]);
const bytes = (s: string) => new TextEncoder().encode(s);

/** Replaces `from` (which must occur exactly once) with `to`. */
const replace = (from: string, to: string) => (s: string) => {
  if (s.split(from).length !== 2) throw new Error(`"${from}" does not occur exactly once`);
  return s.replace(from, to);
};
/** Deletes the line that starts with `start`. */
const deleteLine = (start: string) => (s: string) => {
  const lines = s.split('\n');
  const k = lines.findIndex((l) => l.startsWith(start));
  if (k < 0) throw new Error(`no line starts with "${start}"`);
  lines.splice(k, 1);
  return lines.join('\n');
};
const duplicateLine = (start: string) => (s: string) => {
  const line = s.split('\n').find((l) => l.startsWith(start))!;
  return s.replace(`${line}\n`, `${line}\n${line}\n`);
};
const headerOnly = (s: string) => `${s.split('\n')[0]}\n`;

type Edit = [what: string, key: Key, change: (s: string) => string | Uint8Array, message: string];

const latin1 = (s: string) => {
  const at = s.indexOf("Côte d'Ivoire");
  return Uint8Array.from([...bytes(s.slice(0, at + 1)), 0xf4, ...bytes(s.slice(at + 2))]);
};

const EDITS: Edit[] = [
  [
    'global: 2023 typed as 2033',
    'globalByYear',
    replace('\n2023,5757', '\n2033,5757'),
    'content/data/casualties/global_by_year.csv:26:1: year: 2033 is not a plausible year (1970 to 2026; the data are stated as of 2026-02-28)',
  ],
  [
    'global: the 2002 row (no data) deleted',
    'globalByYear',
    deleteLine('2002,'),
    'content/data/casualties/global_by_year.csv:5:1: year: 2003 follows 2001: 2002 is missing (a year without data is a row with empty cells)',
  ],
  [
    'global: killed + injured above the total',
    'globalByYear',
    replace('2023,5757,1983,3663', '2023,5757,1983,3863'),
    'content/data/casualties/global_by_year.csv:26:6: casualties: killed + injured (5846) exceeds the total 5757',
  ],
  [
    'global: replacement character in a source',
    'globalByYear',
    replace('JPOST_AP_2005 (LM2005 initial figure)', 'JPOST_AP_2005 (LM2005 initial figure \uFFFD)'),
    'content/data/casualties/global_by_year.csv:7:50: source: U+FFFD replacement character: the text was damaged by a wrong encoding',
  ],
  [
    'global: header only',
    'globalByYear',
    headerOnly,
    'content/data/casualties/global_by_year.csv:2:1: header: the file has a header but no data rows',
  ],
  [
    'cambodia: the 1985 row (no data) deleted',
    'cambodia',
    deleteLine('1985,'),
    'content/data/casualties/cambodia_casualties.csv:8:1: year: 1986 follows 1984: 1985 is missing (a year without data is a row with empty cells)',
  ],
  [
    'cambodia: 1996 and 1997 rows swapped',
    'cambodia',
    (s) => s.replace(/\n(1996,[^\n]*)\n(1997,[^\n]*)/, '\n$2\n$1'),
    'content/data/casualties/cambodia_casualties.csv:20:1: year: 1996 comes after 1997: years must ascend',
  ],
  [
    'cambodia: 2019 typed as 2091',
    'cambodia',
    replace('\n2019,12,65,77', '\n2091,12,65,77'),
    'content/data/casualties/cambodia_casualties.csv:42:1: year: 2091 is not a plausible year (1970 to 2026; the data are stated as of 2026-02-28)',
  ],
  [
    'cambodia: 12 killed typed as 120',
    'cambodia',
    replace('\n2024,12,37,49', '\n2024,120,37,49'),
    'content/data/casualties/cambodia_casualties.csv:47:13: total: killed + injured (157) exceeds the total 49',
  ],
  [
    'cambodia: a total typed with a thousands separator',
    'cambodia',
    replace('\n1979,,,4493,', '\n1979,,,"4,493",'),
    'content/data/casualties/cambodia_casualties.csv:2:8: total: "4,493" is not a non-negative whole number',
  ],
  [
    'cambodia: a negative count',
    'cambodia',
    replace('\n2013,22,89,111,', '\n2013,-22,89,111,'),
    'content/data/casualties/cambodia_casualties.csv:36:6: killed: "-22" is not a non-negative whole number',
  ],
  ['cambodia: empty file', 'cambodia', () => '', 'content/data/casualties/cambodia_casualties.csv:1:1: header: the file is empty'],
  [
    "membership: Côte d'Ivoire's code typed CIW",
    'membership',
    replace("CIV,Côte d'Ivoire", "CIW,Côte d'Ivoire"),
    'content/data/membership/membership.csv:47:1: iso3: "CIW" is not an ISO 3166-1 alpha-3 country code',
  ],
  [
    "membership: Côte d'Ivoire saved as Latin-1",
    'membership',
    latin1,
    'content/data/membership/membership.csv:47:6: name: byte 0xF4 is not valid UTF-8 (save the file as UTF-8)',
  ],
  [
    "membership: Finland's joining year typed 2021 for 2012",
    'membership',
    replace('FIN,Finland,state_party,,2012-01-09', 'FIN,Finland,state_party,,2021-01-09'),
    'content/data/membership/membership.csv:63:26: joined: 2021-01-09 gives entry into force on 2021-07-01 under Article 17, but entry_into_force says 2012-07-01',
  ],
  [
    "membership: Tonga's joining year typed 2052",
    'membership',
    replace('2025-06-25', '2052-06-25'),
    'content/data/membership/membership.csv:179:22: joined: 2052-06-25 is after 2026-02-28, the date the data are stated as of',
  ],
  [
    'membership: a row pasted twice',
    'membership',
    duplicateLine('ESP,'),
    'content/data/membership/membership.csv:168:1: iso3: row repeats line 167',
  ],
  [
    'membership: status typed "state party"',
    'membership',
    replace('ESP,Spain,state_party', 'ESP,Spain,state party'),
    'content/data/membership/membership.csv:167:11: status: "state party" is not one of state_party, signatory_not_ratified, not_party',
  ],
  [
    'membership: a date typed day-first',
    'membership',
    replace('ESP,Spain,state_party,1997-12-03', 'ESP,Spain,state_party,03/12/1997'),
    'content/data/membership/membership.csv:167:23: signed: "03/12/1997" is not a date in YYYY-MM-DD form',
  ],
  [
    'membership: 30 February',
    'membership',
    replace('ALB,Albania,state_party,1998-09-08,2000-02-29', 'ALB,Albania,state_party,1998-09-08,2000-02-30'),
    'content/data/membership/membership.csv:3:36: joined: "2000-02-30" is not a real calendar date',
  ],
  [
    'membership: entry into force mistyped',
    'membership',
    replace(
      'ESP,Spain,state_party,1997-12-03,1999-01-19,ratification,1999-07-01',
      'ESP,Spain,state_party,1997-12-03,1999-01-19,ratification,1999-07-10',
    ),
    'content/data/membership/membership.csv:167:34: joined: 1999-01-19 gives entry into force on 1999-07-01 under Article 17, but entry_into_force says 1999-07-10',
  ],
  [
    "membership: Estonia's row deleted",
    'membership',
    deleteLine('EST,'),
    'content/data/membership/withdrawals.csv:2:9: iso3: "EST" is not in membership.csv',
  ],
  [
    "membership: a state's name emptied",
    'membership',
    replace('ESP,Spain,', 'ESP,,'),
    'content/data/membership/membership.csv:167:5: name: a value is required',
  ],
  [
    "withdrawals: Poland's effective date typed 2026-12-20",
    'withdrawals',
    replace(',2026-02-20,', ',2026-12-20,'),
    'content/data/membership/withdrawals.csv:6:359: effective_date: 2026-12-20 is after 2026-02-28, the date the data are stated as of',
  ],
  [
    "withdrawals: Finland's code typed FNI",
    'withdrawals',
    replace('Finland,FIN,', 'Finland,FNI,'),
    'content/data/membership/withdrawals.csv:5:9: iso3: "FNI" is not an ISO 3166-1 alpha-3 country code',
  ],
  [
    'withdrawals: Latvia given a real code not in membership.csv',
    'withdrawals',
    replace('Latvia,LVA,', 'Latvia,ATA,'),
    'content/data/membership/withdrawals.csv:3:8: iso3: "ATA" is not in membership.csv',
  ],
  [
    "withdrawals: Finland's effective date three months early",
    'withdrawals',
    replace(',2026-01-10,', ',2025-10-10,'),
    'content/data/membership/withdrawals.csv:5:226: effective_date: 2025-10-10 is less than six months after the deposit on 2025-07-10 (Article 20(3))',
  ],
  [
    'counts: a net count mistyped',
    'counts',
    replace('\n2012,161,3,0,161,', '\n2012,161,3,0,160,'),
    'content/data/membership/counts_by_year.csv:17:14: net_states_parties_31dec: 160 States Parties at 31 Dec 2012, but the dates in membership.csv and withdrawals.csv give 161',
  ],
  [
    'counts: the 2023 row deleted',
    'counts',
    deleteLine('2023,'),
    'content/data/membership/counts_by_year.csv:28:1: year: 2024 follows 2022: 2023 is missing (a year without data is a row with empty cells)',
  ],
  [
    'global 2023: killed typed 19830',
    'global2023',
    replace('killed_2023,1983,', 'killed_2023,19830,'),
    'content/data/casualties/global_2023.csv:2:23: value: killed_2023 + injured_2023 (23493) exceeds total_casualties_2023 5757',
  ],
  [
    'global 2024: a metric pasted twice',
    'global2024',
    duplicateLine('killed_2024,'),
    'content/data/casualties/global_2024.csv:4:1: metric: row repeats line 3',
  ],
  [
    'cumulative: a total missing a digit',
    'cumulative',
    replace(',65086,', ',6508,'),
    'content/data/casualties/cambodia_cumulative.csv:27:25: total: killed + injured (65086) exceeds the total 6508',
  ],
  [
    'statements: 25 November typed 52 November',
    'statements',
    replace('killed_since_1979_approx,2024-11-25', 'killed_since_1979_approx,2024-11-52'),
    'content/data/casualties/cambodia_statements.csv:2:26: date: "2024-11-52" is not a real calendar date',
  ],
];

function messageOf(key: Key, change: Edit[2]): string {
  const changed = change(text(key));
  try {
    loadData({ ...original, [key]: typeof changed === 'string' ? bytes(changed) : changed });
  } catch (e) {
    return (e as Error).message;
  }
  return '(loaded without error)';
}

describe('maintainer edits', () => {
  it.each(EDITS)('%s', (_what, key, change, message) => {
    expect(messageOf(key, change)).toBe(message);
  });

  it('every message names file:line:column and a column', () => {
    for (const [, , , message] of EDITS) expect(message).toMatch(/^content\/data\/[a-z_/0-9]+\.csv:\d+:\d+: [a-z_0-9-]+( field)?: /);
  });

  it('still loads the unedited files, and the same files with CRLF line ends and a BOM', () => {
    expect(() => loadData(original)).not.toThrow();
    const windows = Object.fromEntries(
      (Object.keys(DATA_FILES) as Key[]).map((key) => [key, bytes(`\uFEFF${text(key).replace(/\n/g, '\r\n')}`)]),
    ) as DataBytes;
    expect(loadData(windows).membership.members).toHaveLength(loadData(original).membership.members.length);
  });
});
