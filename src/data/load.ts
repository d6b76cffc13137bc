/**
 * Every dataset the site draws, parsed and checked against each other from the
 * bytes of its files. The build calls it on content/data; tests call it on edited
 * copies, so a corrupted file is judged by exactly the code the build runs.
 */
import { parseCambodiaCasualties, parseCumulative, parseGlobalByYear, parseMetrics, parseStatements } from './casualties';
import { checkCounts, joinMembership, parseCounts, parseMembership, parseWithdrawals, statedAsOf } from './membership';

/** The files, relative to content/data. */
export const DATA_FILES = {
  membership: 'membership/membership.csv',
  withdrawals: 'membership/withdrawals.csv',
  counts: 'membership/counts_by_year.csv',
  cambodia: 'casualties/cambodia_casualties.csv',
  cumulative: 'casualties/cambodia_cumulative.csv',
  statements: 'casualties/cambodia_statements.csv',
  global2023: 'casualties/global_2023.csv',
  global2024: 'casualties/global_2024.csv',
  globalByYear: 'casualties/global_by_year.csv',
} as const;

export type DataBytes = Record<keyof typeof DATA_FILES, Uint8Array>;

export function loadData(bytes: DataBytes, dir = 'content/data') {
  const file = (key: keyof typeof DATA_FILES) => `${dir}/${DATA_FILES[key]}`;
  // Every date in the data must be on or before the as-of date withdrawals.csv states.
  const limits = { asOf: statedAsOf(bytes.withdrawals, file('withdrawals')) };
  const membership = joinMembership(
    parseMembership(bytes.membership, file('membership'), limits),
    parseWithdrawals(bytes.withdrawals, file('withdrawals'), limits),
    file('withdrawals'),
  );
  const publishedCounts = parseCounts(bytes.counts, file('counts'), limits);
  checkCounts(membership, publishedCounts);
  return {
    membership,
    publishedCounts,
    cambodiaCasualties: parseCambodiaCasualties(bytes.cambodia, file('cambodia'), limits),
    cambodiaCumulative: parseCumulative(bytes.cumulative, file('cumulative')),
    cambodiaStatements: parseStatements(bytes.statements, file('statements'), limits),
    global2023: parseMetrics(bytes.global2023, file('global2023')),
    global2024: parseMetrics(bytes.global2024, file('global2024')),
    globalByYear: parseGlobalByYear(bytes.globalByYear, file('globalByYear'), limits),
  };
}
