/**
 * Every figure the prose states. Figures the datasets hold are computed from them
 * (so a data change moves the prose with it); figures only an article gives are
 * tied to the seed sentence that states them, which tests/unit/facts.test.ts checks.
 */
import {
  cambodiaCasualties,
  cambodiaStatements,
  dataAsOf,
  global2023,
  global2024,
  globalByYear,
  membership,
  statesPartiesAt,
} from './data';
import { cambodiaCumulativeFor, extremes, globalSeries, metric as metricOf, withdrawalNoticeMonths } from './data/derive';
import { longDate } from './format';
import { t, type Translate, type Vars } from './i18n';

export type NumberUnit = 'count' | 'percent' | 'km2' | 'people' | 'years' | 'months';

interface FactBase {
  id: string;
  /** The date the figure describes (YYYY-MM-DD or YYYY). */
  asOf: string;
  /** Keys in content/sources.yaml or content/datasets.yaml. */
  sources: string[];
  /** "approx" and "more-than" figures keep their hedge in the text. */
  qualifier?: 'approx' | 'more-than';
  /** For figures that only an article gives: the seed file and the words that state it. */
  seed?: { file: string; words: string };
  /** Years or totals the label names (content/strings `fact.label.<id>`), so no figure is typed into the words. */
  labelVars?: Vars;
}

export interface NumberFact extends FactBase {
  unit: NumberUnit;
  value: number;
}

/** A day an event happened, as an ISO date (YYYY-MM-DD); the prose shows "27 December 2025". */
export interface DateFact extends FactBase {
  unit: 'date';
  value: string;
}

export type Fact = NumberFact | DateFact;
export type FactUnit = Fact['unit'];

const metric = (map: typeof global2023, key: string): number => metricOf(map, key).value;

function statement(key: string): number {
  const s = cambodiaStatements.get(key);
  if (!s) throw new Error(`facts: statement ${key} missing`);
  return s.value;
}

/** The whole the statement counts against: "15 of the 25 capital cities and provinces" → 25. */
function provincesOf(key: string): number {
  const m = cambodiaStatements.get(key)?.statement.match(/ of the (\d+) /);
  if (!m) throw new Error(`facts: statement ${key} names no total`);
  return Number(m[1]);
}

const cambodiaYear = (year: number) => {
  const row = cambodiaCasualties.find((r) => r.year === year);
  if (row?.total == null) throw new Error(`facts: no Cambodia total for ${year}`);
  return row.total;
};

const cumulative2024 = cambodiaCumulativeFor('1979-2024');

const { peak: globalPeak, low: globalLow } = extremes(globalSeries, (r) => r.casualties);
const takingEffect = membership.withdrawals.filter((w) => w.effective !== null);

function member(iso3: string) {
  const m = membership.members.find((x) => x.iso3 === iso3);
  if (!m) throw new Error(`facts: ${iso3} missing from membership.csv`);
  return m;
}

function withdrawal(iso3: string) {
  const w = membership.withdrawals.find((x) => x.iso3 === iso3);
  if (!w) throw new Error(`facts: ${iso3} missing from withdrawals.csv`);
  return w;
}

function present<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`facts: ${what} has no value`);
  return value;
}

/** A state's date that a fact states: fails if the data leave it empty. */
const memberDate = (iso3: string, field: 'signed' | 'joined' | 'entryIntoForce') => present(member(iso3)[field], `${iso3} ${field}`);
const withdrawalDate = (iso3: string, field: 'announced' | 'deposited' | 'effective') =>
  present(withdrawal(iso3)[field], `${iso3} withdrawal ${field}`);

/** One date shared by several rows (e.g. the three Baltic deposits); fails if they differ. */
function sharedDate(iso3s: string[], field: Parameters<typeof withdrawalDate>[1]): string {
  const dates = new Set(iso3s.map((c) => withdrawalDate(c, field)));
  if (dates.size !== 1) throw new Error(`facts: ${field} differs between ${iso3s.join(', ')}`);
  return [...dates][0];
}

const first = (dates: (string | null)[]) => dates.filter((d): d is string => d !== null).sort()[0];
const partiesEnd2024 = membership.members.filter((m) => m.joined !== null && m.joined <= '2024-12-31');
const joinTypeCount = (type: string) => partiesEnd2024.filter((m) => m.joinType === type).length;
const BALTIC = ['EST', 'LVA', 'LTU'];

const noticeMonths = withdrawalNoticeMonths();

