/**
 * Every figure the prose states. Figures the datasets hold are computed from them
 * (so a data change moves the prose with it); figures only an article gives are
 * tied to the seed sentence that states them, which tests/unit/facts.test.ts checks.
 */
import {
  cambodiaCasualties,
  cambodiaCumulative,
  cambodiaStatements,
  dataAsOf,
  global2023,
  global2024,
  globalByYear,
  membership,
  statesPartiesAt,
} from './data';

export type FactUnit = 'count' | 'percent' | 'km2' | 'people' | 'years';

export interface Fact {
  id: string;
  value: number;
  unit: FactUnit;
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

function metric(map: typeof global2023, key: string): number {
  const value = map.get(key)?.value;
  if (value == null) throw new Error(`facts: metric ${key} has no value`);
  return value;
}

function statement(key: string): number {
  const s = cambodiaStatements.get(key);
  if (!s) throw new Error(`facts: statement ${key} missing`);
  return s.value;
}

const cambodiaYear = (year: number) => {
  const row = cambodiaCasualties.find((r) => r.year === year);
  if (row?.total == null) throw new Error(`facts: no Cambodia total for ${year}`);
  return row.total;
};

const cumulative2024 = cambodiaCumulative.find((r) => r.period === '1979-2024');
if (!cumulative2024?.killed || !cumulative2024.injured) throw new Error('facts: cumulative 1979-2024 missing');

const documentedGlobal = globalByYear.filter((r) => r.casualties !== null);
const globalPeak = documentedGlobal.reduce((a, b) => (b.casualties! > a.casualties! ? b : a));
const globalLow = documentedGlobal.reduce((a, b) => (b.casualties! < a.casualties! ? b : a));
const takingEffect = membership.withdrawals.filter((w) => w.effective !== null);

const list: Fact[] = [
  { id: 'states-parties-2024', label: 'States Parties at the end of 2024', value: statesPartiesAt('2024-12-31'), unit: 'count', asOf: '2024-12-31', sources: ['membership-data'] },
  { id: 'states-parties-now', label: 'States Parties today', value: statesPartiesAt(dataAsOf), unit: 'count', asOf: dataAsOf, sources: ['membership-data', 'withdrawals-data'] },
  { id: 'states-parties-end-2025', label: 'States Parties at the end of 2025', value: statesPartiesAt('2025-12-31'), unit: 'count', asOf: '2025-12-31', sources: ['membership-data', 'withdrawals-data'] },
  { id: 'states-ever-joined', label: 'States that have ever joined', value: membership.members.filter((m) => m.joined !== null && m.joined <= dataAsOf).length, unit: 'count', asOf: dataAsOf, sources: ['membership-data'] },
  { id: 'parties-at-entry-into-force', label: 'States Parties on 1 March 1999', value: statesPartiesAt('1999-03-01'), unit: 'count', asOf: '1999-03-01', sources: ['membership-data'] },
  { id: 'not-party-2024', label: 'States outside the treaty at the end of 2024', value: membership.members.filter((m) => m.status2024 !== 'state_party').length, unit: 'count', asOf: '2024-12-31', sources: ['membership-data'] },
  { id: 'withdrawals-effective', label: 'Withdrawals that took effect in 2025–26', value: takingEffect.length, unit: 'count', asOf: dataAsOf, sources: ['withdrawals-data'] },
  { id: 'joins-2025', label: 'States that joined in 2025', value: membership.members.filter((m) => m.joined?.startsWith('2025')).length, unit: 'count', asOf: '2025-12-31', sources: ['membership-data'] },
  { id: 'treaty-years-2024', label: 'Years the Convention had been in force', value: 25, unit: 'years', asOf: '2024-11-26', sources: ['afp'], seed: { file: '001', words: 'In the 25 years since the Convention entered into force' } },
  { id: 'protesters', label: 'Demonstrators at the conference venue', value: 100, unit: 'people', qualifier: 'more-than', asOf: '2024-11-26', sources: ['afp'], seed: { file: '001', words: 'More than 100 demonstrators' } },
  { id: 'signatories-cited-by-un', label: 'Treaty members counted in the UN report', value: 164, unit: 'count', asOf: '2024-11-25', sources: ['un-chief'], seed: { file: '002', words: "treaty's 164 signatories" } },
  { id: 'ratified-per-wapo', label: 'Countries that had ratified, per The Washington Post', value: 164, unit: 'count', asOf: '2024-11-20', sources: ['conflictwatcher'], seed: { file: '004', words: '164 countries worldwide have ratified' } },
  { id: 'cambodia-killed-stated', label: 'Killed in Cambodia since 1979 (as stated)', value: statement('killed_since_1979_approx'), unit: 'people', qualifier: 'approx', asOf: '2024-11-25', sources: ['un-chief', 'cambodia-data'], seed: { file: '002', words: 'killed approximately 20,000 people' } },
  { id: 'cambodia-contaminated-km2', label: 'Contaminated land in Cambodia', value: statement('contaminated_land_remaining'), unit: 'km2', qualifier: 'more-than', asOf: '2024-11-25', sources: ['un-chief', 'cambodia-data'], seed: { file: '002', words: 'over 1,600 square kilometers' } },
  { id: 'cambodia-people-at-risk', label: 'People threatened by contamination in Cambodia', value: statement('people_affected'), unit: 'people', qualifier: 'more-than', asOf: '2024-11-25', sources: ['un-chief', 'cambodia-data'], seed: { file: '002', words: 'over one million people' } },
  { id: 'cambodia-provinces-mine-free', label: 'Cambodian provinces declared mine-free (of 25)', value: statement('provinces_mine_free'), unit: 'count', asOf: '2024-11-25', sources: ['cambodia-data'] },
  { id: 'cambodia-killed-recorded', label: 'Killed in Cambodia 1979–2024 (recorded)', value: cumulative2024.killed, unit: 'people', asOf: '2024', sources: ['cambodia-data'] },
  { id: 'cambodia-injured-recorded', label: 'Injured in Cambodia 1979–2024 (recorded)', value: cumulative2024.injured, unit: 'people', asOf: '2024', sources: ['cambodia-data'] },
  { id: 'cambodia-total-recorded', label: 'Casualties in Cambodia 1979–2024 (recorded)', value: cumulative2024.total, unit: 'people', asOf: '2024', sources: ['cambodia-data'] },
  { id: 'cambodia-1996-recorded', label: 'Casualties in Cambodia in 1996 (recorded)', value: cambodiaYear(1996), unit: 'people', asOf: '1996', sources: ['cambodia-data'] },
  { id: 'cambodia-1996-stated', label: "Casualties in 1996 in the Prime Minister's speech", value: statement('casualties_1996_vs_now'), unit: 'people', qualifier: 'more-than', asOf: '2024-11-25', sources: ['cambodia-data'] },
  { id: 'cambodia-2023', label: 'Casualties in Cambodia in 2023', value: cambodiaYear(2023), unit: 'people', asOf: '2023', sources: ['cambodia-data'] },
  { id: 'cambodia-2024', label: 'Casualties in Cambodia in 2024', value: cambodiaYear(2024), unit: 'people', asOf: '2024', sources: ['cambodia-data'] },
  { id: 'global-2023-total', label: 'Mine/ERW casualties worldwide in 2023', value: metric(global2023, 'total_casualties_2023'), unit: 'people', asOf: '2023', sources: ['global-data', 'un-chief'] },
  { id: 'global-2023-killed', label: 'Killed worldwide in 2023', value: metric(global2023, 'killed_2023'), unit: 'people', asOf: '2023', sources: ['global-data'] },
  { id: 'global-2023-injured', label: 'Injured worldwide in 2023', value: metric(global2023, 'injured_2023'), unit: 'people', asOf: '2023', sources: ['global-data'] },
  { id: 'global-2023-unknown', label: 'Casualties of unknown outcome in 2023', value: metric(global2023, 'unknown_survival_status_2023'), unit: 'people', asOf: '2023', sources: ['global-data'] },
  { id: 'global-2023-civilian-pct', label: 'Share of civilians among 2023 casualties', value: metric(global2023, 'civilian_share_pct'), unit: 'percent', asOf: '2023', sources: ['global-data', 'un-chief'] },
  { id: 'global-2023-children', label: 'Children among 2023 casualties', value: metric(global2023, 'child_casualties'), unit: 'people', asOf: '2023', sources: ['global-data'] },
  { id: 'global-2023-change-pct', label: 'Rise in casualties from 2022 to 2023', value: metric(global2023, 'change_vs_2022_pct'), unit: 'percent', asOf: '2023', sources: ['global-data'] },
  { id: 'global-2024-total', label: 'Mine/ERW casualties worldwide in 2024', value: metric(global2024, 'total_casualties_2024'), unit: 'people', asOf: '2024', sources: ['global-data'] },
  { id: 'global-2024-killed', label: 'Killed worldwide in 2024', value: metric(global2024, 'killed_2024'), unit: 'people', asOf: '2024', sources: ['global-data'] },
  { id: 'global-2024-injured', label: 'Injured worldwide in 2024', value: metric(global2024, 'injured_2024'), unit: 'people', asOf: '2024', sources: ['global-data'] },
  { id: 'global-2024-civilian-pct', label: 'Share of civilians among 2024 casualties', value: metric(global2024, 'civilian_share_pct'), unit: 'percent', asOf: '2024', sources: ['global-data'] },
  { id: 'global-peak', label: `Highest yearly global casualties recorded (${globalPeak.year})`, value: globalPeak.casualties!, unit: 'people', asOf: String(globalPeak.year), sources: ['global-data'] },
  { id: 'global-peak-year', label: 'Year of the highest recorded global casualties', value: globalPeak.year, unit: 'years', asOf: String(globalPeak.year), sources: ['global-data'] },
  { id: 'global-low', label: `Lowest yearly global casualties recorded (${globalLow.year})`, value: globalLow.casualties!, unit: 'people', asOf: String(globalLow.year), sources: ['global-data'] },
  { id: 'global-low-year', label: 'Year of the lowest recorded global casualties', value: globalLow.year, unit: 'years', asOf: String(globalLow.year), sources: ['global-data'] },
];

export const facts: ReadonlyMap<string, Fact> = new Map(list.map((f) => [f.id, f]));

export function fact(id: string): Fact {
  const found = facts.get(id);
  if (!found) throw new Error(`Unknown fact id "${id}" (see src/facts.ts)`);
  return found;
}

const numberFormat = new Intl.NumberFormat('en-GB');

/** The figure as the prose shows it: "5,757", "84%", "1,600 km²"; years are not grouped. */
export function formatFact(f: Fact): string {
  const n = f.unit === 'years' ? String(f.value) : numberFormat.format(f.value);
  if (f.unit === 'percent') return `${n}%`;
  if (f.unit === 'km2') return `${n} km²`;
  return n;
}
