/**
 * Casualty datasets: Cambodia per year and cumulative, Landmine Monitor's global
 * series and its yearly headline metrics. Empty cells stay null ("no data").
 */
import { readCsv, DataError } from './csv';
import { fieldsOf, failAt, optionalCount, requiredCount, requiredText } from './fields';

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

function uniqueYears<T extends { year: number }>(rows: T[], lines: number[], file: string): T[] {
  const seen = new Set<number>();
  rows.forEach((row, k) => {
    if (seen.has(row.year)) throw new DataError(file, lines[k], 1, `year: duplicate year ${row.year}`);
    seen.add(row.year);
  });
  return rows;
}

export function parseCambodiaCasualties(text: string, file = 'cambodia_casualties.csv'): CambodiaYear[] {
  const records = readCsv(text, file, ['year', 'killed', 'injured', 'total', 'source']);
  const rows = records.map(({ cells }) => {
    const f = fieldsOf(file, cells);
    const row = {
      year: requiredCount(f('year')),
      killed: optionalCount(f('killed')),
      injured: optionalCount(f('injured')),
      total: optionalCount(f('total')),
      source: requiredText(f('source')),
    };
    if ((row.killed !== null || row.injured !== null) && row.total === null) {
      failAt(f('total'), 'a year with a killed/injured split needs its total');
    }
    if (row.killed !== null && row.injured !== null && row.total !== null && row.killed + row.injured > row.total) {
      failAt(f('total'), `killed + injured (${row.killed + row.injured}) exceeds the total ${row.total}`);
    }
    return row;
  });
  return uniqueYears(rows, records.map((r) => r.line), file);
}

export function parseCumulative(text: string, file = 'cambodia_cumulative.csv'): CumulativeRow[] {
  const records = readCsv(text, file, ['period', 'killed', 'injured_incl_amputees', 'total', 'source']);
  return records.map(({ cells }) => {
    const f = fieldsOf(file, cells);
    return {
      period: requiredText(f('period')),
      killed: optionalCount(f('killed')),
      injured: optionalCount(f('injured_incl_amputees')),
      total: requiredCount(f('total')),
      source: requiredText(f('source')),
    };
  });
}

export function parseGlobalByYear(text: string, file = 'global_by_year.csv'): GlobalYear[] {
  const records = readCsv(text, file, ['year', 'casualties', 'killed', 'injured', 'source']);
  const rows = records.map(({ cells }) => {
    const f = fieldsOf(file, cells);
    return {
      year: requiredCount(f('year')),
      casualties: optionalCount(f('casualties')),
      killed: optionalCount(f('killed')),
      injured: optionalCount(f('injured')),
      source: requiredText(f('source')),
    };
  });
  return uniqueYears(rows, records.map((r) => r.line), file);
}

export function parseMetrics(text: string, file: string): Map<string, Metric> {
  const records = readCsv(text, file, ['metric', 'value', 'unit', 'source']);
  const out = new Map<string, Metric>();
  for (const { cells } of records) {
    const f = fieldsOf(file, cells);
    const metric = requiredText(f('metric'));
    if (out.has(metric)) failAt(f('metric'), `duplicate metric "${metric}"`);
    out.set(metric, { metric, value: optionalCount(f('value')), unit: cells.unit.value, source: requiredText(f('source')) });
  }
  return out;
}

export function parseStatements(text: string, file = 'cambodia_statements.csv'): Map<string, Statement> {
  const records = readCsv(text, file, ['key', 'date', 'statement', 'value', 'unit', 'speaker_or_outlet', 'source', 'verification_note']);
  const out = new Map<string, Statement>();
  for (const { cells } of records) {
    const f = fieldsOf(file, cells);
    const key = requiredText(f('key'));
    out.set(key, {
      key,
      date: cells.date.value,
      statement: requiredText(f('statement')),
      value: requiredCount(f('value')),
      unit: cells.unit.value,
      speaker: cells.speaker_or_outlet.value,
      source: cells.source.value,
      note: cells.verification_note.value,
    });
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