const cambodiaGaps = cambodiaCasualties.filter((r) => r.total === null).length;
const cambodiaFirst = cambodiaCasualties[0];
const cambodiaLast = cambodiaCasualties.at(-1)!;
const global2022 = globalByYear.find((r) => r.year === 2022)?.casualties;
if (global2022 == null) throw new Error('facts: global 2022 casualties missing');

/** A date fact: the day an event happened is also the day the fact describes. */
function day(id: string, value: string, sources: string[], seed?: DateFact['seed']): DateFact {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error(`facts: ${id} is not an ISO date: ${value}`);
  return { id, value, unit: 'date', asOf: value, sources, ...(seed ? { seed } : {}) };
}

const list: Fact[] = [
  {
    id: 'states-parties-2024',
    value: statesPartiesAt('2024-12-31'),
    unit: 'count',
    asOf: '2024-12-31',
    sources: ['membership-data'],
  },
  {
    id: 'states-parties-now',
    value: statesPartiesAt(dataAsOf),
    unit: 'count',
    asOf: dataAsOf,
    sources: ['membership-data', 'withdrawals-data'],
  },
  {
    id: 'states-parties-end-2025',
    value: statesPartiesAt('2025-12-31'),
    unit: 'count',
    asOf: '2025-12-31',
    sources: ['membership-data', 'withdrawals-data'],
  },
  {
    id: 'states-ever-joined',
    value: membership.members.filter((m) => m.joined !== null && m.joined <= dataAsOf).length,
    unit: 'count',
    asOf: dataAsOf,
    sources: ['membership-data'],
  },
  {
    id: 'parties-at-entry-into-force',
    value: statesPartiesAt('1999-03-01'),
    unit: 'count',
    asOf: '1999-03-01',
    sources: ['membership-data'],
  },
  {
    id: 'not-party-2024',
    value: membership.members.filter((m) => m.status2024 !== 'state_party').length,
    unit: 'count',
    asOf: '2024-12-31',
    sources: ['membership-data'],
  },
  {
    id: 'withdrawals-effective',
    value: takingEffect.length,
    unit: 'count',
    asOf: dataAsOf,
    sources: ['withdrawals-data'],
  },
  {
    id: 'joins-2025',
    value: membership.members.filter((m) => m.joined?.startsWith('2025')).length,
    unit: 'count',
    asOf: '2025-12-31',
    sources: ['membership-data'],
  },
  {
    id: 'treaty-years-2024',
    value: 25,
    unit: 'years',
    asOf: '2024-11-26',
    sources: ['afp'],
    seed: { file: '001', words: 'In the 25 years since the Convention entered into force' },
  },
  {
    id: 'protesters',
    value: 100,
    unit: 'people',
    qualifier: 'more-than',
    asOf: '2024-11-26',
    sources: ['afp'],
    seed: { file: '001', words: 'More than 100 demonstrators' },
  },
  {
    id: 'signatories-cited-by-un',
    value: 164,
    unit: 'count',
    asOf: '2024-11-25',
    sources: ['un-chief'],
    seed: { file: '002', words: "treaty's 164 signatories" },
  },
  {
    id: 'ratified-per-wapo',
    value: 164,
    unit: 'count',
    asOf: '2024-11-20',
    sources: ['conflictwatcher'],
    seed: { file: '004', words: '164 countries worldwide have ratified' },
  },
  {
    id: 'cambodia-killed-stated',
    value: statement('killed_since_1979_approx'),
    unit: 'people',
    qualifier: 'approx',
    asOf: '2024-11-25',
    sources: ['un-chief', 'cambodia-data'],
    seed: { file: '002', words: 'killed approximately 20,000 people' },
  },
  {
    id: 'cambodia-contaminated-km2',
    value: statement('contaminated_land_remaining'),
    unit: 'km2',
    qualifier: 'more-than',
    asOf: '2024-11-25',
    sources: ['un-chief', 'cambodia-data'],
    seed: { file: '002', words: 'over 1,600 square kilometers' },
  },
  {
    id: 'cambodia-people-at-risk',
    value: statement('people_affected'),
    unit: 'people',
    qualifier: 'more-than',
    asOf: '2024-11-25',
    sources: ['un-chief', 'cambodia-data'],
    seed: { file: '002', words: 'over one million people' },
  },
  // The Prime Minister's own text says "approximately 1 million"; 002 and AFP say "more than one million".
  {
    id: 'cambodia-people-affected-pm',
    value: statement('people_affected'),
    unit: 'people',
    qualifier: 'approx',
    asOf: '2024-11-25',
    sources: ['cambodia-data'],
  },
  {
    id: 'cambodia-provinces-mine-free',
    labelVars: { total: String(provincesOf('provinces_mine_free')) },
    value: statement('provinces_mine_free'),
    unit: 'count',
    asOf: '2024-11-25',
    sources: ['cambodia-data'],
  },
  {
    id: 'cambodia-provinces-total',
    value: provincesOf('provinces_mine_free'),
    unit: 'count',
    asOf: '2024-11-25',
    sources: ['cambodia-data'],
  },
  {
    id: 'cambodia-killed-recorded',
    value: cumulative2024.killed,
    unit: 'people',
    asOf: '2024',
    sources: ['cambodia-data'],
  },
  {
    id: 'cambodia-injured-recorded',
    value: cumulative2024.injured,
    unit: 'people',
    asOf: '2024',
    sources: ['cambodia-data'],
  },
  {
    id: 'cambodia-total-recorded',
    value: cumulative2024.total,
    unit: 'people',
    asOf: '2024',
    sources: ['cambodia-data'],
  },
  {
    id: 'cambodia-1996-recorded',
    value: cambodiaYear(1996),
    unit: 'people',
    asOf: '1996',
    sources: ['cambodia-data'],
  },
  {
    id: 'cambodia-1996-stated',
    value: statement('casualties_1996_vs_now'),
    unit: 'people',
    qualifier: 'more-than',
    asOf: '2024-11-25',
    sources: ['cambodia-data'],
  },
  {
    id: 'cambodia-2023',
    value: cambodiaYear(2023),
    unit: 'people',
    asOf: '2023',
    sources: ['cambodia-data'],
  },
  {
    id: 'cambodia-2024',
    value: cambodiaYear(2024),
    unit: 'people',
    asOf: '2024',
    sources: ['cambodia-data'],
  },
  {
    id: 'global-2023-total',
    value: metric(global2023, 'total_casualties_2023'),
    unit: 'people',
    asOf: '2023',
    sources: ['global-data', 'un-chief'],
  },
  {
    id: 'global-2023-killed',
    value: metric(global2023, 'killed_2023'),
    unit: 'people',
    asOf: '2023',
    sources: ['global-data'],
  },
  {
    id: 'global-2023-injured',
    value: metric(global2023, 'injured_2023'),
    unit: 'people',
    asOf: '2023',
    sources: ['global-data'],
  },
  {
    id: 'global-2023-unknown',
    value: metric(global2023, 'unknown_survival_status_2023'),
    unit: 'people',
    asOf: '2023',
    sources: ['global-data'],
  },
  {
    id: 'global-2023-civilian-pct',
    value: metric(global2023, 'civilian_share_pct'),
    unit: 'percent',
    asOf: '2023',
    sources: ['global-data', 'un-chief'],
  },
  {
    id: 'global-2023-children',
    value: metric(global2023, 'child_casualties'),
    unit: 'people',
    asOf: '2023',
    sources: ['global-data'],
  },
  {
    id: 'global-2023-change-pct',
    value: metric(global2023, 'change_vs_2022_pct'),
    unit: 'percent',
    asOf: '2023',
    sources: ['global-data'],
  },
  {
    id: 'global-2024-total',
    value: metric(global2024, 'total_casualties_2024'),
    unit: 'people',
    asOf: '2024',
    sources: ['global-data'],
  },
  {
    id: 'global-2024-killed',
    value: metric(global2024, 'killed_2024'),
    unit: 'people',
    asOf: '2024',
    sources: ['global-data'],
  },
  {
    id: 'global-2024-injured',
    value: metric(global2024, 'injured_2024'),
    unit: 'people',
    asOf: '2024',
    sources: ['global-data'],
  },
  {
    id: 'global-2024-civilian-pct',
    value: metric(global2024, 'civilian_share_pct'),
    unit: 'percent',
    asOf: '2024',
    sources: ['global-data'],
  },
  {
    id: 'global-peak',
    labelVars: { year: String(globalPeak.year) },
    value: globalPeak.casualties!,
    unit: 'people',
    asOf: String(globalPeak.year),
    sources: ['global-data'],
  },
  {
    id: 'global-peak-year',
    value: globalPeak.year,
    unit: 'years',
    asOf: String(globalPeak.year),
    sources: ['global-data'],
  },
  {
    id: 'global-low',
    labelVars: { year: String(globalLow.year) },
    value: globalLow.casualties!,
    unit: 'people',
    asOf: String(globalLow.year),
    sources: ['global-data'],
  },
  {
    id: 'global-low-year',
    value: globalLow.year,
    unit: 'years',
    asOf: String(globalLow.year),
    sources: ['global-data'],
  },
  // Treaty membership, from membership.csv
  {
    id: 'states-parties-summit',
    value: statesPartiesAt('2024-11-25'),
    unit: 'count',
    asOf: '2024-11-25',
    sources: ['membership-data'],
  },
  {
    id: 'signatories-total',
    value: membership.members.filter((m) => m.signed !== null).length,
    unit: 'count',
    asOf: dataAsOf,
    sources: ['membership-data'],
  },
  {
    id: 'ratifications-2024',
    value: joinTypeCount('ratification'),
    unit: 'count',
    asOf: '2024-12-31',
    sources: ['membership-data'],
  },
  {
    id: 'accessions-2024',
    value: joinTypeCount('accession'),
    unit: 'count',
    asOf: '2024-12-31',
    sources: ['membership-data'],
  },
  {
    id: 'successions-2024',
    value: joinTypeCount('succession'),
    unit: 'count',
    asOf: '2024-12-31',
    sources: ['membership-data'],
  },
  {
    id: 'signed-not-ratified-2024',
    value: membership.members.filter((m) => m.status2024 === 'signatory_not_ratified').length,
    unit: 'count',
    asOf: '2024-12-31',
    sources: ['membership-data'],
  },
  day('ottawa-signature', first(membership.members.map((m) => m.signed)), ['membership-data']),
  day('entry-into-force', first(membership.members.map((m) => m.entryIntoForce)), ['membership-data']),
  day(
    'reached-164',
    partiesEnd2024
      .map((m) => m.joined!)
      .sort()
      .at(-1)!,
    ['membership-data'],
  ),
  day('ukraine-signed', memberDate('UKR', 'signed'), ['membership-data']),
  day('ukraine-joined', memberDate('UKR', 'joined'), ['membership-data']),
  day('ukraine-in-force', memberDate('UKR', 'entryIntoForce'), ['membership-data']),
  day('marshall-islands-joined', memberDate('MHL', 'joined'), ['membership-data']),
  day('marshall-islands-in-force', memberDate('MHL', 'entryIntoForce'), ['membership-data']),
  day('tonga-joined', memberDate('TON', 'joined'), ['membership-data']),
  day('tonga-in-force', memberDate('TON', 'entryIntoForce'), ['membership-data']),
  day('data-as-of', dataAsOf, ['membership-data', 'withdrawals-data']),

  // Withdrawals, from withdrawals.csv
  day('withdrawals-announced', sharedDate([...BALTIC, 'POL'], 'announced'), ['withdrawals-data']),
  day('finland-announced', withdrawalDate('FIN', 'announced'), ['withdrawals-data']),
  day('baltic-deposited', sharedDate(BALTIC, 'deposited'), ['withdrawals-data']),
  day('finland-deposited', withdrawalDate('FIN', 'deposited'), ['withdrawals-data']),
  day('poland-deposited', withdrawalDate('POL', 'deposited'), ['withdrawals-data']),
  day('baltic-effective', sharedDate(BALTIC, 'effective'), ['withdrawals-data']),
  day('finland-effective', withdrawalDate('FIN', 'effective'), ['withdrawals-data']),
  day('poland-effective', withdrawalDate('POL', 'effective'), ['withdrawals-data']),
  day('ukraine-decree', withdrawalDate('UKR', 'announced'), ['withdrawals-data']),
  day('ukraine-notification', withdrawalDate('UKR', 'deposited'), ['withdrawals-data']),
  {
    id: 'withdrawal-notice-months',
    value: noticeMonths,
    unit: 'months',
    asOf: dataAsOf,
    sources: ['withdrawals-data'],
  },

  // Dates and figures only the articles give
  day('decision-reported', '2024-11-20', ['conflictwatcher'], {
    file: '004',
    words: 'November 20, 2024',
  }),
  {
    id: 'wapo-sources',
    value: 2,
    unit: 'count',
    asOf: '2024-11-20',
    sources: ['conflictwatcher'],
    seed: { file: '004', words: 'cites two sources' },
  },
  day('summit-opens', '2024-11-25', ['hi-statement'], { file: '003', words: 'November 25-29, 2024' }),
  day('summit-closes', '2024-11-29', ['hi-statement'], {
    file: '003',
    words: 'November 25-29, 2024',
  }),
  day('statement-released', '2024-11-26', ['afp'], { file: '001', words: 'released late Tuesday' }),
  day('afp-report', '2024-11-27', ['afp'], { file: '001', words: 'date 2024-11-27' }),
  day('hi-statement-date', '2024-12-02', ['hi-statement'], {
    file: '003',
    words: 'December 2, 2024',
  }),
  {
    id: 'review-cycle-years',
    value: 5,
    unit: 'years',
    asOf: '2024-11-27',
    sources: ['afp'],
    seed: { file: '001', words: 'five-yearly meeting' },
  },

  // Cambodia
  {
    id: 'cambodia-injured-stated',
    value: statement('injured_since_1979_approx'),
    unit: 'people',
    qualifier: 'approx',
    asOf: '2024-11-25',
    sources: ['cambodia-data', 'un-chief'],
  },
  {
    id: 'cambodia-record-start',
    value: cambodiaFirst.year,
    unit: 'years',
    asOf: String(cambodiaFirst.year),
    sources: ['cambodia-data'],
  },
  {
    id: 'cambodia-record-end',
    value: cambodiaLast.year,
    unit: 'years',
    asOf: String(cambodiaLast.year),
    sources: ['cambodia-data'],
  },
  {
    id: 'cambodia-years-no-data',
    labelVars: { from: String(cambodiaFirst.year), to: String(cambodiaLast.year) },
    value: cambodiaGaps,
    unit: 'count',
    asOf: String(cambodiaLast.year),
    sources: ['cambodia-data'],
  },
  {
    id: 'cambodia-1979-recorded',
    value: cambodiaYear(1979),
    unit: 'people',
    asOf: '1979',
    sources: ['cambodia-data'],
  },
  {
    id: 'cambodia-2024-killed',
    value: present(cambodiaLast.killed, `Cambodia ${cambodiaLast.year} killed`),
    unit: 'people',
    asOf: '2024',
    sources: ['cambodia-data'],
  },

  // Global
  {
    id: 'global-2022-total',
    value: global2022,
    unit: 'people',
    asOf: '2022',
    sources: ['global-data'],
  },
  {
    id: 'global-2023-myanmar',
    value: metric(global2023, 'country_Myanmar'),
    unit: 'people',
    asOf: '2023',
    sources: ['global-data'],
  },
  {
    id: 'global-2023-syria',
    value: metric(global2023, 'country_Syria'),
    unit: 'people',
    asOf: '2023',
    sources: ['global-data'],
  },
  {
    id: 'global-2023-afghanistan',
    value: metric(global2023, 'country_Afghanistan'),
    unit: 'people',
    asOf: '2023',
    sources: ['global-data'],
  },
  {
    id: 'global-2023-ukraine',
    value: metric(global2023, 'country_Ukraine'),
    unit: 'people',
    asOf: '2023',
    sources: ['global-data'],
  },
  {
    id: 'global-2024-myanmar',
    value: metric(global2024, 'country_Myanmar'),
    unit: 'people',
    asOf: '2024',
    sources: ['global-data'],
  },
];

