/**
 * The site's data, loaded once from content/data (bundled as bytes so the build
 * and the tests read the same bytes, and a mis-encoded file is caught) and
 * validated on import: a bad file stops the build with its file, line, column
 * and column name.
 */
import membershipCsv from '../../content/data/membership/membership.csv?bytes';
import withdrawalsCsv from '../../content/data/membership/withdrawals.csv?bytes';
import countsCsv from '../../content/data/membership/counts_by_year.csv?bytes';
import cambodiaCsv from '../../content/data/casualties/cambodia_casualties.csv?bytes';
import cumulativeCsv from '../../content/data/casualties/cambodia_cumulative.csv?bytes';
import statementsCsv from '../../content/data/casualties/cambodia_statements.csv?bytes';
import global2023Csv from '../../content/data/casualties/global_2023.csv?bytes';
import global2024Csv from '../../content/data/casualties/global_2024.csv?bytes';
import globalByYearCsv from '../../content/data/casualties/global_by_year.csv?bytes';
import { countsByYearIn, membershipSteps, statesPartiesAtIn, statusAtIn, type StatusAt } from './membership';
import { loadData } from './load';

export const {
  membership,
  publishedCounts,
  cambodiaCasualties,
  cambodiaCumulative,
  cambodiaStatements,
  global2023,
  global2024,
  globalByYear,
} = loadData({
  membership: membershipCsv,
  withdrawals: withdrawalsCsv,
  counts: countsCsv,
  cambodia: cambodiaCsv,
  cumulative: cumulativeCsv,
  statements: statementsCsv,
  global2023: global2023Csv,
  global2024: global2024Csv,
  globalByYear: globalByYearCsv,
});

export const statusAt = (iso3: string, date: string): StatusAt => statusAtIn(membership, iso3, date);
export const statesPartiesAt = (date: string): number => statesPartiesAtIn(membership, date);
export const countsByYear = (from: number, to: number) => countsByYearIn(membership, from, to);
export const steps = () => membershipSteps(membership);

/**
 * The date the data speaks for: the last dated membership event. The site says
 * "as of" this day rather than the build day, so output is deterministic.
 */
export const dataAsOf: string = [...membership.withdrawals.map((w) => w.effective), ...membership.members.map((m) => m.joined)]
  .filter((d): d is string => d !== null)
  .sort()
  .at(-1)!;

export type { StatusAt };
