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
import { DEFAULT_LOCALE, longDate, num, type Formatter } from './format';

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
  label: string;
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

/** One date shared by several rows (e.g. the three Baltic deposits); fails if they differ. */
function sharedDate(iso3s: string[], pick: (iso3: string) => string | null, what: string): string {
  const dates = new Set(iso3s.map((c) => present(pick(c), `${what} of ${c}`)));
  if (dates.size !== 1) throw new Error(`facts: ${what} differs between ${iso3s.join(', ')}`);
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
function day(id: string, label: string, value: string, sources: string[], seed?: DateFact['seed']): DateFact {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error(`facts: ${id} is not an ISO date: ${value}`);
  return { id, label, value, unit: 'date', asOf: value, sources, ...(seed ? { seed } : {}) };
}

const list: Fact[] = [
  {
    id: 'states-parties-2024',
    label: 'States Parties at the end of 2024',
    value: statesPartiesAt('2024-12-31'),
    unit: 'count',
    asOf: '2024-12-31',
    sources: ['membership-data'],
  },
  {
    id: 'states-parties-now',
    label: 'States Parties today',
    value: statesPartiesAt(dataAsOf),
    unit: 'count',
    asOf: dataAsOf,
    sources: ['membership-data', 'withdrawals-data'],
  },
  {
    id: 'states-parties-end-2025',
    label: 'States Parties at the end of 2025',
    value: statesPartiesAt('2025-12-31'),
    unit: 'count',
    asOf: '2025-12-31',
    sources: ['membership-data', 'withdrawals-data'],
  },
  {
    id: 'states-ever-joined',
    label: 'States that have ever joined',
    value: membership.members.filter((m) => m.joined !== null && m.joined <= dataAsOf).length,
    unit: 'count',
    asOf: dataAsOf,
    sources: ['membership-data'],
  },
  {
    id: 'parties-at-entry-into-force',
    label: 'States Parties on 1 March 1999',
    value: statesPartiesAt('1999-03-01'),
    unit: 'count',
    asOf: '1999-03-01',
    sources: ['membership-data'],
  },
  {
    id: 'not-party-2024',
    label: 'States outside the treaty at the end of 2024',
    value: membership.members.filter((m) => m.status2024 !== 'state_party').length,
    unit: 'count',
    asOf: '2024-12-31',
    sources: ['membership-data'],
  },
  {
    id: 'withdrawals-effective',
    label: 'Withdrawals that took effect in 2025–26',
    value: takingEffect.length,
    unit: 'count',
    asOf: dataAsOf,
    sources: ['withdrawals-data'],
  },
  {
    id: 'joins-2025',
    label: 'States that joined in 2025',
    value: membership.members.filter((m) => m.joined?.startsWith('2025')).length,
    unit: 'count',
    asOf: '2025-12-31',
    sources: ['membership-data'],
  },
  {
    id: 'treaty-years-2024',
    label: 'Years the Convention had been in force',
    value: 25,
    unit: 'years',
    asOf: '2024-11-26',
    sources: ['afp'],
    seed: { file: '001', words: 'In the 25 years since the Convention entered into force' },
  },
  {
    id: 'protesters',
    label: 'Demonstrators at the conference venue',
    value: 100,
    unit: 'people',
    qualifier: 'more-than',
    asOf: '2024-11-26',
    sources: ['afp'],
    seed: { file: '001', words: 'More than 100 demonstrators' },
  },
  {
    id: 'signatories-cited-by-un',
    label: 'Treaty members counted as "signatories" in the news report of the UN chief\'s message',
    value: 164,
    unit: 'count',
    asOf: '2024-11-25',
    sources: ['un-chief'],
    seed: { file: '002', words: "treaty's 164 signatories" },
  },
  {
    id: 'ratified-per-wapo',
    label: 'Countries that had ratified, per The Washington Post',
    value: 164,
    unit: 'count',
    asOf: '2024-11-20',
    sources: ['conflictwatcher'],
    seed: { file: '004', words: '164 countries worldwide have ratified' },
  },
  {
    id: 'cambodia-killed-stated',
    label: 'Killed in Cambodia since 1979 (as stated)',
    value: statement('killed_since_1979_approx'),
    unit: 'people',
    qualifier: 'approx',
    asOf: '2024-11-25',
    sources: ['un-chief', 'cambodia-data'],
    seed: { file: '002', words: 'killed approximately 20,000 people' },
  },
  {
    id: 'cambodia-contaminated-km2',
    label: 'Contaminated land in Cambodia',
    value: statement('contaminated_land_remaining'),
    unit: 'km2',
    qualifier: 'more-than',
    asOf: '2024-11-25',
    sources: ['un-chief', 'cambodia-data'],
    seed: { file: '002', words: 'over 1,600 square kilometers' },
  },
  {
    id: 'cambodia-people-at-risk',
    label: 'People threatened by contamination in Cambodia, as the news report words it',
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
    label: "People affected by contamination in Cambodia, in the Prime Minister's own words",
    value: statement('people_affected'),
    unit: 'people',
    qualifier: 'approx',
    asOf: '2024-11-25',
    sources: ['cambodia-data'],
  },
  {
    id: 'cambodia-provinces-mine-free',
    label: 'Cambodian provinces declared mine-free (of 25)',
    value: statement('provinces_mine_free'),
    unit: 'count',
    asOf: '2024-11-25',
    sources: ['cambodia-data'],
  },
  {
    id: 'cambodia-provinces-total',
    label: 'Capital and provinces of Cambodia counted in the mine-free statement',
    value: provincesOf('provinces_mine_free'),
    unit: 'count',
    asOf: '2024-11-25',
    sources: ['cambodia-data'],
  },
  {
    id: 'cambodia-killed-recorded',
    label: 'Killed in Cambodia 1979–2024 (recorded)',
    value: cumulative2024.killed,
    unit: 'people',
    asOf: '2024',
    sources: ['cambodia-data'],
  },
  {
    id: 'cambodia-injured-recorded',
    label: 'Injured in Cambodia 1979–2024 (recorded)',
    value: cumulative2024.injured,
    unit: 'people',
    asOf: '2024',
    sources: ['cambodia-data'],
  },
  {
    id: 'cambodia-total-recorded',
    label: 'Casualties in Cambodia 1979–2024 (recorded)',
    value: cumulative2024.total,
    unit: 'people',
    asOf: '2024',
    sources: ['cambodia-data'],
  },
  {
    id: 'cambodia-1996-recorded',
    label: 'Casualties in Cambodia in 1996 (recorded)',
    value: cambodiaYear(1996),
    unit: 'people',
    asOf: '1996',
    sources: ['cambodia-data'],
  },
  {
    id: 'cambodia-1996-stated',
    label: "Casualties in 1996 in the Prime Minister's speech",
    value: statement('casualties_1996_vs_now'),
    unit: 'people',
    qualifier: 'more-than',
    asOf: '2024-11-25',
    sources: ['cambodia-data'],
  },
  {
    id: 'cambodia-2023',
    label: 'Casualties in Cambodia in 2023',
    value: cambodiaYear(2023),
    unit: 'people',
    asOf: '2023',
    sources: ['cambodia-data'],
  },
  {
    id: 'cambodia-2024',
    label: 'Casualties in Cambodia in 2024',
    value: cambodiaYear(2024),
    unit: 'people',
    asOf: '2024',
    sources: ['cambodia-data'],
  },
  {
    id: 'global-2023-total',
    label: 'Mine/ERW casualties worldwide in 2023',
    value: metric(global2023, 'total_casualties_2023'),
    unit: 'people',
    asOf: '2023',
    sources: ['global-data', 'un-chief'],
  },
  {
    id: 'global-2023-killed',
    label: 'Killed worldwide in 2023',
    value: metric(global2023, 'killed_2023'),
    unit: 'people',
    asOf: '2023',
    sources: ['global-data'],
  },
  {
    id: 'global-2023-injured',
    label: 'Injured worldwide in 2023',
    value: metric(global2023, 'injured_2023'),
    unit: 'people',
    asOf: '2023',
    sources: ['global-data'],
  },
  {
    id: 'global-2023-unknown',
    label: 'Casualties of unknown outcome in 2023',
    value: metric(global2023, 'unknown_survival_status_2023'),
    unit: 'people',
    asOf: '2023',
    sources: ['global-data'],
  },
  {
    id: 'global-2023-civilian-pct',
    label: 'Share of civilians among 2023 casualties',
    value: metric(global2023, 'civilian_share_pct'),
    unit: 'percent',
    asOf: '2023',
    sources: ['global-data', 'un-chief'],
  },
  {
    id: 'global-2023-children',
    label: 'Children among 2023 casualties',
    value: metric(global2023, 'child_casualties'),
    unit: 'people',
    asOf: '2023',
    sources: ['global-data'],
  },
  {
    id: 'global-2023-change-pct',
    label: 'Rise in casualties from 2022 to 2023',
    value: metric(global2023, 'change_vs_2022_pct'),
    unit: 'percent',
    asOf: '2023',
    sources: ['global-data'],
  },
  {
    id: 'global-2024-total',
    label: 'Mine/ERW casualties worldwide in 2024',
    value: metric(global2024, 'total_casualties_2024'),
    unit: 'people',
    asOf: '2024',
    sources: ['global-data'],
  },
  {
    id: 'global-2024-killed',
    label: 'Killed worldwide in 2024',
    value: metric(global2024, 'killed_2024'),
    unit: 'people',
    asOf: '2024',
    sources: ['global-data'],
  },
  {
    id: 'global-2024-injured',
    label: 'Injured worldwide in 2024',
    value: metric(global2024, 'injured_2024'),
    unit: 'people',
    asOf: '2024',
    sources: ['global-data'],
  },
  {
    id: 'global-2024-civilian-pct',
    label: 'Share of civilians among 2024 casualties',
    value: metric(global2024, 'civilian_share_pct'),
    unit: 'percent',
    asOf: '2024',
    sources: ['global-data'],
  },
  {
    id: 'global-peak',
    label: `Highest yearly global casualties recorded (${globalPeak.year})`,
    value: globalPeak.casualties!,
    unit: 'people',
    asOf: String(globalPeak.year),
    sources: ['global-data'],
  },
  {
    id: 'global-peak-year',
    label: 'Year of the highest recorded global casualties',
    value: globalPeak.year,
    unit: 'years',
    asOf: String(globalPeak.year),
    sources: ['global-data'],
  },
  {
    id: 'global-low',
    label: `Lowest yearly global casualties recorded (${globalLow.year})`,
    value: globalLow.casualties!,
    unit: 'people',
    asOf: String(globalLow.year),
    sources: ['global-data'],
  },
  {
    id: 'global-low-year',
    label: 'Year of the lowest recorded global casualties',
    value: globalLow.year,
    unit: 'years',
    asOf: String(globalLow.year),
    sources: ['global-data'],
  },
  // Treaty membership, from membership.csv
  {
    id: 'states-parties-summit',
    label: 'States Parties when the Siem Reap summit opened',
    value: statesPartiesAt('2024-11-25'),
    unit: 'count',
    asOf: '2024-11-25',
    sources: ['membership-data'],
  },
  {
    id: 'signatories-total',
    label: 'States that signed the Convention (ever)',
    value: membership.members.filter((m) => m.signed !== null).length,
    unit: 'count',
    asOf: dataAsOf,
    sources: ['membership-data'],
  },
  {
    id: 'ratifications-2024',
    label: 'States Parties at the end of 2024 that joined by ratification (incl. acceptance)',
    value: joinTypeCount('ratification'),
    unit: 'count',
    asOf: '2024-12-31',
    sources: ['membership-data'],
  },
  {
    id: 'accessions-2024',
    label: 'States Parties at the end of 2024 that joined by accession',
    value: joinTypeCount('accession'),
    unit: 'count',
    asOf: '2024-12-31',
    sources: ['membership-data'],
  },
  {
    id: 'successions-2024',
    label: 'States Parties at the end of 2024 that joined by succession',
    value: joinTypeCount('succession'),
    unit: 'count',
    asOf: '2024-12-31',
    sources: ['membership-data'],
  },
  {
    id: 'signed-not-ratified-2024',
    label: 'Signatories that had not ratified at the end of 2024',
    value: membership.members.filter((m) => m.status2024 === 'signatory_not_ratified').length,
    unit: 'count',
    asOf: '2024-12-31',
    sources: ['membership-data'],
  },
  day('ottawa-signature', 'The Convention opened for signature in Ottawa', first(membership.members.map((m) => m.signed)), [
    'membership-data',
  ]),
  day('entry-into-force', 'The Convention entered into force', first(membership.members.map((m) => m.entryIntoForce)), ['membership-data']),
  day(
    'reached-164',
    'The last deposit before 2025 (State of Palestine, the 164th State Party)',
    partiesEnd2024
      .map((m) => m.joined!)
      .sort()
      .at(-1)!,
    ['membership-data'],
  ),
  day('ukraine-signed', 'Ukraine signed the Convention', present(member('UKR').signed, 'Ukraine signature'), ['membership-data']),
  day('ukraine-joined', 'Ukraine deposited its instrument of ratification', present(member('UKR').joined, 'Ukraine ratification'), [
    'membership-data',
  ]),
  day(
    'ukraine-in-force',
    'The Convention entered into force for Ukraine',
    present(member('UKR').entryIntoForce, 'Ukraine entry into force'),
    ['membership-data'],
  ),
  day(
    'marshall-islands-joined',
    'The Marshall Islands deposited its instrument of ratification',
    present(member('MHL').joined, 'Marshall Islands ratification'),
    ['membership-data'],
  ),
  day(
    'marshall-islands-in-force',
    'The Convention entered into force for the Marshall Islands',
    present(member('MHL').entryIntoForce, 'Marshall Islands entry into force'),
    ['membership-data'],
  ),
  day('tonga-joined', 'Tonga deposited its instrument of accession', present(member('TON').joined, 'Tonga accession'), ['membership-data']),
  day('tonga-in-force', 'The Convention entered into force for Tonga', present(member('TON').entryIntoForce, 'Tonga entry into force'), [
    'membership-data',
  ]),
  day('data-as-of', 'The last dated membership event in the data', dataAsOf, ['membership-data', 'withdrawals-data']),

  // Withdrawals, from withdrawals.csv
  day(
    'withdrawals-announced',
    'Estonia, Latvia, Lithuania and Poland announced their intention to withdraw',
    sharedDate([...BALTIC, 'POL'], (c) => withdrawal(c).announced, 'announcement'),
    ['withdrawals-data'],
  ),
  day('finland-announced', 'Finland announced preparations to withdraw', withdrawal('FIN').announced, ['withdrawals-data']),
  day(
    'baltic-deposited',
    'Estonia, Latvia and Lithuania deposited their instruments of withdrawal',
    sharedDate(BALTIC, (c) => withdrawal(c).deposited, 'deposit'),
    ['withdrawals-data'],
  ),
  day('finland-deposited', 'Finland deposited its instrument of withdrawal', withdrawal('FIN').deposited, ['withdrawals-data']),
  day('poland-deposited', 'Poland notified its withdrawal to the UN Secretary-General', withdrawal('POL').deposited, ['withdrawals-data']),
  day(
    'baltic-effective',
    'The withdrawals of Estonia, Latvia and Lithuania took effect',
    sharedDate(BALTIC, (c) => withdrawal(c).effective, 'effective date'),
    ['withdrawals-data'],
  ),
  day('finland-effective', "Finland's withdrawal took effect", present(withdrawal('FIN').effective, 'Finland effective date'), [
    'withdrawals-data',
  ]),
  day('poland-effective', "Poland's withdrawal took effect", present(withdrawal('POL').effective, 'Poland effective date'), [
    'withdrawals-data',
  ]),
  day(
    'ukraine-decree',
    "Ukraine's decision to leave the Convention (security council decision enacted by decree)",
    withdrawal('UKR').announced,
    ['withdrawals-data'],
  ),
  day(
    'ukraine-notification',
    'Ukraine notified the UN of a "suspension" (date per HRW and ICBL; not checked against the UN record)',
    withdrawal('UKR').deposited,
    ['withdrawals-data'],
  ),
  {
    id: 'withdrawal-notice-months',
    label: 'Months between depositing a withdrawal and its taking effect',
    value: noticeMonths,
    unit: 'months',
    asOf: dataAsOf,
    sources: ['withdrawals-data'],
  },

  // Dates and figures only the articles give
  day('decision-reported', 'Date of the report of the US authorisation', '2024-11-20', ['conflictwatcher'], {
    file: '004',
    words: 'November 20, 2024',
  }),
  {
    id: 'wapo-sources',
    label: 'Administration sources The Washington Post relied on',
    value: 2,
    unit: 'count',
    asOf: '2024-11-20',
    sources: ['conflictwatcher'],
    seed: { file: '004', words: 'cites two sources' },
  },
  day('summit-opens', 'The Siem Reap–Angkor Summit opened', '2024-11-25', ['hi-statement'], { file: '003', words: 'November 25-29, 2024' }),
  day('summit-closes', 'The Siem Reap–Angkor Summit closed', '2024-11-29', ['hi-statement'], {
    file: '003',
    words: 'November 25-29, 2024',
  }),
  day(
    'statement-released',
    'The statement AFP attributed to "the convention of its signatories" was released ("late Tuesday" before the AFP report of 27 November)',
    '2024-11-26',
    ['afp'],
    { file: '001', words: 'released late Tuesday' },
  ),
  day('afp-report', 'Date of the AFP wire report', '2024-11-27', ['afp'], { file: '001', words: 'date 2024-11-27' }),
  day('hi-statement-date', "Date of Humanity & Inclusion's statement", '2024-12-02', ['hi-statement'], {
    file: '003',
    words: 'December 2, 2024',
  }),
  {
    id: 'review-cycle-years',
    label: 'Years between review conferences',
    value: 5,
    unit: 'years',
    asOf: '2024-11-27',
    sources: ['afp'],
    seed: { file: '001', words: 'five-yearly meeting' },
  },

  // Cambodia
  {
    id: 'cambodia-injured-stated',
    label: 'Injured in Cambodia since 1979, as implied by "twice as many"',
    value: statement('injured_since_1979_approx'),
    unit: 'people',
    qualifier: 'approx',
    asOf: '2024-11-25',
    sources: ['cambodia-data', 'un-chief'],
  },
  {
    id: 'cambodia-record-start',
    label: "First year of Cambodia's casualty record",
    value: cambodiaFirst.year,
    unit: 'years',
    asOf: String(cambodiaFirst.year),
    sources: ['cambodia-data'],
  },
  {
    id: 'cambodia-record-end',
    label: "Last year of Cambodia's casualty record",
    value: cambodiaLast.year,
    unit: 'years',
    asOf: String(cambodiaLast.year),
    sources: ['cambodia-data'],
  },
  {
    id: 'cambodia-years-no-data',
    label: `Years between ${cambodiaFirst.year} and ${cambodiaLast.year} with no yearly total found`,
    value: cambodiaGaps,
    unit: 'count',
    asOf: String(cambodiaLast.year),
    sources: ['cambodia-data'],
  },
  {
    id: 'cambodia-1979-recorded',
    label: 'Casualties in Cambodia in 1979 (recorded)',
    value: cambodiaYear(1979),
    unit: 'people',
    asOf: '1979',
    sources: ['cambodia-data'],
  },
  {
    id: 'cambodia-2024-killed',
    label: 'Killed in Cambodia in 2024',
    value: present(cambodiaLast.killed, 'Cambodia 2024 killed'),
    unit: 'people',
    asOf: '2024',
    sources: ['cambodia-data'],
  },

  // Global
  {
    id: 'global-2022-total',
    label: 'Mine/ERW casualties worldwide in 2022 (as revised in Landmine Monitor 2024)',
    value: global2022,
    unit: 'people',
    asOf: '2022',
    sources: ['global-data'],
  },
  {
    id: 'global-2023-myanmar',
    label: 'Casualties in Myanmar in 2023',
    value: metric(global2023, 'country_Myanmar'),
    unit: 'people',
    asOf: '2023',
    sources: ['global-data'],
  },
  {
    id: 'global-2023-syria',
    label: 'Casualties in Syria in 2023',
    value: metric(global2023, 'country_Syria'),
    unit: 'people',
    asOf: '2023',
    sources: ['global-data'],
  },
  {
    id: 'global-2023-afghanistan',
    label: 'Casualties in Afghanistan in 2023',
    value: metric(global2023, 'country_Afghanistan'),
    unit: 'people',
    asOf: '2023',
    sources: ['global-data'],
  },
  {
    id: 'global-2023-ukraine',
    label: 'Casualties in Ukraine in 2023',
    value: metric(global2023, 'country_Ukraine'),
    unit: 'people',
    asOf: '2023',
    sources: ['global-data'],
  },
  {
    id: 'global-2024-myanmar',
    label: 'Casualties in Myanmar in 2024',
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

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** "2025-12-27" → "27 December 2025". */
export const formatDate = longDate;

/**
 * The figure as the prose shows it: "5,757", "84%", "1,600 km²", "27 December 2025";
 * years are not grouped. In prose (the default) whole numbers below ten are words
 * ("two sources", "every five years") and round millions read "1 million", as house style
 * has it; tables pass { prose: false }.
 */
export function formatFact(f: Fact, { prose = true, format }: { prose?: boolean; format?: Formatter } = {}): string {
  // Another language's page passes its formatter: its digits and dates, none of the English words for numbers.
  if (format && format.locale !== DEFAULT_LOCALE) return formatIn(f, format);
  if (f.unit === 'date') return formatDate(f.value);
  const small = prose && Number.isInteger(f.value) && f.value >= 0 && f.value < 10 && f.unit !== 'percent' && f.unit !== 'km2';
  if (small) return SMALL[f.value];
  if (prose && f.unit === 'people' && f.value >= 1_000_000 && f.value % 1_000_000 === 0) return `${num(f.value / 1_000_000)} million`;
  const n = f.unit === 'years' ? String(f.value) : num(f.value);
  if (f.unit === 'percent') return `${n}%`;
  if (f.unit === 'km2') return `${n} km²`;
  return n;
}

function formatIn(f: Fact, format: Formatter): string {
  if (f.unit === 'date') return format.date(f.value);
  const n = f.unit === 'years' ? String(f.value) : format.num(f.value);
  if (f.unit === 'percent')
    return new Intl.NumberFormat(format.locale, { style: 'percent', maximumFractionDigits: 1 }).format(f.value / 100);
  if (f.unit === 'km2') return `${n} km²`;
  return n;
}