export const facts: ReadonlyMap<string, Fact> = new Map(
  list.map((f, k) => {
    if (list.findIndex((g) => g.id === f.id) !== k) throw new Error(`facts: duplicate id "${f.id}"`);
    return [f.id, f];
  }),
);

export function fact(id: string): Fact {
  const found = facts.get(id);
  if (!found) throw new Error(`Unknown fact id "${id}" (see src/facts.ts)`);
  return found;
}

/** What the figure is, in the reader's language: "States Parties at the end of 2024". */
export const factLabel = (f: Fact, tr: Translate = t): string => tr(`fact.label.${f.id}`, f.labelVars);

/** "2025-12-27" → "27 December 2025". */
export const formatDate = longDate;

/**
 * The figure as the prose shows it: "5,757", "84%", "1,600 km²", "27 December 2025";
 * years are not grouped. In prose (the default) whole numbers below ten are words
 * ("two sources", "every five years") and round millions read "1 million", as house style
 * has it; tables pass { prose: false }. Words and units come from the strings of `tr`'s language.
 */
export function formatFact(f: Fact, { prose = true, t: tr = t }: { prose?: boolean; t?: Translate } = {}): string {
  if (f.unit === 'date') return tr.format.date(f.value);
  // Number words and "1 million" are English house style. Another language shows digits in its
  // own format: a Ukrainian number word would have to agree in gender and case with its noun.
  prose = prose && tr.lang === 'en';
  const small = prose && Number.isInteger(f.value) && f.value >= 0 && f.value < 10 && f.unit !== 'percent' && f.unit !== 'km2';
  if (small) return tr(`fact.number-word.${f.value}`);
  if (prose && f.unit === 'people' && f.value >= 1_000_000 && f.value % 1_000_000 === 0) {
    return tr('fact.million', { n: tr.format.num(f.value / 1_000_000) });
  }
  const n = f.unit === 'years' ? String(f.value) : tr.format.num(f.value);
  if (f.unit === 'percent') return tr('fact.percent', { n });
  if (f.unit === 'km2') return tr('fact.km2', { n });
  return n;
}
