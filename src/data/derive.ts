/**
 * Numbers that both the prose (src/facts.ts) and the charts state, derived once:
 * a metric's value, the documented peak and low of a series, Cambodia's
 * cumulative record and the global yearly series with its latest year.
 */
import { cambodiaCumulative, global2024, globalByYear, membership } from './index';
import type { Metric } from './casualties';
import { carry } from './origin';

/** A metric that must have a value (a null one is a data error, not a zero). */
export function metric(map: ReadonlyMap<string, Metric>, key: string): { value: number; source: string } {
  const m = map.get(key);
  if (m?.value == null) throw new Error(`data: metric ${key} has no value`);
  return { value: m.value, source: m.source };
}

/** The highest and lowest documented rows of a series; undocumented (null) rows are gaps, never lows. */
export function extremes<T>(rows: T[], value: (row: T) => number | null): { peak: T; low: T } {
  const documented = rows.filter((r) => value(r) !== null);
  if (!documented.length) throw new Error('data: a series has no documented value');
  return {
    peak: documented.reduce((a, b) => (value(b)! > value(a)! ? b : a)),
    low: documented.reduce((a, b) => (value(b)! < value(a)! ? b : a)),
  };
}

/** Cambodia's recorded killed and injured over a period of cambodia_cumulative.csv, e.g. "1979-2024". */
export function cambodiaCumulativeFor(period: string) {
  const row = cambodiaCumulative.find((r) => r.period === period);
  if (row?.killed == null || row.injured == null) throw new Error(`data: cumulative ${period} missing killed or injured`);
  return { killed: row.killed, injured: row.injured, total: row.total, source: row.source };
}

/** The year global_2024.csv adds to the yearly series (global_by_year.csv stops at 2023). */
export const GLOBAL_LATEST_YEAR = 2024;
const latest = metric(global2024, `total_casualties_${GLOBAL_LATEST_YEAR}`);
if (globalByYear.some((y) => y.year === GLOBAL_LATEST_YEAR))
  throw new Error('data: global_by_year.csv now holds 2024; drop the global_2024.csv splice');

/** Casualties recorded worldwide per year, the latest year included; null where no total was found. */
export const globalSeries: { year: number; casualties: number | null; source: string }[] = [
  ...globalByYear.map((y) => carry(y, { year: y.year, casualties: y.casualties, source: y.source })),
  carry(global2024.get(`total_casualties_${GLOBAL_LATEST_YEAR}`), {
    year: GLOBAL_LATEST_YEAR,
    casualties: latest.value,
    source: latest.source,
  }),
];

/** Whole months from deposit to effect, the same for every withdrawal that took effect (Article 20). */
export function withdrawalNoticeMonths(): number {
  const months = new Set(
    membership.withdrawals
      .filter((w) => w.effective !== null)
      .map((w) => {
        const [y1, m1, d1] = w.deposited.split('-').map(Number);
        const [y2, m2, d2] = w.effective!.split('-').map(Number);
        if (d1 !== d2) throw new Error(`data: ${w.iso3} withdrawal is not a whole number of months`);
        return (y2 - y1) * 12 + (m2 - m1);
      }),
  );
  if (months.size !== 1) throw new Error('data: withdrawals took different notice periods');
  return [...months][0];
}
