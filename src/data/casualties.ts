/**
 * Casualty datasets: Cambodia per year and cumulative, Landmine Monitor's global
 * series and its yearly headline metrics. Empty cells stay null ("no data").
 */
import { readCsv } from './csv';
import {
  consecutiveYears,
  failAt,
  fieldsOf,
  NO_LIMITS,
  optionalCount,
  optionalPastDate,
  partsWithinTotal,
  plausibleYear,
  requiredCount,
  requiredText,
  type Limits,
  type Located,
} from './fields';
import { remember } from './origin';

export interface CambodiaYear {
  year: number;
  killed: number | null;
  injured: number | null;
  total: number | null;
  source: string;
}

export interface CumulativeRow {
  period: string;
  killed: number | null;
  injured: number | null;
  total: number;
  source: string;
}

export interface GlobalYear {
  year: number;
  casualties: number | null;
  killed: number | null;
  injured: number | null;
  source: string;
}

export interface Metric {
  metric: string;
  value: number | null;
  unit: string;
  source: string;
}

export interface Statement {
  key: string;
  date: string;
  statement: string;
  value: number;
  unit: string;
  speaker: string;
  source: string;
  note: string;
}

type Input = string | Uint8Array;

export function parseCambodiaCasualties(text: Input, file = 'cambodia_casualties.csv', limits: Limits = NO_LIMITS): CambodiaYear[] {
  const records = readCsv(text, file, ['year', 'killed', 'injured', 'total', 'source']);
  const years: { year: number; at: Located }[] = [];
  const rows = records.map(({ line, cells }) => {
    const f = fieldsOf(file, cells);
    const row = {
      year: plausibleYear(f('year'), limits),
      killed: optionalCount(f('killed')),
      injured: optionalCount(f('injured')),
      total: optionalCount(f('total')),
      source: requiredText(f('source')),
    };
    years.push({ year: row.year, at: f('year') });
    if ((row.killed !== null || row.injured !== null) && row.total === null) {
      failAt(f('total'), 'a year with a killed/injured split needs its total');
    }
    partsWithinTotal(f('total'), row.killed, row.injured, row.total);
    return remember(row, file, line);
  });
  consecutiveYears(years);
  return rows;
}

export function parseCumulative(text: Input, file = 'cambodia_cumulative.csv'): CumulativeRow[] {
  const records = readCsv(text, file, ['period', 'killed', 'injured_incl_amputees', 'total', 'source']);
  const seen = new Map<string, number>();
  return records.map(({ line, cells }) => {
    const f = fieldsOf(file, cells);
    const period = requiredText(f('period'));
    if (seen.has(period)) failAt(f('period'), `duplicate period "${period}" (first on line ${seen.get(period)})`);
    seen.set(period, line);
    const row = {
      period,
      killed: optionalCount(f('killed')),
      injured: optionalCount(f('injured_incl_amputees')),
      total: requiredCount(f('total')),
      source: requiredText(f('source')),
    };
    partsWithinTotal(f('total'), row.killed, row.injured, row.total);
    return remember(row, file, line);
  });
}

export function parseGlobalByYear(text: Input, file = 'global_by_year.csv', limits: Limits = NO_LIMITS): GlobalYear[] {
  const records = readCsv(text, file, ['year', 'casualties', 'killed', 'injured', 'source']);
  const years: { year: number; at: Located }[] = [];
  const rows = records.map(({ line, cells }) => {
    const f = fieldsOf(file, cells);
    const row = {
      year: plausibleYear(f('year'), limits),
      casualties: optionalCount(f('casualties')),
      killed: optionalCount(f('killed')),
      injured: optionalCount(f('injured')),
      source: requiredText(f('source')),
    };
    years.push({ year: row.year, at: f('year') });
    partsWithinTotal(f('casualties'), row.killed, row.injured, row.casualties);
    return remember(row, file, line);
  });
  consecutiveYears(years);
  return rows;
}

/**
 * A Landmine Monitor metrics file for one year: `total_casualties_<year>`,
 * `killed_<year>` and `injured_<year>` are checked against each other.
 */
export function parseMetrics(text: Input, file: string): Map<string, Metric> {
  const records = readCsv(text, file, ['metric', 'value', 'unit', 'source']);
  const out = new Map<string, Metric>();
  const where = new Map<string, Located>();
  for (const { line, cells } of records) {
    const f = fieldsOf(file, cells);
    const metric = requiredText(f('metric'));
    if (out.has(metric)) failAt(f('metric'), `duplicate metric "${metric}"`);
    out.set(
      metric,
      remember({ metric, value: optionalCount(f('value')), unit: cells.unit.value, source: requiredText(f('source')) }, file, line),
    );
    where.set(metric, f('value'));
  }
  for (const [metric, at] of where) {
    const year = /^total_casualties_(\d{4})$/.exec(metric)?.[1];
    if (!year) continue;
    const value = (key: string) => out.get(`${key}_${year}`)?.value ?? null;
    partsWithinTotal(at, value('killed'), value('injured'), out.get(metric)!.value, {
      killed: `killed_${year}`,
      injured: `injured_${year}`,
      total: metric,
    });
  }
  return out;
}

export function parseStatements(text: Input, file = 'cambodia_statements.csv', limits: Limits = NO_LIMITS): Map<string, Statement> {
  const records = readCsv(text, file, ['key', 'date', 'statement', 'value', 'unit', 'speaker_or_outlet', 'source', 'verification_note']);
  const out = new Map<string, Statement>();
  for (const { line, cells } of records) {
    const f = fieldsOf(file, cells);
    const key = requiredText(f('key'));
    if (out.has(key)) failAt(f('key'), `duplicate key "${key}"`);
    out.set(
      key,
      remember(
        {
          key,
          // "undated" is how the file marks a statement with no known date.
          date: cells.date.value.trim() === 'undated' ? 'undated' : (optionalPastDate(f('date'), limits) ?? ''),
          statement: requiredText(f('statement')),
          value: requiredCount(f('value')),
          unit: cells.unit.value,
          speaker: cells.speaker_or_outlet.value,
          source: cells.source.value,
          note: cells.verification_note.value,
        },
        file,
        line,
      ),
    );
  }
  return out;
}

/** Top countries from a Landmine Monitor metrics file, in rank order (rows `country_<Name>` with a rank). */
export function topCountries(metrics: Map<string, Metric>): { country: string; casualties: number; rank: number }[] {
  const out = [];
  for (const m of metrics.values()) {
    const rank = /rank (\d+)/.exec(m.unit);
    if (m.metric.startsWith('country_') && rank && m.value !== null) {
      out.push({ country: m.metric.slice('country_'.length).replace(/_/g, ' '), casualties: m.value, rank: Number(rank[1]) });
    }
  }
  return out.sort((a, b) => a.rank - b.rank);
}
