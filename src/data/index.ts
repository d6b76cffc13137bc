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
import {
  checkCounts,
  countsByYearIn,
  joinMembership,
  membershipSteps,
  parseCounts,
  parseMembership,
  parseWithdrawals,
  statedAsOf,
  statesPartiesAtIn,
  statusAtIn,
  type StatusAt,
} from './membership';
import { parseCambodiaCasualties, parseCumulative, parseGlobalByYear, parseMetrics, parseStatements } from './casualties';

const dir = 'content/data';
const withdrawalsFile = `${dir}/membership/withdrawals.csv`;
/** Every date in the data must be on or before the as-of date withdrawals.csv states. */
const limits = { asOf: statedAsOf(withdrawalsCsv, withdrawalsFile) };
export const membership = joinMembership(
  parseMembership(membershipCsv, `${dir}/membership/membership.csv`, limits),
  parseWithdrawals(withdrawalsCsv, withdrawalsFile, limits),
  withdrawalsFile,
);
export const publishedCounts = parseCounts(countsCsv, `${dir}/membership/counts_by_year.csv`, limits);
checkCounts(membership, publishedCounts);
export const cambodiaCasualties = parseCambodiaCasualties(cambodiaCsv, `${dir}/casualties/cambodia_casualties.csv`, limits);
export const cambodiaCumulative = parseCumulative(cumulativeCsv, `${dir}/casualties/cambodia_cumulative.csv`);
export const cambodiaStatements = parseStatements(statementsCsv, `${dir}/casualties/cambodia_statements.csv`, limits);
export const global2023 = parseMetrics(global2023Csv, `${dir}/casualties/global_2023.csv`);
export const global2024 = parseMetrics(global2024Csv, `${dir}/casualties/global_2024.csv`);
export const globalByYear = parseGlobalByYear(globalByYearCsv, `${dir}/casualties/global_by_year.csv`, limits);

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
