/**
 * The site's data, loaded once from content/data (bundled as raw text so the
 * build and the tests read the same bytes) and validated on import: a bad
 * file stops the build with its file, line and column.
 */
import membershipCsv from '../../content/data/membership/membership.csv?raw';
import withdrawalsCsv from '../../content/data/membership/withdrawals.csv?raw';
import countsCsv from '../../content/data/membership/counts_by_year.csv?raw';
import cambodiaCsv from '../../content/data/casualties/cambodia_casualties.csv?raw';
import cumulativeCsv from '../../content/data/casualties/cambodia_cumulative.csv?raw';
import statementsCsv from '../../content/data/casualties/cambodia_statements.csv?raw';
import global2023Csv from '../../content/data/casualties/global_2023.csv?raw';
import global2024Csv from '../../content/data/casualties/global_2024.csv?raw';
import globalByYearCsv from '../../content/data/casualties/global_by_year.csv?raw';
import {
  countsByYearIn,
  joinMembership,
  membershipSteps,
  parseCounts,
  parseMembership,
  parseWithdrawals,
  statesPartiesAtIn,
  statusAtIn,
  type StatusAt,
} from './membership';
import { parseCambodiaCasualties, parseCumulative, parseGlobalByYear, parseMetrics, parseStatements } from './casualties';

const dir = 'content/data';
export const membership = joinMembership(
  parseMembership(membershipCsv, `${dir}/membership/membership.csv`),
  parseWithdrawals(withdrawalsCsv, `${dir}/membership/withdrawals.csv`),
  `${dir}/membership/withdrawals.csv`,
);
export const publishedCounts = parseCounts(countsCsv, `${dir}/membership/counts_by_year.csv`);
export const cambodiaCasualties = parseCambodiaCasualties(cambodiaCsv, `${dir}/casualties/cambodia_casualties.csv`);
export const cambodiaCumulative = parseCumulative(cumulativeCsv, `${dir}/casualties/cambodia_cumulative.csv`);
export const cambodiaStatements = parseStatements(statementsCsv, `${dir}/casualties/cambodia_statements.csv`);
export const global2023 = parseMetrics(global2023Csv, `${dir}/casualties/global_2023.csv`);
export const global2024 = parseMetrics(global2024Csv, `${dir}/casualties/global_2024.csv`);
export const globalByYear = parseGlobalByYear(globalByYearCsv, `${dir}/casualties/global_by_year.csv`);

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
